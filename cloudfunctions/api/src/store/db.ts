import type { CollectionName } from '../../../../types/collections';
import { initCloud } from '../cloud';

/*
 * The slice of the wx-server-sdk database API this function uses, typed honestly:
 * the SDK's own declarations return `Promise | void | string` unions that hide mistakes.
 */
export interface QueryResult<T> {
  data: T[];
}
export interface Query<T> {
  where(condition: object): Query<T>;
  orderBy(field: string, order: 'asc' | 'desc'): Query<T>;
  skip(n: number): Query<T>;
  limit(n: number): Query<T>;
  field(projection: Record<string, boolean>): Query<T>;
  get(): Promise<QueryResult<T>>;
  count(): Promise<{ total: number }>;
  update(options: { data: Partial<T> }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}
export interface DocumentRef<T> {
  get(): Promise<{ data: T | null }>;
  set(options: { data: Omit<T, '_id'> }): Promise<unknown>;
}
export interface Aggregate {
  match(condition: object): Aggregate;
  group(spec: object): Aggregate;
  lookup(spec: { from: string; localField: string; foreignField: string; as: string }): Aggregate;
  sort(spec: Record<string, 1 | -1>): Aggregate;
  skip(n: number): Aggregate;
  limit(n: number): Aggregate;
  end(): Promise<{ list: Record<string, unknown>[] }>;
}
export interface Collection<T> extends Query<T> {
  doc(id: string): DocumentRef<T>;
  add(options: { data: T }): Promise<{ _id: string }>;
  aggregate(): Aggregate;
}
export interface Command {
  in(values: unknown[]): unknown;
  exists(flag: boolean): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  gt(value: unknown): unknown;
  gte(value: unknown): unknown;
  and(...conditions: unknown[]): unknown;
  or(conditions: object[]): object;
  aggregate: {
    avg(field: string): unknown;
    sum(value: unknown): unknown;
    max(field: string): unknown;
    first(field: string): unknown;
    cond(condition: { if: unknown; then: unknown; else: unknown }): unknown;
    eq(operands: unknown[]): unknown;
    push(value: unknown): unknown;
    arrayElemAt(operands: unknown[]): unknown;
  };
}
export interface Database {
  collection<T>(name: CollectionName): Collection<T>;
  command: Command;
  RegExp(options: { regexp: string; options: string }): unknown;
  startTransaction(): Promise<unknown>;
}

let database: Database | undefined;

/** Missing documents read as null rather than throwing, so "not found" is a value we decide on. */
export function db(): Database {
  database ??= initCloud().database({ throwOnNotFound: false } as object) as unknown as Database;
  return database;
}

/** At most this many documents come back from one `get()` on the server. */
export const MAX_GET = 1000;

/** Every document a query matches, a full page of 1000 per request. */
export async function allPages<T>(query: Query<T>): Promise<T[]> {
  const found: T[] = [];
  for (;;) {
    const { data } = await query.orderBy('_id', 'asc').skip(found.length).limit(MAX_GET).get();
    found.push(...data);
    if (data.length < MAX_GET) return found;
  }
}
