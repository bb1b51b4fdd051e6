import { ObjectId } from 'bson';
import BTree from 'sorted-btree';
import type { Doc } from '../ejson';

/** One key of an index: a field's path, ascending (1) or descending (-1). */
export interface IndexKeySpec {
  field: string;
  direction: 1 | -1;
}

/** A secondary index as CloudBase declares it. */
export interface IndexSpec {
  name: string;
  keys: readonly IndexKeySpec[];
  unique?: boolean;
}

/** Below and above every value: the open ends of a key range. */
const MIN_KEY = Symbol('min');
const MAX_KEY = Symbol('max');

/** MongoDB's order of types: null (and missing) < numbers < strings < objects < arrays < ObjectId < booleans < dates. */
function typeRank(value: unknown): number {
  if (value === MIN_KEY) return -1;
  if (value === MAX_KEY) return 99;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (value instanceof ObjectId) return 5;
  if (typeof value === 'boolean') return 6;
  if (value instanceof Date) return 7;
  if (Array.isArray(value)) return 4;
  return 3;
}

/** A total order over stored values, as a B-tree needs and as MongoDB compares across types. */
export function compareValues(a: unknown, b: unknown): number {
  const rankA = typeRank(a);
  const rankB = typeRank(b);
  if (rankA !== rankB) return rankA - rankB;
  switch (rankA) {
    case 1:
      return (a as number) - (b as number);
    case 2:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
    case 5:
      return compareValues((a as ObjectId).toHexString(), (b as ObjectId).toHexString());
    case 6:
      return Number(a) - Number(b);
    case 7:
      return (a as Date).getTime() - (b as Date).getTime();
    case 3:
    case 4:
      return compareValues(JSON.stringify(a), JSON.stringify(b));
    default:
      return 0;
  }
}

/** The values a document holds at a dotted path: one per array element (a multikey index), null when missing. */
export function valuesAt(doc: unknown, path: string): unknown[] {
  let current: unknown[] = [doc];
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (Array.isArray(value)) {
        for (const element of value) {
          if (element !== null && typeof element === 'object') next.push((element as Record<string, unknown>)[part]);
        }
      } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        next.push((value as Record<string, unknown>)[part]);
      }
    }
    current = next;
  }
  const flat = current.flatMap((value) => (Array.isArray(value) ? (value.length > 0 ? value : [null]) : [value]));
  return flat.length > 0 ? flat.map((value) => (value === undefined ? null : value)) : [null];
}

/** An index entry: the document's values in key order, then its key, so every entry is distinct. */
type Entry = unknown[];

/** A key range on one index: equal values on the leading keys, then optionally a range on the next. */
export interface KeyRange {
  low: Entry;
  high: Entry;
}

/** The bounds a condition sets on one field, taken from the query (a superset: the query still filters). */
export interface FieldBounds {
  /** Exact values (`==`, `$in`, `$exists: false` as null). */
  values?: unknown[];
  low?: { value: unknown; inclusive: boolean };
  high?: { value: unknown; inclusive: boolean };
}

/** Most equal-value combinations an index lookup expands to before it is cheaper to scan. */
const MAX_COMBINATIONS = 1000;

export class CollectionIndex {
  private readonly tree: BTree<Entry, string>;

  constructor(readonly spec: IndexSpec) {
    this.tree = new BTree<Entry, string>(undefined, (a, b) => this.compare(a, b));
  }

  get size(): number {
    return this.tree.size;
  }

  add(key: string, doc: Doc): void {
    for (const entry of this.entriesOf(key, doc)) this.tree.set(entry, key);
  }

  remove(key: string, doc: Doc): void {
    for (const entry of this.entriesOf(key, doc)) this.tree.delete(entry);
  }

