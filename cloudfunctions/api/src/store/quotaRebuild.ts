import type { QuotaCounter, QuotaMark, Station, Visit } from '../../../../types/domain';
import type { CountedVisit } from '../domain/quotaCount';
import { allPages, db } from './db';

/**
 * Stations per rebuild call: at the quota's scale each brings about 100 confirmed visits and
 * 45 marks, so one call stays a few seconds and well inside the function's time limit.
 */
export const STATIONS_PER_BATCH = 100;

/** The next batch of station ids after `after`, in id order: the rebuild's cursor. */
export async function stationIdsAfter(after: string | undefined): Promise<string[]> {
  const stations = db().collection<Station>('stations');
  const query = after ? stations.where({ _id: db().command.gt(after) }) : stations;
  const { data } = await query.orderBy('_id', 'asc').limit(STATIONS_PER_BATCH).field({ _id: true }).get();
  return data.map((station) => station._id);
}

export async function stationCount(): Promise<number> {
  const { total } = await db().collection<Station>('stations').count();
  return total;
}

function countedVisit(stationId: string, year: number, row: Record<string, unknown>): CountedVisit {
  return {
    _id: String(row._id),
    stationId,
    societyId: String(row.societyId),
    needId: String(row.needId),
    expertOpenid: String(row.expertOpenid),
    year,
    month: Number(row.month),
    outOfProvince: row.outOfProvince === true,
    checkIn: { at: String(row.at) },
  };
}

/** A year's confirmed visits of some stations, grouped by station in the database: one request. */
export async function confirmedVisitsByStation(
  year: number,
  stationIds: readonly string[],
): Promise<Map<string, CountedVisit[]>> {
  const $ = db().command.aggregate;
  const { list } = await db()
    .collection<Visit>('visits')
    .aggregate()
    .match({ year, status: 'confirmed', stationId: db().command.in([...stationIds]) })
    .group({
      _id: '$stationId',
      visits: $.push({
        _id: '$_id',
        societyId: '$societyId',
        needId: '$needId',
        expertOpenid: '$expertOpenid',
        month: '$month',
        outOfProvince: '$outOfProvince',
        at: '$checkIn.at',
      }),
    })
    .limit(stationIds.length)
    .end();
  return new Map(
    list.map((row) => [
      String(row._id),
      (row.visits as Record<string, unknown>[]).map((visit) => countedVisit(String(row._id), year, visit)),
    ]),
  );
}

export const countersOfStations = (year: number, stationIds: readonly string[]) =>
  allPages(
    db()
      .collection<QuotaCounter>('quotaCounters')
      .where({ year, stationId: db().command.in([...stationIds]) }),
  );

export const marksOfStations = (year: number, stationIds: readonly string[]) =>
  allPages(
    db()
      .collection<QuotaMark>('quotaMarks')
      .where({ year, stationId: db().command.in([...stationIds]) }),
  );
