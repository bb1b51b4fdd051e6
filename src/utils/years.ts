import { todayPlusYears } from './dates';

/** This calendar year in Asia/Shanghai and the `count - 1` before it, newest first. */
export function recentYears(count: number, now = new Date()): number[] {
  const thisYear = Number(todayPlusYears(0, now).slice(0, 4));
  return Array.from({ length: count }, (_, back) => thisYear - back);
}

/**
 * Last year while it may still be open for late records: from 1 January to 31 March in
 * Asia/Shanghai, the days its close can fall on (DOMAIN.md "Year end"); null the rest of the year.
 */
export function closingYear(now = new Date()): number | null {
  const today = todayPlusYears(0, now);
  return today.slice(5) <= '03-31' ? Number(today.slice(0, 4)) - 1 : null;
}
