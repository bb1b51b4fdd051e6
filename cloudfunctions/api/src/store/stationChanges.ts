import type { StationChange } from '../../../../types/domain';
import { db } from './db';

export async function findStationChange(id: string): Promise<StationChange | null> {
  const { data } = await db().collection<StationChange>('stationChanges').doc(id).get();
  return data ?? null;
}

/** A station's requests, newest first (index `stationId` + `requestedAt`). */
export async function newestStationChanges(stationId: string, limit: number): Promise<StationChange[]> {
  const { data } = await db()
    .collection<StationChange>('stationChanges')
    .where({ stationId })
    .orderBy('requestedAt', 'desc')
    .limit(limit)
    .get();
  return data;
}
