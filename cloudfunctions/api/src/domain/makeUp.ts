import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { MakeUpAllowance } from '../../../../types/actions';
import { MAKE_UP_RULES } from '../../../../types/catalogue';
import type { ErrorCode } from '../../../../types/errors';
import { localDateTime, PROGRAMME_TIMEZONE } from './calendar';
import { durationMinutes, FUTURE_TOLERANCE_MINUTES, MAX_OPEN_HOURS } from './visit';

dayjs.extend(utc);
dayjs.extend(timezone);

/*
 * 补卡: an expert who forgot to check in enters the visit afterwards, and the station head
 * approves or rejects it as an off-site visit. Both the window and the month are calendar days
 * in Asia/Shanghai, whatever the server's clock zone.
 *
 * - The visit may start at the earliest at 00:00 on the day `windowDays` days before today: on
 *   8 December, anything from 1 December 00:00. It has ended (not after now), ends after it
 *   starts, and lasts at most as long as any visit may stay open.
 * - An expert may enter a limited number a month, counted by the month they are entered in (not
 *   the month of the visit): the count a person sees on the form is this month's, and it starts
 *   again at 00:00 on the 1st. Every entry counts, whatever the head decides: were a rejected one
 *   given back, an entry could be retried endlessly until a head let it through.
 */

export interface MakeUpRefusal {
  code: ErrorCode;
  message: string;
}

const MINUTE = 60_000;

/** The first instant a make-up entered at `now` may start at, and its date. */
export function makeUpEarliest(now: Date): { date: string; instant: Date } {
  const start = dayjs(now).tz(PROGRAMME_TIMEZONE).startOf('day').subtract(MAKE_UP_RULES.windowDays, 'day');
  return { date: start.format('YYYY-MM-DD'), instant: start.toDate() };
}

/** Why a make-up from `start` to `end` cannot be entered at `now`, or null when it can. */
export function makeUpTimingRefusal(start: string, end: string, now: Date): MakeUpRefusal | null {
  if (new Date(end).getTime() > now.getTime() + FUTURE_TOLERANCE_MINUTES * MINUTE) {
    return {
      code: 'MAKE_UP_IN_FUTURE',
      message: `补卡只能补已经结束的服务：结束时间 ${localDateTime(end)} 晚于现在，请核对日期和时间`,
    };
  }
  const minutes = durationMinutes(start, end);
  if (minutes <= 0) return { code: 'INVALID_INPUT', message: '提交的内容有误：结束时间须晚于开始时间' };
  if (minutes > MAX_OPEN_HOURS * 60) {
    return {
      code: 'INVALID_INPUT',
      message: `提交的内容有误：一次服务最长 ${MAX_OPEN_HOURS} 小时，请核对开始和结束时间`,
    };
  }
  const earliest = makeUpEarliest(now);
  if (new Date(start).getTime() < earliest.instant.getTime()) {
    return {
      code: 'MAKE_UP_TOO_OLD',
      message: `只能补卡最近 ${MAKE_UP_RULES.windowDays} 天内的服务：现在最早可补 ${earliest.date} 00:00 以后开始的服务；更早的服务请联系站长`,
    };
  }
  return null;
}

/** The month (Asia/Shanghai) a make-up entered at `now` counts in, and the day the count starts again. */
export function makeUpMonth(now: Date): { month: string; resetsOn: string } {
  const local = dayjs(now).tz(PROGRAMME_TIMEZONE);
  return { month: local.format('YYYY-MM'), resetsOn: local.startOf('month').add(1, 'month').format('YYYY-MM-DD') };
}

export const makeUpCountId = (openid: string, month: string) => `${openid}:${month}`;

/** Why one more make-up cannot be entered at `now` when `used` of `limit` are, or null when it can. */
export function makeUpLimitRefusal(used: number, limit: number, now: Date): MakeUpRefusal | null {
  if (used < limit) return null;
  if (limit === 0) {
    return { code: 'MAKE_UP_LIMIT_REACHED', message: '补卡暂未开放；漏签的服务请联系站长' };
  }
  const [year, month] = makeUpMonth(now).resetsOn.split('-').map(Number);
  return {
    code: 'MAKE_UP_LIMIT_REACHED',
    message: `本月的补卡次数已用完：每月最多 ${limit} 次（未获认可的也计入），${year} 年 ${month} 月 1 日 0 时起可再补卡`,
  };
}

/** What the form shows: this month's count and the days a make-up may start on. */
export function makeUpAllowance(used: number, limit: number, now: Date): MakeUpAllowance {
  const { month, resetsOn } = makeUpMonth(now);
  return {
    limit,
    used,
    remaining: Math.max(0, limit - used),
    month,
    resetsOn,
    earliestDate: makeUpEarliest(now).date,
    today: dayjs(now).tz(PROGRAMME_TIMEZONE).format('YYYY-MM-DD'),
    windowDays: MAKE_UP_RULES.windowDays,
  };
}
