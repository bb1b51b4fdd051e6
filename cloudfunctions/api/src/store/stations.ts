import type { StationFilter } from '../../../../types/actions';
import type { Station } from '../../../../types/domain';
import type { StationScope } from '../domain/access';
import type { PageWindow } from '../domain/paging';
import { db } from './db';
import { containing } from './textMatch';

export interface StationPage {
  stations: Station[];
  total: number;
}

/** One page by name and the total: two requests, whatever the number of stations. */
export async function pageStations(
  scope: StationScope,
  filter: StationFilter,
  window: PageWindow,
): Promise<StationPage> {
  if (scope.kind === 'none') return { stations: [], total: 0 };
  const stations = db().collection<Station>('stations');
  const matching = filterCondition(filter);
  // The filters narrow the scope, never widen it: a society admin naming another society finds none of its stations.
  const conditions = [...(scope.kind === 'some' ? [scopeCondition(scope)] : []), ...(matching ? [matching] : [])];
  const query =
    conditions.length === 0
      ? stations
      : stations.where(conditions.length === 1 ? conditions[0] : (db().command.and(...conditions) as object));
  const [page, count] = await Promise.all([
    query.orderBy('name', 'asc').orderBy('_id', 'asc').skip(window.skip).limit(window.pageSize).get(),
    query.count(),
  ]);
  return { stations: page.data, total: count.total };
}

function filterCondition({ name, ...fields }: StationFilter): object | null {
  const where: Record<string, unknown> = { ...fields };
  if (name) where.name = containing(name);
  return Object.keys(where).length > 0 ? where : null;
}

function scopeCondition(scope: { stationIds: string[]; societyIds: string[] }): object {
  const _ = db().command;
  const conditions: object[] = [];
  if (scope.stationIds.length > 0) conditions.push({ _id: _.in(scope.stationIds) });
  if (scope.societyIds.length > 0) conditions.push({ societyId: _.in(scope.societyIds) });
  return conditions.length === 1 ? conditions[0] : _.or(conditions);
}

export async function findStation(id: string): Promise<Station | null> {
  const { data } = await db().collection<Station>('stations').doc(id).get();
  return data ?? null;
}

export async function findStationByCodeKey(codeKey: string): Promise<Station | null> {
  const { data } = await db().collection<Station>('stations').where({ codeKey }).limit(1).get();
  return data[0] ?? null;
}
