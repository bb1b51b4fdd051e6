import type {
  QuotaDashboard,
  QuotaDashboardFilter,
  QuotaDashboardRow,
  QuotaDashboardSort,
} from '../../../../types/actions';
import type { QuotaCounter, QuotaStatus, Station } from '../../../../types/domain';
import type { PageWindow } from './paging';
import { LEVEL_QUOTAS, QUOTA_FIGURES } from '../../../../types/catalogue';
import { quotaStatuses, WORST_FIRST, yearElapsed } from './quota';
import { agreementState, isFinal } from './stationStatus';

export interface DashboardSources {
  stations: readonly Station[];
  /** By station id; a station without one has no confirmed visit this year. */
  counters: ReadonlyMap<string, QuotaCounter>;
  /** Experts on each station's roster now, by station id. */
  roster: ReadonlyMap<string, number>;
}

export function dashboardRow(
  station: Station,
  counter: QuotaCounter | undefined,
  rosterExperts: number,
  elapsed: number,
  now: Date,
): QuotaDashboardRow {
  const quota = LEVEL_QUOTAS[station.level];
  const figures = {
    needsServed: counter?.needsServed ?? 0,
    experts: counter?.experts ?? 0,
    outOfProvinceExperts: counter?.outOfProvinceExperts ?? 0,
  };
  const { status, byFigure } = quotaStatuses(quota, figures, elapsed);
  return {
    stationId: station._id,
    stationName: station.name,
    societyId: station.societyId,
    societyName: station.societyName,
    level: station.level,
    industry: station.industry,
    quota,
    figures,
    figureStatus: byFigure,
    status,
    confirmedVisits: counter?.visits ?? 0,
    rosterExperts,
    rosterShort: rosterExperts < quota.experts,
    stationStatus: station.status,
    agreementEnded: !isFinal(station.status) && agreementState(station.cooperationEnd, now).ended,
  };
}

const sortValue: Record<QuotaDashboardSort, (row: QuotaDashboardRow) => number | string> = {
  status: (row) => WORST_FIRST.indexOf(row.status),
  needsServed: (row) => row.figures.needsServed,
  experts: (row) => row.figures.experts,
  outOfProvinceExperts: (row) => row.figures.outOfProvinceExperts,
  confirmedVisits: (row) => row.confirmedVisits,
  rosterExperts: (row) => row.rosterExperts,
  stationName: (row) => row.stationName,
};

export const DASHBOARD_SORTS = Object.keys(sortValue) as QuotaDashboardSort[];

/** Within one status, the station furthest from its quota first: the share of the quota done, summed. */
function shareDone(row: QuotaDashboardRow): number {
  return QUOTA_FIGURES.reduce(
    (sum, figure) => sum + (row.quota[figure] === 0 ? 1 : Math.min(1, row.figures[figure] / row.quota[figure])),
    0,
  );
}

function compareRows(sort: QuotaDashboardSort, order: 'asc' | 'desc') {
  const direction = order === 'asc' ? 1 : -1;
  return (a: QuotaDashboardRow, b: QuotaDashboardRow): number => {
    const left = sortValue[sort](a);
    const right = sortValue[sort](b);
    if (left !== right) return (left < right ? -1 : 1) * direction;
    if (shareDone(a) !== shareDone(b)) return shareDone(a) - shareDone(b);
    return a.stationName.localeCompare(b.stationName, 'zh-Hans-CN') || a.stationId.localeCompare(b.stationId);
  };
}

/**
 * Every station's line for a year, narrowed by level, industry and society; the status counts,
 * totals and month series over those; then the status filter, the order (status, worst first,
 * unless asked otherwise) and the page.
 */
export function buildDashboard(
  sources: DashboardSources,
  filter: QuotaDashboardFilter & { year: number },
  window: PageWindow,
  now: Date,
): Omit<QuotaDashboard, 'yearClose'> {
  const elapsed = yearElapsed(filter.year, now);
  const rows = sources.stations
    .filter(
      (station) =>
        (!filter.societyId || station.societyId === filter.societyId) &&
        (!filter.level || station.level === filter.level) &&
        (!filter.industry || station.industry === filter.industry),
    )
    .map((station) =>
      dashboardRow(station, sources.counters.get(station._id), sources.roster.get(station._id) ?? 0, elapsed, now),
    );
  const statusCounts: Record<QuotaStatus, number> = { not_met: 0, behind: 0, at_risk: 0, on_track: 0, met: 0 };
  const totals = { stations: rows.length, needsServed: 0, experts: 0, outOfProvinceExperts: 0, confirmedVisits: 0 };
  const months = Array.from({ length: 12 }, () => 0);
  for (const row of rows) {
    statusCounts[row.status] += 1;
    for (const figure of QUOTA_FIGURES) totals[figure] += row.figures[figure];
    totals.confirmedVisits += row.confirmedVisits;
    sources.counters.get(row.stationId)?.months.forEach((month, i) => (months[i] += month.visits));
  }
  const shown = rows
    .filter((row) => !filter.status || row.status === filter.status)
    .sort(
      compareRows(filter.sort ?? 'status', filter.order ?? (filter.sort && filter.sort !== 'status' ? 'desc' : 'asc')),
    );
  return {
    year: filter.year,
    elapsed,
    statusCounts,
    totals,
    months,
    items: shown.slice(window.skip, window.skip + window.pageSize),
    page: window.page,
    pageSize: window.pageSize,
    total: shown.length,
  };
}
