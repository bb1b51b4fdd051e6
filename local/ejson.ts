import { BSONRegExp, EJSON, ObjectId } from 'bson';
import type { DocumentId } from './database/ids';

export type Doc = Record<string, unknown> & { _id: DocumentId };

/**
 * `serverDate()` arrives as a marker; it becomes the server's clock plus the requested offset.
 * `db.RegExp()` arrives as a BSON regular expression; the query engine matches native ones.
 */
function resolveServerDates(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveServerDates(item, now));
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, value.options.replace(/[^imsu]/g, ''));
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const record = value as Record<string, unknown>;
  const marker = record.$tcb_server_date as { offset?: number } | undefined;
  if (marker !== undefined) return new Date(now + Number(marker.offset ?? 0));
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, resolveServerDates(item, now)]));
}

export function parseWire<T = unknown>(text: string | undefined, now = Date.now()): T {
  if (text === undefined || text === '') return {} as T;
  return resolveServerDates(EJSON.parse(text, { relaxed: true }), now) as T;
}

/** The server answers an ObjectId, as `_id` or as a field's value, with its hex string. */
function objectIdsAsHex(value: unknown): unknown {
  if (value instanceof ObjectId) return value.toHexString();
  if (Array.isArray(value)) return value.map(objectIdsAsHex);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, objectIdsAsHex(item)]));
}

/** Canonical EJSON, so the SDK gets numbers and dates back with their types. */
export function toWire(value: unknown): string {
  return EJSON.stringify(objectIdsAsHex(value) as Record<string, unknown>, { relaxed: false });
}

/**
 * A deep copy that keeps BSON values what they are: structuredClone would turn an ObjectId into
 * a plain object. Plain objects, arrays and dates are copied; BSON values are immutable and shared.
 */
export function cloneDocument<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneDocument) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cloneDocument(item)])) as T;
}

export function toDisk(value: unknown): string {
  return EJSON.stringify(value as Record<string, unknown>, { relaxed: true });
}

export function fromDisk<T>(line: string): T {
  return EJSON.parse(line, { relaxed: true }) as T;
}
