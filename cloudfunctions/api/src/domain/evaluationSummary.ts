import type { EvaluationAverage, EvaluationSummaryReport, EvaluationSummaryRow } from '../../../../types/actions';
import { SOCIETY_LEVELS, STATION_LEVEL_LABELS } from '../../../../types/catalogue';
import type { Station, StationEvaluation } from '../../../../types/domain';
import { calendarMoment } from './calendar';
import { average, evaluationDeadline, evaluationOverdue } from './evaluation';

export type SummaryStation = Pick<Station, '_id' | 'name' | 'societyId' | 'societyName' | 'level' | 'demandUnit'>;

/**
 * The city's view of a year's evaluations: every station given (those that operated in the year)
 * beside its unit's evaluation or none, the averages by society and by level of those filed (a
 * station not yet evaluated is counted as missing, never as a zero), and the stations still missing.
 */
export function summariseYear(
  year: number,
  stations: readonly SummaryStation[],
  evaluations: readonly StationEvaluation[],
  now: Date,
): Omit<EvaluationSummaryReport, 'years'> {
  const filed = new Map(
    evaluations
      .filter((evaluation) => evaluation.year === year)
      .map((evaluation) => [evaluation.stationId, evaluation]),
  );
  const rows = [...stations]
    .sort(
      (a, b) =>
        a.societyName.localeCompare(b.societyName, 'zh-CN') ||
        a.name.localeCompare(b.name, 'zh-CN') ||
        a._id.localeCompare(b._id),
    )
    .map((station) => summaryRow(station, filed.get(station._id)));
  const societies = [...new Map(rows.map((row) => [row.societyId, row.societyName])).entries()];
  return {
    year,
    deadline: evaluationDeadline(year),
    overdue: evaluationOverdue(year, now),
    rows,
    bySociety: societies.map(([id, name]) =>
      averageOf(
        id,
        name,
        rows.filter((row) => row.societyId === id),
      ),
    ),
    byLevel: SOCIETY_LEVELS.map((level) =>
      averageOf(
        level,
        STATION_LEVEL_LABELS[level],
        rows.filter((row) => row.level === level),
      ),
    ).filter((group) => group.stations > 0),
    total: averageOf('all', '全市', rows),
    missing: rows.filter((row) => row.overall === null),
  };
}

function summaryRow(station: SummaryStation, evaluation: StationEvaluation | undefined): EvaluationSummaryRow {
  return {
    stationId: station._id,
    stationName: station.name,
    societyId: station.societyId,
    societyName: station.societyName,
    level: station.level,
    demandUnitName: station.demandUnit.name,
    overall: evaluation?.overall ?? null,
    comment: evaluation?.comment ?? null,
    submittedAt: evaluation?.submittedAt ?? null,
  };
}

function averageOf(key: string, label: string, rows: readonly EvaluationSummaryRow[]): EvaluationAverage {
  const scores = rows.flatMap((row) => (row.overall === null ? [] : [row.overall]));
  return {
    key,
    label,
    stations: rows.length,
    filed: scores.length,
    missing: rows.length - scores.length,
    averageOverall: average(scores),
  };
}

/**
 * From the year the first station started (its recognition, or its registration in Asia/Shanghai
 * where it has none) to this year, newest first: every year the summary can be asked for.
 */
export function summaryYears(first: { recognisedOn: string | null; createdAt: string | null }, now: Date): number[] {
  const thisYear = calendarMoment(now).year;
  const starts = [
    ...(first.recognisedOn ? [Number(first.recognisedOn.slice(0, 4))] : []),
    ...(first.createdAt ? [calendarMoment(first.createdAt).year] : []),
  ];
  const from = Math.min(thisYear, ...starts);
  return Array.from({ length: thisYear - from + 1 }, (_, back) => thisYear - back);
}
