import 'mingo/init/system';
import { aggregate, find, Query, update } from 'mingo';
import { cloneDocument, type Doc } from '../ejson';

export type Criteria = Record<string, unknown>;

export function matches(criteria: Criteria): (doc: Doc) => boolean {
  const query = new Query(criteria);
  return (doc) => query.test(doc);
}

export interface FindOptions {
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit: number;
  projection?: Record<string, unknown>;
}

export function findDocuments(docs: Iterable<Doc>, criteria: Criteria, options: FindOptions): Doc[] {
  const hasProjection = options.projection && Object.keys(options.projection).length > 0;
  let cursor = find<Doc>([...docs], criteria, hasProjection ? options.projection : undefined);
  if (options.order && Object.keys(options.order).length > 0) cursor = cursor.sort(options.order);
  if (options.offset) cursor = cursor.skip(options.offset);
  return cursor.limit(options.limit).all();
}

/** mingo applies one update operator per call; CloudBase sends several in one object. */
export function applyUpdate(doc: Doc, operators: Record<string, unknown>): Doc {
  const next = cloneDocument(doc);
  for (const [operator, fields] of Object.entries(operators)) {
    if (!operator.startsWith('$')) throw new Error(`unsupported update key ${operator}`);
    update(next, { [operator]: fields } as Parameters<typeof update>[1]);
  }
  return next;
}

export function runPipeline(
  docs: Iterable<Doc>,
  pipeline: Record<string, unknown>[],
  resolve: (collection: string) => Doc[],
): Record<string, unknown>[] {
  return aggregate([...docs], pipeline, { collectionResolver: resolve }) as Record<string, unknown>[];
}
