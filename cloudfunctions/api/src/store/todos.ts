import type { TodoCount } from '../../../../types/actions';
import type { Need, Visit } from '../../../../types/domain';
import { db } from './db';

/*
 * What waits at a caller's stations, counted by the database: one aggregation per kind for all
 * the stations at once, whatever the number of records.
 */

/** Per station of `stationIds`: how many records match, and the earliest `since` among them. */
async function countsByStation(
  collection: 'needs' | 'visits',
  stationIds: readonly string[],
  condition: object,
  since: string,
): Promise<Map<string, TodoCount>> {
  if (stationIds.length === 0) return new Map();
  const $ = db().command.aggregate;
  const { list } = await db()
    .collection<Need | Visit>(collection)
    .aggregate()
    .match({ ...condition, stationId: db().command.in([...stationIds]) })
    // Sorted, then the first of each group: the local runtime's $min (mingo 6.7) skips strings.
    .sort({ [since]: 1 })
    .group({ _id: '$stationId', count: $.sum(1), oldestAt: $.first(`$${since}`) })
    .limit(stationIds.length)
    .end();
  return new Map(
    list.map((row) => [
      String(row._id),
      { count: Number(row.count), oldestAt: typeof row.oldestAt === 'string' ? row.oldestAt : null },
    ]),
  );
}

/** Needs submitted and neither accepted nor declined (待受理). */
export function needsToAccept(stationIds: readonly string[]): Promise<Map<string, TodoCount>> {
  return countsByStation('needs', stationIds, { status: 'submitted' }, 'createdAt');
}

/** Visits waiting for the station head's decision (待审核). */
export function visitsToReview(stationIds: readonly string[]): Promise<Map<string, TodoCount>> {
  return countsByStation('visits', stationIds, { status: 'pending' }, 'checkIn.at');
}

/** The condition of visits closed unfinished that their expert may still complete in one of `years` (待补录). */
export function correctableCondition(years: readonly number[]): object {
  const _ = db().command;
  return { status: 'incomplete', supersededBy: _.exists(false), year: _.in([...years]) };
}

export function visitsToComplete(
  stationIds: readonly string[],
  years: readonly number[],
): Promise<Map<string, TodoCount>> {
  return countsByStation('visits', stationIds, correctableCondition(years), 'checkIn.at');
}

/** Confirmed visits the demand unit has not rated, and the newest of them per station. */
export async function visitsToRate(
  stationIds: readonly string[],
): Promise<Map<string, { count: number; firstVisitId: string | null }>> {
  if (stationIds.length === 0) return new Map();
  const _ = db().command;
  const { list } = await db()
    .collection<Visit>('visits')
    .aggregate()
    .match({ stationId: _.in([...stationIds]), status: 'confirmed', rating: _.exists(false) })
    .sort({ 'checkIn.at': -1 })
    .group({ _id: '$stationId', count: _.aggregate.sum(1), firstVisitId: _.aggregate.first('$_id') })
    .limit(stationIds.length)
    .end();
  return new Map(
    list.map((row) => [String(row._id), { count: Number(row.count), firstVisitId: String(row.firstVisitId) }]),
  );
}
