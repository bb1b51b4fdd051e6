import 'mingo/init/system';
import { aggregate, find, Query, update } from 'mingo';
import { cloneDocument, type Doc } from '../ejson';
import { forMingo, geoNear, hasNearSphere, MINGO_OPTIONS, nearestFirst } from './operators';

export type Criteria = Record<string, unknown>;

export function matches(criteria: Criteria): (doc: Doc) => boolean {
  const query = new Query(forMingo(criteria) as Criteria, MINGO_OPTIONS);
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
  const ordered = Boolean(options.order && Object.keys(options.order).length > 0);
  // A geoNear query answers nearest first unless the request orders otherwise, as MongoDB does.
  const all = [...docs];
  const nearest = ordered || !hasNearSphere(criteria) ? null : nearestFirst(all.filter(matches(criteria)), criteria);
  let cursor = find<Doc>(
    nearest ?? all,
    nearest ? {} : (forMingo(criteria) as Criteria),
    hasProjection ? options.projection : undefined,
    MINGO_OPTIONS,
  );
  if (ordered) cursor = cursor.sort(options.order!);
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
  const stages = forMingo(pipeline) as Record<string, unknown>[];
  const [first, ...rest] = stages;
  // $geoNear, which must come first, is computed here: mingo has no geo stage.
  const source = first && '$geoNear' in first ? geoNear([...docs], first.$geoNear as never, matches) : [...docs];
  return aggregate(source, first && '$geoNear' in first ? rest : stages, {
    ...MINGO_OPTIONS,
    collectionResolver: resolve,
  }) as Record<string, unknown>[];
}
