import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { QuotaYearClose } from '../../../../types/actions';
import type { QuotaYear } from '../../../../types/domain';
import { calendarMoment, PROGRAMME_TIMEZONE } from './calendar';

dayjs.extend(utc);
dayjs.extend(timezone);

/*
 * A quota year Y is the calendar year in Asia/Shanghai. It stays open after 31 December so that
 * late check-outs, approvals, corrections and offline entries of its last days still count, and
 * closes at 00:00 on its close date: 15 January Y+1 unless the city admin moved it to another
 * date from 1 January to 31 March Y+1 before it passed. From the close on, Y is frozen.
 */

const DEFAULT_CLOSE = '01-15';
const EARLIEST_CLOSE = '01-01';
const LATEST_CLOSE = '03-31';

/** The close date (`YYYY-MM-DD`, Asia/Shanghai) in force for year Y. */
export function closeDateOf(year: number, record?: Pick<QuotaYear, 'closesOn'> | null): string {
  return record?.closesOn ?? `${year + 1}-${DEFAULT_CLOSE}`;
}

/** The instant a close date begins: 00:00 Asia/Shanghai. */
export function closeInstant(closesOn: string): Date {
  return dayjs.tz(`${closesOn} 00:00`, PROGRAMME_TIMEZONE).toDate();
}

/** Frozen by the job, or past its close even if the job has not run yet: the clock decides, not the job. */
export function isYearFrozen(year: number, now: Date, record?: QuotaYear | null): boolean {
  return Boolean(record?.frozenAt) || now.getTime() >= closeInstant(closeDateOf(year, record)).getTime();
}

/**
 * Whether year Y may still be open at `now`: before the latest close a city admin may set. Past
 * it, Y is frozen whatever its record says, so the record need not be read.
 */
export function mayStillBeOpen(year: number, now: Date): boolean {
  return now.getTime() < closeInstant(`${year + 1}-${LATEST_CLOSE}`).getTime();
}

/**
 * Once the year has ended its figures are final: met or not met, no longer a pace. Only a final
 * year can be frozen (the earliest close is 00:00 on 1 January of the next year), so a change to
 * the running year never needs to read its record.
 */
export function isYearFinal(year: number, now: Date): boolean {
  return year < calendarMoment(now).year;
}

/** Where year Y stands at `now`, for the pages. */
export function yearCloseOf(year: number, now: Date, record?: QuotaYear | null): QuotaYearClose {
  return {
    year,
    closesOn: closeDateOf(year, record),
    final: isYearFinal(year, now),
    frozen: isYearFrozen(year, now, record),
    movableFrom: `${year + 1}-${EARLIEST_CLOSE}`,
    movableTo: `${year + 1}-${LATEST_CLOSE}`,
  };
}

/** Why a new close date cannot be set for year Y now, or null when it can. */
export function closeMoveProblem(year: number, closesOn: string, now: Date): string | null {
  const { movableFrom, movableTo } = yearCloseOf(year, now);
  if (closesOn < movableFrom || closesOn > movableTo) {
    return `${year} 年度的封存日期只能定在 ${year + 1} 年 1 月 1 日至 3 月 31 日之间`;
  }
  if (closeInstant(closesOn).getTime() <= now.getTime()) {
    return `封存日期 ${closesOn} 已经到了，请选择今天以后的日期`;
  }
  return null;
}

/** The refusal of a change to a frozen year, naming when it closed. */
export function frozenMessage(year: number, closesOn: string): string {
  return `${year} 年度的任务数据已于 ${closesOn} 封存，作为年度考核的依据，不能再更改；如有异议请联系市科协`;
}
