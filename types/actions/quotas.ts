/** The year's figures against the quota, the dashboards and their exports, and the year's close. */
import type { Industry, Instant, QuotaFigures, QuotaMonth, QuotaStatus, SocietyLevel, StationStatus } from '../domain';
import type { ExportedFile } from './documents';
import type { Page, PageRequest } from './session';

/** One station's quota for one year: the figures against the level's quota, and how the year is going. */
export interface QuotaProgress {
  stationId: string;
  stationName: string;
  level: SocietyLevel;
  year: number;
  quota: QuotaFigures;
  figures: QuotaFigures;
  remaining: QuotaFigures;
  /** What each figure should have reached by now to finish on time. */
  pace: QuotaFigures;
  /** The station's status: that of its worst figure. */
  status: QuotaStatus;
  figureStatus: Record<keyof QuotaFigures, QuotaStatus>;
  /** The status rule in words, for the page. */
  statusRule: string;
  /** Share of the year gone, 0 to 1 (1 for a past year). */
  elapsed: number;
  /**
   * What each figure must reach by the end of this month (Asia/Shanghai) to stay on pace: the
   * whole quota in December. Null unless the year is the current one.
   */
  monthPace: { month: number; figures: QuotaFigures } | null;
  /** The station's latest confirmed visit, of any year; null before its first. */
  lastVisit: StationLastVisit | null;
  confirmedVisits: number;
  /** Index 0 is January. */
  months: QuotaMonth[];
  /** Experts on the roster now: shown beside the figure, not the quota figure itself. */
  rosterExperts: number;
  yearClose: QuotaYearClose;
}

/** When an expert last served at a station, and who. */
export interface StationLastVisit {
  visitId: string;
  /** The check-in: when the service took place. */
  at: Instant;
  expertName: string;
}

/**
 * Where a quota year stands (DOMAIN.md "Year end"): running, ended but still open for late
 * records until its close date (00:00 Asia/Shanghai), or frozen.
 */
export interface QuotaYearClose {
  year: number;
  /** `YYYY-MM-DD`: 15 January of the next year unless the city admin moved it. */
  closesOn: string;
  /** The year has ended: statuses are final (met / not_met). */
  final: boolean;
  frozen: boolean;
  /** The city admin may still move the close (the year is not frozen), to a date in this range. */
  movableFrom: string;
  movableTo: string;
}

/** One station's line on the society's or the city's dashboard. */
export interface QuotaDashboardRow {
  stationId: string;
  stationName: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  industry: Industry;
  quota: QuotaFigures;
  figures: QuotaFigures;
  figureStatus: Record<keyof QuotaFigures, QuotaStatus>;
  status: QuotaStatus;
  confirmedVisits: number;
  rosterExperts: number;
  /** The roster has fewer experts than the level's quota: the quota cannot be met as it stands. */
  rosterShort: boolean;
  /** Now: a suspended, revoked or closed station stays in the years it operated, its status shown. */
  stationStatus: StationStatus;
  /** The cooperation agreement has ended and no renewal was approved. */
  agreementEnded: boolean;
}

export type QuotaDashboardSort = keyof QuotaFigures | 'status' | 'confirmedVisits' | 'rosterExperts' | 'stationName';

export interface QuotaDashboardFilter {
  year?: number;
  /** A society admin sees their own society; the city admin may narrow to one. */
  societyId?: string;
  level?: SocietyLevel;
  industry?: Industry;
  status?: QuotaStatus;
  /** Default: status, worst first. */
  sort?: QuotaDashboardSort;
  order?: 'asc' | 'desc';
}

export interface QuotaDashboard extends Page<QuotaDashboardRow> {
  year: number;
  elapsed: number;
  yearClose: QuotaYearClose;
  /** Stations in each status under the level, industry and society filters (not the status filter). */
  statusCounts: Record<QuotaStatus, number>;
  /** Sums over the same stations. */
  totals: QuotaFigures & { stations: number; confirmedVisits: number };
  /** Confirmed visits per month over the same stations; index 0 is January. */
  months: number[];
}

/**
 * What one rebuild call checked and put right: a batch of stations, whose stored counts for the
 * year are compared with their confirmed visits. Call again with `after: next` until it is null.
 */
export interface QuotaRebuildReport {
  year: number;
  /** Stations checked by this call, and how many there are in all (for the progress bar). */
  stations: number;
  stationsTotal: number;
  /** Confirmed visits of the batch's stations in the year. */
  visits: number;
  repairedStations: number;
  countersWritten: number;
  marksWritten: number;
  marksRemoved: number;
  next: string | null;
}

/** The quotas actions: request and response of each. */
export interface QuotaActions {
  'quotas.progress': { request: { stationId: string; year?: number }; response: QuotaProgress };
  'quotas.dashboard': { request: PageRequest & QuotaDashboardFilter; response: QuotaDashboard };
  /** The dashboard as filtered, every station, to Excel. City admin; a society admin, their own society's. */
  'quotas.exportDashboard': { request: QuotaDashboardFilter; response: ExportedFile };
  /** A station's visit log for a year, to Excel. City admin; a society admin, their own stations'. */
  'quotas.exportVisits': { request: { stationId: string; year: number }; response: ExportedFile };
  /** Recounts a year from its confirmed visits and repairs any station-year that disagrees. City admin. */
  'quotas.rebuild': { request: { year: number; after?: string }; response: QuotaRebuildReport };
  /** The city admin moves a year's close to a date from 1 January to 31 March of the next year, before it passes. */
  'quotas.setYearClose': { request: { year: number; closesOn: string }; response: QuotaYearClose };
}
