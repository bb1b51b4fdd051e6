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
 * The earliest recognition and the earliest registration of any station, two requests whatever
 * their number: a station's start is its recognition, or its registration where it has none.
 */
export async function earliestStationStart(): Promise<{ recognisedOn: string | null; createdAt: string | null }> {
  const stations = db().collection<Station>('stations');
  const [recognised, registered] = await Promise.all([
    stations
      .where({ 'recognition.recognisedOn': db().command.exists(true) })
      .orderBy('recognition.recognisedOn', 'asc')
      .field({ recognition: true })
      .limit(1)
      .get(),
    stations.orderBy('createdAt', 'asc').field({ createdAt: true }).limit(1).get(),
  ]);
  return {
    recognisedOn: recognised.data[0]?.recognition?.recognisedOn ?? null,
    createdAt: registered.data[0]?.createdAt ?? null,
  };
}
