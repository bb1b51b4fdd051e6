import type { Visit, VisitStatus } from '../../../../types/domain';
import type { PageWindow } from '../domain/paging';
import type { VisitTrace } from '../domain/reviewFlags';
import { allPages, db, MAX_GET } from './db';
import { correctableCondition } from './todos';

export async function findVisit(id: string): Promise<Visit | null> {
  const { data } = await db().collection<Visit>('visits').doc(id).get();
  return data ?? null;
}

export interface VisitQuery {
  expertOpenid?: string;
  stationId?: string;
  status?: VisitStatus;
  year?: number;
  month?: number;
  /** Visits closed unfinished that may still be completed in one of these years (待补录). */
  correctableIn?: readonly number[];
}

/** One page, newest check-in first, and the total: two requests whatever the number of visits. */
export async function pageVisits(query: VisitQuery, window: PageWindow): Promise<{ visits: Visit[]; total: number }> {
  const { correctableIn, ...plain } = query;
  const condition = {
    ...Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined)),
    ...(correctableIn && correctableCondition(correctableIn)),
  };
  const selection = db().collection<Visit>('visits').where(condition);
  const [page, count] = await Promise.all([
    selection.orderBy('checkIn.at', 'desc').skip(window.skip).limit(window.pageSize).get(),
    selection.count(),
  ]);
  return { visits: page.data, total: count.total };
}

/** A station's latest confirmed visit by check-in, of any year: one request (index `stationId` + `status` + `checkIn.at`). */
export async function latestConfirmedVisit(stationId: string): Promise<Visit | null> {
  const { data } = await db()
    .collection<Visit>('visits')
    .where({ stationId, status: 'confirmed' })
    .orderBy('checkIn.at', 'desc')
    .limit(1)
    .get();
  return data[0] ?? null;
}

/** Visits left open since before `before`, oldest first, a batch at a time. */
export async function staleOpenVisits(before: string, batch: number): Promise<Visit[]> {
  const { data } = await db()
    .collection<Visit>('visits')
    .where({ status: 'open', 'checkIn.at': db().command.lt(before) })
    .orderBy('checkIn.at', 'asc')
    .limit(batch)
    .get();
  return data;
}

/** A need's visits that count or may count, newest first; a need has tens, the bound is generous. */
export async function visitsOfNeed(needId: string): Promise<Visit[]> {
  const { data } = await db()
    .collection<Visit>('visits')
    .where({ needId, status: db().command.in(['open', 'pending', 'confirmed']) })
    .orderBy('checkIn.at', 'desc')
    .limit(100)
    .get();
  return data;
}

/** The visits that served a need (confirmed), oldest first: one page of the store's limit, one request. */
export async function confirmedVisitsOfNeed(needId: string): Promise<Visit[]> {
  const { data } = await db()
    .collection<Visit>('visits')
    .where({ needId, status: 'confirmed' })
    .orderBy('checkIn.at', 'asc')
    .limit(MAX_GET)
    .get();
  return data;
}

/** Every visit of a station in a year, oldest first: the visit log an export writes out. */
export async function visitsOfStationYear(stationId: string, year: number): Promise<Visit[]> {
  const visits = await allPages(db().collection<Visit>('visits').where({ stationId, year }));
  return visits.sort((a, b) => a.checkIn.at.localeCompare(b.checkIn.at) || a._id.localeCompare(b._id));
}

/**
 * An expert's visits in `statuses` checked in from `from` to `to`: the candidates for an overlap.
 * Bounded by the longest visit, so a handful at most.
 */
export async function expertVisitsBetween(
  expertOpenid: string,
  statuses: readonly VisitStatus[],
  from: string,
  to: string,
): Promise<Visit[]> {
  const _ = db().command;
  const { data } = await db()
    .collection<Visit>('visits')
    .where({
      expertOpenid,
      status: _.in([...statuses]),
      'checkIn.at': _.and(_.gte(from), _.lte(to)),
    })
    .orderBy('checkIn.at', 'asc')
    .limit(100)
    .get();
  return data;
}

/**
 * Every visit of these expert-months, only what the review flags compare: one request for a page
 * of the queue. An expert has a few visits a month, so a page's twenty expert-months stay far
 * below the 1000 one request returns.
 */
export async function visitsOfExpertMonths(
  keys: ReadonlyArray<{ expertOpenid: string; year: number; month: number }>,
): Promise<VisitTrace[]> {
  if (keys.length === 0) return [];
  const { data } = await db()
    .collection<VisitTrace>('visits')
    .where(keys.length === 1 ? keys[0] : db().command.or([...keys]))
    .field({
      _id: true,
      expertOpenid: true,
      stationId: true,
      status: true,
      year: true,
      month: true,
      'checkIn.at': true,
      'checkIn.offSiteReason': true,
      'checkIn.makeUpReason': true,
      'checkOut.summary': true,
      correctionOf: true,
      supersededBy: true,
    })
    .limit(MAX_GET)
    .get();
  return data;
}

/** The check-in of the expert's first visit (confirmed only, or of any status): one request. */
export async function firstVisitAt(expertOpenid: string, confirmedOnly: boolean): Promise<string | null> {
  const { data } = await db()
    .collection<Pick<Visit, 'checkIn'>>('visits')
    .where(confirmedOnly ? { expertOpenid, status: 'confirmed' } : { expertOpenid })
    .field({ 'checkIn.at': true })
    .orderBy('checkIn.at', 'asc')
    .limit(1)
    .get();
  return data[0]?.checkIn.at ?? null;
}
