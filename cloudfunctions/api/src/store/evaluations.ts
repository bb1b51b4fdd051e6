import type { Need, Station, StationEvaluation } from '../../../../types/domain';
import { db } from './db';

/** Stations of a society, or one station: whose evaluations a summary shows. */
export type EvaluationScope = { stationId: string } | { societyId: string };

/** A society has tens of stations and each files one evaluation a year: far below one page of 1,000. */
const MAX_ROWS = 1000;

export async function findEvaluation(id: string): Promise<StationEvaluation | null> {
  const { data } = await db().collection<StationEvaluation>('evaluations').doc(id).get();
  return data ?? null;
}

export async function evaluationsIn(scope: EvaluationScope): Promise<StationEvaluation[]> {
  const { data } = await db()
    .collection<StationEvaluation>('evaluations')
    .where(scope)
    .orderBy('year', 'desc')
    .limit(MAX_ROWS)
    .get();
  return data;
}

export async function stationsOfSociety(societyId: string): Promise<Pick<Station, '_id' | 'name'>[]> {
  const { data } = await db()
    .collection<Station>('stations')
    .where({ societyId })
    .field({ _id: true, name: true })
    .orderBy('name', 'asc')
    .limit(MAX_ROWS)
    .get();
  return data;
}

export interface NeedRatingGroup {
  stationId: string;
  year: number;
  count: number;
  average: number;
}

/** Ratings given when closing needs, per station and year, in one aggregation whatever their number. */
export async function needRatings(scope: EvaluationScope): Promise<NeedRatingGroup[]> {
  const $ = db().command.aggregate;
  const { list } = await db()
    .collection<Need>('needs')
    .aggregate()
    .match({ ...scope, status: 'closed' })
    .group({
      _id: { stationId: '$stationId', year: '$year' },
      count: $.sum(1),
      average: $.avg('$evaluation.rating'),
    })
    .limit(MAX_ROWS)
    .end();
  return list.map((row) => {
    const key = row._id as { stationId: string; year: number };
    return { stationId: key.stationId, year: key.year, count: Number(row.count), average: Number(row.average) };
  });
}

/** Every station's evaluation of one year, city-wide: one a station, so one page of 1,000. */
export async function evaluationsOfYear(year: number): Promise<StationEvaluation[]> {
  const { data } = await db().collection<StationEvaluation>('evaluations').where({ year }).limit(MAX_ROWS).get();
  return data;
}

/**
 * The earliest day any station started, in one aggregation: its recognition, or its registration
 * where it has none (a registration is an instant, so its day is taken by the caller).
 */
export async function earliestStationStart(): Promise<{ recognisedOn: string | null; createdAt: string | null }> {
  const $ = db().command.aggregate;
  const { list } = await db()
    .collection<Station>('stations')
    .aggregate()
    .group({ _id: null, recognisedOn: $.min('$recognition.recognisedOn'), createdAt: $.min('$createdAt') })
    .end();
  const [row] = list as { recognisedOn?: string | null; createdAt?: string | null }[];
  return { recognisedOn: row?.recognisedOn ?? null, createdAt: row?.createdAt ?? null };
}
