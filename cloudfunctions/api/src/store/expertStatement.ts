import type { Need, Society, Station } from '../../../../types/domain';
import type { StatementNames, StatementSource } from '../domain/expertStatement';
import { db, MAX_GET } from './db';

/*
 * What an expert's 服务证明 reads: one page of their year's confirmed visits, then the names of
 * the stations, societies and needs those visits name, one request each whatever the count.
 */

/**
 * The expert's confirmed visits of a year (by its stored Asia/Shanghai year), what the statement
 * shows of each: photos and attachments stay behind. An expert serves a few times a week at most,
 * so a year stays far below the 1000 one request returns.
 */
export async function confirmedVisitsOfExpertYear(expertOpenid: string, year: number): Promise<StatementSource[]> {
  const { data } = await db()
    .collection<StatementSource>('visits')
    .where({ expertOpenid, year, status: 'confirmed' })
    .field({
      _id: true,
      stationId: true,
      societyId: true,
      stationName: true,
      needId: true,
      needTitle: true,
      serviceType: true,
      status: true,
      'checkIn.at': true,
      'checkOut.at': true,
      'checkOut.summary': true,
      'checkOut.outcomes': true,
      durationMinutes: true,
      rating: true,
    })
    .orderBy('checkIn.at', 'asc')
    .limit(MAX_GET)
    .get();
  return data;
}

/** The current names of the stations, societies and needs the visits name: three requests in parallel. */
export async function statementNames(visits: readonly StatementSource[]): Promise<StatementNames> {
  const [stations, societies, needs] = await Promise.all([
    namesOf<Station>(
      'stations',
      'name',
      visits.map((visit) => visit.stationId),
    ),
    namesOf<Society>(
      'societies',
      'name',
      visits.map((visit) => visit.societyId),
    ),
    namesOf<Need>(
      'needs',
      'title',
      visits.map((visit) => visit.needId),
    ),
  ]);
  return { stations, societies, needs };
}

async function namesOf<T extends { _id: string }>(
  collection: 'stations' | 'societies' | 'needs',
  field: keyof T & string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const { data } = await db()
    .collection<T>(collection)
    .where({ _id: db().command.in(unique) })
    .field({ _id: true, [field]: true })
    .limit(MAX_GET)
    .get();
  return new Map(data.map((record) => [record._id, String(record[field] ?? '')]));
}
