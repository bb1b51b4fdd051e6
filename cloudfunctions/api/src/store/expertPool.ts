import type { RoleGrant, Station, UserProfile, Visit } from '../../../../types/domain';
import type { PageWindow } from '../domain/paging';
import { allPages, db, MAX_GET } from './db';
import { containing } from './textMatch';

/**
 * A society's pool is bounded by its stations' rosters: a few dozen stations of a few dozen
 * experts. Each read below is one request for up to 1000 stations or people.
 */

/** Every station of the society, any status, by name. */
export async function societyStations(societyId: string): Promise<Station[]> {
  const { data } = await db()
    .collection<Station>('stations')
    .where({ societyId })
    .orderBy('name', 'asc')
    .limit(MAX_GET)
    .get();
  return data;
}

/** The expert grants held now at any of `stationIds`, a request per 1000. */
export async function expertGrantsAt(stationIds: readonly string[]): Promise<RoleGrant[]> {
  if (stationIds.length === 0) return [];
  const _ = db().command;
  return allPages(
    db()
      .collection<RoleGrant>('roles')
      .where({ role: 'expert', stationId: _.in([...stationIds]), revokedAt: _.exists(false) }),
  );
}

/** The province of each person, for the 省外 figures and filter. */
export async function provincesOf(openids: readonly string[]): Promise<Map<string, Pick<UserProfile, 'province'>>> {
  if (openids.length === 0) return new Map();
  const { data } = await db()
    .collection<UserProfile>('users')
    .where({ _id: db().command.in([...openids]) })
    .field({ _id: true, province: true })
    .limit(MAX_GET)
    .get();
  return new Map(data.map((profile) => [profile._id, profile]));
}

/** One page, by name, of the profiles of `openids` whose name or work unit contains `search`, and their number. */
export async function pageProfiles(
  openids: readonly string[],
  search: string | undefined,
  window: PageWindow,
): Promise<{ profiles: UserProfile[]; total: number }> {
  if (openids.length === 0) return { profiles: [], total: 0 };
  const _ = db().command;
  const among = { _id: _.in([...openids]) };
  const condition = search
    ? _.and(among, _.or([{ name: containing(search) }, { workUnit: containing(search) }]))
    : among;
  const query = db()
    .collection<UserProfile>('users')
    .where(condition as object);
  const [page, count] = await Promise.all([
    query.orderBy('name', 'asc').orderBy('_id', 'asc').skip(window.skip).limit(window.pageSize).get(),
    query.count(),
  ]);
  return { profiles: page.data, total: count.total };
}

/** Per expert of `openids`, their confirmed visits in `year` at any of `stationIds`: one aggregation. */
export async function confirmedVisitsIn(
  stationIds: readonly string[],
  openids: readonly string[],
  year: number,
): Promise<Map<string, number>> {
  if (stationIds.length === 0 || openids.length === 0) return new Map();
  const _ = db().command;
  const { list } = await db()
    .collection<Visit>('visits')
    .aggregate()
    .match({ year, status: 'confirmed', stationId: _.in([...stationIds]), expertOpenid: _.in([...openids]) })
    .group({ _id: '$expertOpenid', visits: _.aggregate.sum(1) })
    .limit(openids.length)
    .end();
  return new Map(list.map((row) => [String(row._id), Number(row.visits)]));
}
