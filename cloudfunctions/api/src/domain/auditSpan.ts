import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { CalendarDate } from '../../../../types/domain';
import { PROGRAMME_TIMEZONE } from './calendar';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The instants a date range of the audit page covers, both days whole in Asia/Shanghai: from
 * 00:00 of `from`, to 00:00 of the day after `to` (excluded). A range ending before it starts is refused.
 */
export function auditSpan(
  from: CalendarDate | undefined,
  to: CalendarDate | undefined,
): { from?: string; to?: string } | { problem: string } {
  if (from && to && to < from) return { problem: '结束日期不能早于开始日期' };
  const start = (date: CalendarDate) => dayjs.tz(`${date} 00:00`, PROGRAMME_TIMEZONE);
  return {
    ...(from && { from: start(from).toISOString() }),
    ...(to && { to: start(to).add(1, 'day').toISOString() }),
  };
}
