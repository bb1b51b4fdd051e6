/** The society's annual report (学会年度报告): every station of a year, as a page, a workbook and a Word summary. */
import type { AssessmentVerdict } from '../catalogue';
import type { Industry, Instant, QuotaFigures, QuotaStatus, SocietyLevel, StationStatus } from '../domain';
import type { ExportedFile } from './documents';
import type { QuotaYearClose } from './quotas';

/** Who is on a station's roster now: experts, those of them working outside Guizhou, and the head and staff. */
export interface RosterSizes {
  experts: number;
  outOfProvinceExperts: number;
  staff: number;
}

/** One station that operated during the year, with the figures its dashboard line shows. */
export interface SocietyReportStation {
  stationId: string;
  stationName: string;
  level: SocietyLevel;
  industry: Industry;
  /** Now: a station revoked or closed during the year stays in it, and says so. */
  stationStatus: StationStatus;
  quota: QuotaFigures;
  figures: QuotaFigures;
  figureStatus: Record<keyof QuotaFigures, QuotaStatus>;
  /** As on the dashboard: during the year by pace, from 1 January 已达标 or 未达标. */
  status: QuotaStatus;
  confirmedVisits: number;
  /** The demand unit's yearly evaluation (1 to 5); null while not submitted. */
  evaluation: { overall: number; submittedAt: Instant } | null;
  roster: RosterSizes;
  /** The year's assessment verdict; null while there is none. */
  verdict: AssessmentVerdict | null;
}

export interface SocietyReportTotals {
  stations: number;
  /** Stations whose every figure reached the quota. */
  met: number;
  needsServed: number;
  experts: number;
  outOfProvinceExperts: number;
  confirmedVisits: number;
  rosterExperts: number;
  /** Evaluations submitted, and their average to one decimal; null when none was. */
  evaluations: number;
  averageEvaluation: number | null;
}

export interface SocietyAnnualReport {
  societyId: string;
  societyName: string;
  societyLevel: SocietyLevel;
  year: number;
  /** The first year a station of the society came into the scheme: the page offers it to this year. */
  firstYear: number;
  /** Whether the year is final, and sealed: once frozen the figures are the year's last. */
  yearClose: QuotaYearClose;
  /** By name. */
  stations: SocietyReportStation[];
  totals: SocietyReportTotals;
}

export interface SocietyReportRequest {
  societyId: string;
  year: number;
}

/** The society report actions: the society's own admin, or the city admin. */
export interface SocietyReportActions {
  'reports.societyAnnual': { request: SocietyReportRequest; response: SocietyAnnualReport };
  /** The stations sheet, row by row, and a 合计 row. */
  'reports.societyAnnualWorkbook': { request: SocietyReportRequest; response: ExportedFile };
  /** The Word summary, ready to sign and stamp. */
  'reports.societyAnnualDocument': { request: SocietyReportRequest; response: ExportedFile };
}
