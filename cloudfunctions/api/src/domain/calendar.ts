import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every calendar figure of the programme (quota year, month series) is counted in this zone. */
export const PROGRAMME_TIMEZONE = 'Asia/Shanghai';

export interface CalendarMoment {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  date: string;
}

export function calendarMoment(instant: string | Date): CalendarMoment {
  const local = dayjs(instant).tz(PROGRAMME_TIMEZONE);
  return {
    year: local.year(),
    month: local.month() + 1,
    day: local.date(),
    hour: local.hour(),
    date: local.format('YYYY-MM-DD'),
  };
}

/** An instant as a person in Guiyang reads it, e.g. `2026-11-25 14:30`. */
export function localDateTime(instant: string | Date): string {
  return dayjs(instant).tz(PROGRAMME_TIMEZONE).format('YYYY-MM-DD HH:mm');
}

/**
 * The years a year picker offers for records that start at `first`: each from its year (Asia/Shanghai)
 * to this one, newest first; this year alone when there is no record yet.
 */
export function yearsSince(first: string | null, now: Date): number[] {
  const thisYear = calendarMoment(now).year;
  const firstYear = first === null ? thisYear : Math.min(calendarMoment(first).year, thisYear);
  return Array.from({ length: thisYear - firstYear + 1 }, (_, back) => thisYear - back);
}
