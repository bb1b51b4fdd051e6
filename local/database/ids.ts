import { ObjectId } from 'bson';
import { invalidParam } from './errors';

/** CloudBase keeps an `_id` as it was given: a string, a number or an ObjectId. */
export type DocumentId = string | number | ObjectId;

/**
 * The key a document is kept under. A string is its own key; a number or an ObjectId gets a prefix
 * no string id has in practice, so `1`, `'1'` and an ObjectId never share a key.
 */
export function idKey(id: unknown): string {
  if (typeof id === 'string') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return `\u0000n${id}`;
  if (id instanceof ObjectId) return `\u0000o${id.toHexString()}`;
  throw invalidParam(`_id must be a string, a number or an ObjectId, not ${JSON.stringify(id)}`);
}

export function isDocumentId(id: unknown): id is DocumentId {
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) || id instanceof ObjectId;
}

/** How an id is answered: the server reads an ObjectId back as its hex string. */
export function idOnWire(id: DocumentId): string | number {
  return id instanceof ObjectId ? id.toHexString() : id;
}
