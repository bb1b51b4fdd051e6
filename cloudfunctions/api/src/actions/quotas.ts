import type {
  QuotaDashboard,
  QuotaDashboardFilter,
  QuotaDashboardSort,
  QuotaYearClose,
} from '../../../../types/actions';
import type { Industry, QuotaStatus, RoleGrant, SocietyLevel } from '../../../../types/domain';
import { calendarMoment } from '../domain/calendar';
import { INDUSTRIES, QUOTA_STATUS_RULES, SOCIETY_LEVELS } from '../../../../types/catalogue';
import { MAX_PAGE_SIZE, pageWindow, type PageWindow } from '../domain/paging';
import { allowingRole } from '../domain/policy';
import { buildDashboard, DASHBOARD_SORTS, dashboardRow } from '../domain/quotaDashboard';
import { monthPace, quotaPace, quotaRemaining, WORST_FIRST, yearElapsed } from '../domain/quota';
import { emptyMonths } from '../domain/quotaCount';
import { dashboardSources } from '../store/quotaDashboard';
import { yearCloseOf } from '../domain/quotaYear';
import { findCounter, findQuotaYear, rosterExpertCount } from '../store/quotas';
import { latestConfirmedVisit } from '../store/visits';
import { documentId, integer, object, oneOf, optional } from '../validate';
import { actingAs, authorize, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';

/**
 * A station's quota for a year (this year unless asked): the figures read from its counter, never
 * counted from the visits; beside them the station's latest confirmed visit, one indexed read.
 */
export const quotaProgress: ActionDefinition<'quotas.progress'> = {
  parse: object({ stationId: documentId, year: optional(integer(2000, 2100)) }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'quota.view', stationTarget(station));
    const year = input.year ?? calendarMoment(caller.now).year;
    const [counter, rosterExperts, yearClose, lastVisit] = await Promise.all([
      findCounter(station._id, year),
      rosterExpertCount(station._id),
      readYearClose(year, caller.now),
      latestConfirmedVisit(station._id),
    ]);
    const elapsed = yearElapsed(year, caller.now);
    // The same line the dashboards show for this station, with what only this page adds.
    const row = dashboardRow(station, counter ?? undefined, rosterExperts, elapsed, caller.now);
    return {
      stationId: station._id,
      stationName: station.name,
      level: station.level,
      year,
      quota: row.quota,
      figures: row.figures,
      remaining: quotaRemaining(row.quota, row.figures),
      pace: quotaPace(row.quota, elapsed),
      status: row.status,
      figureStatus: row.figureStatus,
      statusRule: QUOTA_STATUS_RULES[row.status],
      elapsed,
      monthPace: monthPace(row.quota, year, caller.now),
      lastVisit: lastVisit && { visitId: lastVisit._id, at: lastVisit.checkIn.at, expertName: lastVisit.expertName },
      confirmedVisits: row.confirmedVisits,
      months: counter?.months ?? emptyMonths(),
      rosterExperts,
      yearClose,
    };
  },
};

/** Where a year stands: its record holds a close the city admin moved, even while the year runs. */
export async function readYearClose(year: number, now: Date): Promise<QuotaYearClose> {
  return yearCloseOf(year, now, await findQuotaYear(year));
}

/** The filters of the dashboard, and of its export. */
export const dashboardFilterFields = {
  year: optional(integer(2000, 2100)),
  societyId: optional(documentId),
  level: optional(oneOf<SocietyLevel>(SOCIETY_LEVELS)),
  industry: optional(oneOf<Industry>(INDUSTRIES)),
  status: optional(oneOf<QuotaStatus>(WORST_FIRST)),
  sort: optional(oneOf<QuotaDashboardSort>(DASHBOARD_SORTS)),
  order: optional(oneOf(['asc', 'desc'] as const)),
};

/**
 * Every station's figures for a year, for the city admin (all, or one society) and a society
 * admin (their own): a few requests whatever the number of stations or visits, since the
 * figures come from the counters and the roster sizes from one aggregation.
 */
export const quotaDashboard: ActionDefinition<'quotas.dashboard'> = {
  parse: object({
    ...dashboardFilterFields,
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
  }),
  async handle(input, caller) {
    const grants = await caller.grants();
    const societyId = input.societyId ?? ownSociety(grants);
    await actingAs(caller, allowingRole(grants, 'quota.dashboard', { societyId: societyId ?? '' }));
    return readDashboard({ ...input, societyId }, pageWindow(input.page, input.pageSize), caller.now);
  },
};

/** The stations, the year's counters and the roster sizes, made into the dashboard: four requests or so. */
export async function readDashboard(
  filter: QuotaDashboardFilter,
  window: PageWindow,
  now: Date,
): Promise<QuotaDashboard> {
  const year = filter.year ?? calendarMoment(now).year;
  const [sources, yearClose] = await Promise.all([dashboardSources(year, filter.societyId), readYearClose(year, now)]);
  return { ...buildDashboard(sources, { ...filter, year }, window, now), yearClose };
}

/** A society admin who names no society sees their own; the city admin, unless they name one, sees all. */
export function ownSociety(grants: readonly RoleGrant[]): string | undefined {
  if (grants.some((grant) => grant.role === 'city_admin')) return undefined;
  return grants.find((grant) => grant.role === 'society_admin')?.societyId;
}
