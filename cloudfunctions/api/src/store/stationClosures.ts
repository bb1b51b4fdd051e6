import type { StationClosure } from '../../../../types/domain';
import { db } from './db';

export async function findStationClosure(id: string): Promise<StationClosure | null> {
  const { data } = await db().collection<StationClosure>('stationClosures').doc(id).get();
  return data ?? null;
}

/** A station's closure requests, newest first (index `stationId` + `requestedAt`). */
export async function newestStationClosures(stationId: string, limit: number): Promise<StationClosure[]> {
  const { data } = await db()
    .collection<StationClosure>('stationClosures')
    .where({ stationId })
    .orderBy('requestedAt', 'desc')
    .limit(limit)
    .get();
  return data;
}
