/** A station's own exports, and the city's summary of the demand units' yearly evaluations. */
import type { CalendarDate, SocietyLevel } from '../domain';
import type { ExportedFile } from './documents';

/** One station that operated in the year, with its unit's evaluation of it, or none filed. */
export interface EvaluationSummaryRow {
  stationId: string;
  stationName: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  demandUnitName: string;
  /** 1 to 5; null while the unit has not filed. */
  overall: number | null;
  comment: string | null;
  submittedAt: string | null;
}

/** The filed evaluations of a group of stations (a society, a level): averages of those filed only. */
export interface EvaluationAverage {
  key: string;
  label: string;
  stations: number;
  filed: number;
  missing: number;
  /** One decimal place; null when none filed. */
  averageOverall: number | null;
}

export interface EvaluationSummaryReport {
  year: number;
  /** The last day a unit may file the year's evaluation (Asia/Shanghai). */
  deadline: CalendarDate;
  /** The deadline has passed: a missing evaluation is 已逾期. */
  overdue: boolean;
  rows: EvaluationSummaryRow[];
  bySociety: EvaluationAverage[];
  byLevel: EvaluationAverage[];
  total: EvaluationAverage;
  /** The rows whose unit has not filed, in the rows' order. */
  missing: EvaluationSummaryRow[];
  /** The years the summary can be asked for, newest first: from the first station's start to this year. */
  years: number[];
}

export interface ExportReportActions {
  /** A station's visits of a year, to Excel. Its head and staff, its society's admin, the city admin. */
  'reports.stationVisitLog': { request: { stationId: string; year: number }; response: ExportedFile };
  /** The station's 进站专家信息表 and its staff, to Excel. Who may export the visit log. */
  'reports.stationRoster': { request: { stationId: string }; response: ExportedFile };
  /** Every station that operated in the year, with its unit's yearly evaluation; averages; who has not filed. City admin. */
  'reports.evaluationSummary': { request: { year: number }; response: EvaluationSummaryReport };
  /** The summary to Excel: every station, the averages, and the units yet to file. City admin. */
  'reports.evaluationSummaryWorkbook': { request: { year: number }; response: ExportedFile };
}
