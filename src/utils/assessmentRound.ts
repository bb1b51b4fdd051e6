import type { AssessmentRoundView } from '../../types/actions';
import { ASSESSMENT_LIMITS } from '../../types/catalogue/assessments';
import type { CalendarDate } from '../../types/domain';
import { todayPlusYears } from './dates';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today in Asia/Shanghai moved by whole days. */
export function todayPlusDays(days: number, now = new Date()): CalendarDate {
  return todayPlusYears(0, new Date(now.getTime() + days * DAY_MS));
}

/**
 * The year a round is opened for: the last one sealed by its default close (15 January, DOMAIN.md
 * "Year end"). A close the city moved later is the server's to know; it refuses until then.
 */
export function lastFrozenYear(now = new Date()): number {
  const today = todayPlusYears(0, now);
  const thisYear = Number(today.slice(0, 4));
  return today.slice(5) >= '01-15' ? thisYear - 1 : thisYear - 2;
}

/** The year to offer for a new round, or null when that year already has one. */
export function yearToOpen(rounds: readonly AssessmentRoundView[], now = new Date()): number | null {
  const year = lastFrozenYear(now);
  return rounds.some((round) => round.year === year) ? null : year;
}

/** A deadline the server takes: a date at least `deadlineDaysMin` days after today. */
export function deadlineProblem(deadline: CalendarDate, now = new Date()): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return '请选择截止日期';
  const earliest = todayPlusDays(ASSESSMENT_LIMITS.deadlineDaysMin, now);
  if (deadline < earliest) return `截止日期最早为 ${earliest}`;
  return undefined;
}
