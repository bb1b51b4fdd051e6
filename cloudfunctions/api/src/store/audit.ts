import type { AuditAction, AuditEntry, Society, Station } from '../../../../types/domain';
import type { PageWindow } from '../domain/paging';
import { db } from './db';

/** CloudBase answers at most this many documents a get(). */
const STORE_LIMIT = 1000;

/** Which entries, already narrowed to what the caller may read. */
export interface AuditQuery {
  /** Undefined: every society's entries and the city-wide ones (the city admin). */
  societyIds?: readonly string[];
  stationId?: string;
  actor?: string;
  action?: AuditAction;
  /** Instants, from included, to excluded. */
  from?: string;
  to?: string;
}

/** One page, newest first, and the total: two requests, whatever the size of the trail. */
export async function pageAuditEntries(
  query: AuditQuery,
  window: PageWindow,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const matching = matchingEntries(query);
  const [page, count] = await Promise.all([
    matching.orderBy('at', 'desc').orderBy('_id', 'desc').skip(window.skip).limit(window.pageSize).get(),
    matching.count(),
  ]);
  return { entries: page.data, total: count.total };
}

/** The newest `limit` entries and how many match in all: a request per thousand, and the count. */
export async function newestAuditEntries(
  query: AuditQuery,
  limit: number,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const matching = matchingEntries(query);
  const batches = Array.from({ length: Math.ceil(limit / STORE_LIMIT) }, (_, index) =>
    matching
      .orderBy('at', 'desc')
      .orderBy('_id', 'desc')
      .skip(index * STORE_LIMIT)
      .limit(Math.min(STORE_LIMIT, limit - index * STORE_LIMIT))
      .get(),
  );
  const [count, ...pages] = await Promise.all([matching.count(), ...batches]);
  return { entries: pages.flatMap((page) => page.data), total: count.total };
}

/** The names an entry shows for its stations and societies: one request each, by `_.in`. */
export async function placeNames(
  stationIds: readonly string[],
  societyIds: readonly string[],
): Promise<{ stations: Map<string, string>; societies: Map<string, string> }> {
  const [stations, societies] = await Promise.all([
    namesOf<Station>('stations', stationIds),
    namesOf<Society>('societies', societyIds),
  ]);
  return { stations, societies };
}

async function namesOf<T extends { _id: string; name: string }>(
  collection: 'stations' | 'societies',
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const { data } = await db()
    .collection<T>(collection)
    .where({ _id: db().command.in(unique) })
    .field({ _id: true, name: true })
    .limit(STORE_LIMIT)
    .get();
  return new Map(data.map((record) => [record._id, record.name]));
}

function matchingEntries(query: AuditQuery) {
  const _ = db().command;
  const conditions: object[] = [];
  if (query.societyIds) conditions.push({ societyId: _.in([...query.societyIds]) });
  if (query.stationId) conditions.push({ stationId: query.stationId });
  if (query.actor) conditions.push({ actor: query.actor });
  if (query.action) conditions.push({ action: query.action });
  if (query.from) conditions.push({ at: _.gte(query.from) });
  if (query.to) conditions.push({ at: _.lt(query.to) });
  const audit = db().collection<AuditEntry>('audit');
  if (conditions.length === 0) return audit;
  return audit.where(conditions.length === 1 ? conditions[0] : (_.and(...conditions) as object));
}
