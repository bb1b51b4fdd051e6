import { calendarMoment } from './calendar';

/**
 * Only a year before the current one (Asia/Shanghai) can have been frozen: the current year's
 * confirmations never need to look.
 */
export function mayBeFrozen(year: number, now: Date): boolean {
  return year < calendarMoment(now).year;
}

/** The year the 1 January job closes: the one that has just ended. */
export function yearToFreeze(now: Date): number {
  return calendarMoment(now).year - 1;
}

export function frozenMessage(year: number): string {
  return `${year} 年度的任务数据已于次年 1 月 1 日封存，作为年度考核的依据，不能再更改；如有异议请联系市科协`;
}
