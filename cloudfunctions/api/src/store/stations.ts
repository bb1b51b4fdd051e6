import type { Station } from '../../../../types/domain';
import type { StationScope } from '../domain/access';
import type { PageWindow } from '../domain/paging';
import { db } from './db';

export interface StationPage {
  stations: Station[];
  total: number;
}

export async function pageStations(scope: StationScope, window: PageWindow): Promise<StationPage> {
  if (scope.kind === 'none') return { stations: [], total: 0 };
  const stations = db().collection<Station>('stations');
  const query = scope.kind === 'all' ? stations : stations.where(scopeCondition(scope));
  const [page, count] = await Promise.all([
    query.orderBy('name', 'asc').orderBy('_id', 'asc').skip(window.skip).limit(window.pageSize).get(),
    query.count(),
  ]);
  return { stations: page.data, total: count.total };
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
