import { BSONRegExp, EJSON } from 'bson';

export type Doc = Record<string, unknown> & { _id: string };

/**
 * `serverDate()` arrives as a marker; it becomes the server's clock plus the requested offset.
 * `db.RegExp()` arrives as a BSON regular expression; the query engine matches native ones.
 */
function resolveServerDates(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveServerDates(item, now));
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, value.options.replace(/[^imsu]/g, ''));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  const marker = record.$tcb_server_date as { offset?: number } | undefined;
  if (marker !== undefined) return new Date(now + Number(marker.offset ?? 0));
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, resolveServerDates(item, now)]));
}

export function parseWire<T = unknown>(text: string | undefined, now = Date.now()): T {
  if (text === undefined || text === '') return {} as T;
  return resolveServerDates(EJSON.parse(text, { relaxed: true }), now) as T;
}

/** Canonical EJSON, so the SDK gets numbers and dates back with their types. */
export function toWire(value: unknown): string {
  return EJSON.stringify(value as Record<string, unknown>, { relaxed: false });
}

export function toDisk(value: unknown): string {
  return EJSON.stringify(value as Record<string, unknown>, { relaxed: true });
}

export function fromDisk<T>(line: string): T {
  return EJSON.parse(line, { relaxed: true }) as T;
}
