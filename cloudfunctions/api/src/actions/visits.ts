import type { Visit } from '../../../../types/domain';
import { calendarMoment, yearsSince } from '../domain/calendar';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { AppError } from '../errors';
import { findVisit, firstVisitAt, pageVisits } from '../store/visits';
import { documentId, empty, integer, object, oneOf, optional } from '../validate';
import { authorize, recordTarget, requireStation, stationTarget } from './guard';
import { correctableYears } from './todos';
import type { ActionDefinition } from './types';
import { flagsOfWaiting } from './visitFlags';
import { visitDetail, visitSummary } from './visitViews';

export const currentVisit: ActionDefinition<'visits.current'> = {
  parse: empty,
  async handle(_input, caller) {
    const { visits } = await pageVisits({ expertOpenid: caller.openid, status: 'open' }, pageWindow(1, 1));
    return visits[0] ? visitDetail(visits[0], caller) : null;
  },
};

export const myVisits: ActionDefinition<'visits.mine'> = {
  parse: object({
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
    year: optional(integer(2000, 2100)),
    month: optional(integer(1, 12)),
  }),
  async handle(input, caller) {
    const window = pageWindow(input.page, input.pageSize);
    const [{ visits, total }, first] = await Promise.all([
      pageVisits({ expertOpenid: caller.openid, year: input.year, month: input.month }, window),
      firstVisitAt(caller.openid, false),
    ]);
    return {
      items: visits.map(visitSummary),
      page: window.page,
      pageSize: window.pageSize,
      total,
      years: yearsSince(first, caller.now),
    };
  },
};

export const getVisit: ActionDefinition<'visits.get'> = {
  parse: object({ visitId: documentId }),
  async handle(input, caller) {
    const visit = await requireVisit(input.visitId);
    if (visit.expertOpenid !== caller.openid) await authorize(caller, 'visit.view', recordTarget(visit));
    const detail = await visitDetail(visit, caller);
    // What to look at twice is for the one who decides, while there is a decision to take.
    if (!detail.can.review) return detail;
    const flags = await flagsOfWaiting([visit]);
    return { ...detail, flags: flags.get(visit._id) ?? [] };
  },
};

/** A station's visits of a year, newest first: the station's log, for those who run or supervise it. */
export const stationVisits: ActionDefinition<'visits.ofStation'> = {
  parse: object({
    stationId: documentId,
    year: optional(integer(2000, 2100)),
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
  }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'quota.view', stationTarget(station));
    const window = pageWindow(input.page, input.pageSize);
    const year = input.year ?? calendarMoment(caller.now).year;
    const { visits, total } = await pageVisits({ stationId: station._id, year }, window);
    return { items: visits.map(visitSummary), page: window.page, pageSize: window.pageSize, total };
  },
};

export const reviewQueue: ActionDefinition<'visits.reviewQueue'> = {
  parse: object({
    stationId: documentId,
    status: optional(oneOf(['pending', 'incomplete'] as const)),
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
  }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'visit.review', stationTarget(station));
    const window = pageWindow(input.page, input.pageSize);
    const query =
      input.status === 'incomplete'
        ? { stationId: station._id, correctableIn: await correctableYears(caller) }
        : { stationId: station._id, status: 'pending' as const };
    const { visits, total } = await pageVisits(query, window);
    const flags = await flagsOfWaiting(visits);
    const items = visits.map((visit) => {
      const raised = flags.get(visit._id);
      return raised ? { ...visitSummary(visit), flags: raised } : visitSummary(visit);
    });
    return { items, page: window.page, pageSize: window.pageSize, total };
  },
};

export async function requireVisit(visitId: string): Promise<Visit> {
  const visit = await findVisit(visitId);
  if (!visit) throw new AppError('NOT_FOUND', '服务记录不存在或已被删除');
  return visit;
}

export function wrongStatus(visit: Visit): AppError {
  if (visit.status === 'incomplete') {
    return new AppError('VISIT_WRONG_STATUS', '这次服务已超过 12 小时未签退，已自动结束；请通过补录提交');
  }
  return new AppError('VISIT_WRONG_STATUS');
}