  /**
   * The key ranges serving these bounds: equal values on a prefix of the index's keys (each
   * combination a range), then a range on the next key. Null when the first key is unbounded.
   */
  ranges(bounds: ReadonlyMap<string, FieldBounds>): { ranges: KeyRange[]; equalKeys: number; ranged: boolean } | null {
    let combinations: unknown[][] = [[]];
    let equalKeys = 0;
    for (const { field } of this.spec.keys) {
      const values = bounds.get(field)?.values;
      if (!values || combinations.length * values.length > MAX_COMBINATIONS) break;
      combinations = combinations.flatMap((prefix) => values.map((value) => [...prefix, value]));
      equalKeys += 1;
    }
    const next = this.spec.keys[equalKeys];
    const range = next && bounds.get(next.field);
    const ranged = Boolean(range && !range.values && (range.low || range.high));
    if (equalKeys === 0 && !ranged) return null;
    const rest = (prefixLength: number, end: typeof MIN_KEY | typeof MAX_KEY) =>
      Array.from({ length: this.spec.keys.length + 1 - prefixLength }, () => end);
    const ranges = combinations.map((prefix): KeyRange => {
      if (!ranged)
        return { low: [...prefix, ...rest(equalKeys, MIN_KEY)], high: [...prefix, ...rest(equalKeys, MAX_KEY)] };
      const after = equalKeys + 1;
      const { low, high } = range!;
      // A descending key stores its values in reverse, so the query's low end is the entry's high end.
      const [from, to] = next.direction === 1 ? [low, high] : [high, low];
      return {
        low: from
          ? [...prefix, from.value, ...rest(after, from.inclusive === (next.direction === 1) ? MIN_KEY : MAX_KEY)]
          : [...prefix, ...rest(equalKeys, MIN_KEY)],
        high: to
          ? [...prefix, to.value, ...rest(after, to.inclusive === (next.direction === 1) ? MAX_KEY : MIN_KEY)]
          : [...prefix, ...rest(equalKeys, MAX_KEY)],
      };
    });
    return { ranges, equalKeys, ranged };
  }

  /** The whole index, for a walk in its order. */
  everything(): KeyRange[] {
    const ends = (end: typeof MIN_KEY | typeof MAX_KEY) => Array.from({ length: this.spec.keys.length + 1 }, () => end);
    return [{ low: ends(MIN_KEY), high: ends(MAX_KEY) }];
  }

  /** The document keys in these ranges, in index order (or reversed), each once. */
  *keysIn(ranges: readonly KeyRange[], reversed = false): Generator<string> {
    const seen = new Set<string>();
    for (const range of reversed ? [...ranges].reverse() : ranges) {
      const entries = reversed ? this.tree.entriesReversed(range.high) : this.tree.entries(range.low);
      for (const [entry, key] of entries) {
        if (reversed ? this.compare(entry, range.low) < 0 : this.compare(entry, range.high) > 0) break;
        if (seen.has(key)) continue;
        seen.add(key);
        yield key;
      }
    }
  }

  private entriesOf(key: string, doc: Doc): Entry[] {
    let entries: Entry[] = [[]];
    for (const { field } of this.spec.keys) {
      const values = valuesAt(doc, field);
      entries = entries.flatMap((entry) => values.map((value) => [...entry, value]));
    }
    return entries.map((entry) => [...entry, key]);
  }

  private compare(a: Entry, b: Entry): number {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i += 1) {
      const direction = this.spec.keys[i]?.direction ?? 1;
      const order = compareValues(a[i], b[i]) * direction;
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
}

/** Every collection's primary index, as CloudBase keeps one on `_id`. */
const PRIMARY: IndexSpec = { name: '_id_', keys: [{ field: '_id', direction: 1 }] };

/** Every index of every collection, kept in step with the store's documents. */
export class IndexSet {
  private readonly byCollection = new Map<string, CollectionIndex[]>();

  /** Declares the indexes and builds them from the documents already stored. */
  define(collection: string, specs: readonly IndexSpec[], docs: ReadonlyMap<string, Doc> | undefined): void {
    const indexes = this.byCollection.get(collection) ?? [];
    for (const spec of specs) {
      if (indexes.some((existing) => existing.spec.name === spec.name)) continue;
      const built = new CollectionIndex(spec);
      for (const [key, doc] of docs ?? []) built.add(key, doc);
      indexes.push(built);
    }
    this.byCollection.set(collection, indexes);
  }

  /** A collection exists: its `_id` index does too. */
  created(collection: string, docs: ReadonlyMap<string, Doc> | undefined): void {
    this.define(collection, [PRIMARY], docs);
  }

  of(collection: string): readonly CollectionIndex[] {
    return this.byCollection.get(collection) ?? [];
  }

  /** A document replaced or removed (`next` undefined) in a collection. */
  changed(collection: string, key: string, previous: Doc | undefined, next: Doc | undefined): void {
    for (const index of this.of(collection)) {
      if (previous) index.remove(key, previous);
      if (next) index.add(key, next);
    }
  }
}
