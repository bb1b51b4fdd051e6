import { todayPlusYears } from './dates';

/** This calendar year in Asia/Shanghai and the `count - 1` before it, newest first. */
export function recentYears(count: number, now = new Date()): number[] {
  const thisYear = Number(todayPlusYears(0, now).slice(0, 4));
  return Array.from({ length: count }, (_, back) => thisYear - back);
}
