import type { QuotaCounter, QuotaMark, Visit } from '../../../../types/domain';
import type { CountedVisit } from '../domain/quotaCount';
import { db } from './db';

/** Stations per aggregation page: each brings every confirmed visit of its year, about 100 each at the quota's scale. */
export const STATIONS_PER_PAGE = 100;
const DOCUMENTS_PER_PAGE = 1000;

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

/**
 * A year's confirmed visits grouped by station in the database, a page of stations at a time:
 * the requests follow the number of stations, and each visit travels once.
 */
export async function confirmedVisitsByStation(
  year: number,
  page: { skip: number } | { stationId: string },
): Promise<Map<string, CountedVisit[]>> {
  const $ = db().command.aggregate;
  const match =
    'stationId' in page ? { year, status: 'confirmed', stationId: page.stationId } : { year, status: 'confirmed' };
  const { list } = await db()
    .collection<Visit>('visits')
    .aggregate()
    .match(match)
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
    .sort({ _id: 1 })
    .skip('skip' in page ? page.skip : 0)
    .limit(STATIONS_PER_PAGE)
    .end();
  return new Map(
    list.map((row) => [
      String(row._id),
      (row.visits as Record<string, unknown>[]).map((visit) => countedVisit(String(row._id), year, visit)),
    ]),
  );
}

/** Every document of a year in a quota collection, in pages of 1000, optionally for one station. */
async function allOfYear<T extends { _id: string }>(
  collection: 'quotaCounters' | 'quotaMarks',
  where: { year: number; stationId?: string },
): Promise<T[]> {
  const found: T[] = [];
  for (;;) {
    const { data } = await db()
      .collection<T>(collection)
      .where(where)
      .orderBy('_id', 'asc')
      .skip(found.length)
      .limit(DOCUMENTS_PER_PAGE)
      .get();
    found.push(...data);
    if (data.length < DOCUMENTS_PER_PAGE) return found;
  }
}

export const countersOfYear = (year: number, stationId?: string) =>
  allOfYear<QuotaCounter>('quotaCounters', { year, ...(stationId && { stationId }) });

export const marksOfYear = (year: number, stationId?: string) =>
  allOfYear<QuotaMark>('quotaMarks', { year, ...(stationId && { stationId }) });
