import dayjs from 'dayjs';
import type { EvaluationSummary, StationEvaluations, StationEvaluationView } from '../../../../types/actions';
import type { StationEvaluation } from '../../../../types/domain';
import { calendarMoment } from './calendar';

/** The annual assessment of year Y happens early in Y+1: until the end of March the unit may still file Y. */
const LATE_FILING_LAST_MONTH = 3;

/** Years for which a demand unit may file its yearly evaluation at `now` (Asia/Shanghai calendar). */
export function evaluableYears(now: Date): number[] {
  const { year, month } = calendarMoment(now);
  return month <= LATE_FILING_LAST_MONTH ? [year, year - 1] : [year];
}

/**
 * The last day a unit may file year Y's evaluation: the end of the late-filing months of Y+1
 * (31 March), by the calendar in Asia/Shanghai.
 */
export function evaluationDeadline(year: number): string {
  return dayjs(`${year + 1}-${String(LATE_FILING_LAST_MONTH).padStart(2, '0')}-01`)
    .endOf('month')
    .format('YYYY-MM-DD');
}

/** Year Y's evaluation can no longer be filed at `now`: a missing one is overdue. */
export function evaluationOverdue(year: number, now: Date): boolean {
  return calendarMoment(now).date > evaluationDeadline(year);
}

export function evaluationId(stationId: string, year: number): string {
  return `${stationId}:${year}`;
}

/** Mean to one decimal place, or null for nothing to average. */
export function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return roundToTenth(values.reduce((sum, value) => sum + value, 0) / values.length);
}

export interface RatingGroup {
  stationId: string;
  year: number;
  count: number;
  average: number;
}

/**
 * Per station, per year: the unit's yearly evaluation beside the ratings it gave when closing
 * needs; and per year across the stations, what a society looks at.
 */
export function summariseEvaluations(
  stations: readonly { id: string; name: string }[],
  evaluations: readonly StationEvaluation[],
  ratings: readonly RatingGroup[],
  nameOf: (openid: string) => string,
): Omit<EvaluationSummary, 'evaluableYears'> {
  const rows = stations.map((station): StationEvaluations => {
    const filed = evaluations.filter((evaluation) => evaluation.stationId === station.id);
    const rated = ratings.filter((group) => group.stationId === station.id);
    const years = [...new Set([...filed.map((e) => e.year), ...rated.map((g) => g.year)])].sort((a, b) => b - a);
    return {
      stationId: station.id,
      stationName: station.name,
      years: years.map((year) => {
        const yearly = filed.find((evaluation) => evaluation.year === year);
        const group = rated.find((g) => g.year === year);
        return {
          year,
          yearly: yearly ? evaluationView(yearly, nameOf) : null,
          needRatings: { count: group?.count ?? 0, average: group ? roundToTenth(group.average) : null },
        };
      }),
      averageOverall: average(filed.map((evaluation) => evaluation.overall)),
    };
  });
  const allYears = [...new Set([...evaluations.map((e) => e.year), ...ratings.map((g) => g.year)])].sort(
    (a, b) => b - a,
  );
  return {
    stations: rows,
    byYear: allYears.map((year) => {
      const filed = evaluations.filter((evaluation) => evaluation.year === year);
      const groups = ratings.filter((group) => group.year === year);
      const count = groups.reduce((sum, group) => sum + group.count, 0);
      return {
        year,
        evaluated: filed.length,
        averageOverall: average(filed.map((evaluation) => evaluation.overall)),
        // Weighted by the number of closed needs, so a station with one rating does not count as much as one with ten.
        needRatingAverage:
          count === 0 ? null : roundToTenth(groups.reduce((sum, g) => sum + g.average * g.count, 0) / count),
      };
    }),
  };
}

export function evaluationView(
  evaluation: StationEvaluation,
  nameOf: (openid: string) => string,
): StationEvaluationView {
  return {
    stationId: evaluation.stationId,
    stationName: evaluation.stationName,
    year: evaluation.year,
    overall: evaluation.overall,
    comment: evaluation.comment,
    intent: evaluation.intent,
    submittedByName: nameOf(evaluation.submittedBy),
    submittedAt: evaluation.submittedAt,
  };
}

/** Ratings are shown to one decimal place. */
export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
