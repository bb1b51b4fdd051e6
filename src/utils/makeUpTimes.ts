import type { Instant } from '../../types/domain';

/** Asia/Shanghai has no daylight saving: always UTC+8. */
const SHANGHAI = '+08:00';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface MakeUpSpan {
  start: Instant;
  end: Instant;
  /** The end time is earlier than the start: the visit ran past midnight. */
  overnight: boolean;
  minutes: number;
}

/**
 * The instants of a visit picked as a date and two clock times, all in Asia/Shanghai whatever
 * the phone's zone (the pickers give wall-clock strings). An end earlier than the start is on the
 * next day; the same time is no span at all (null).
 */
export function makeUpSpan(date: string, startTime: string, endTime: string): MakeUpSpan | null {
  if (!date || !startTime || !endTime || startTime === endTime) return null;
  const start = Date.parse(`${date}T${startTime}:00${SHANGHAI}`);
  const sameDayEnd = Date.parse(`${date}T${endTime}:00${SHANGHAI}`);
  if (Number.isNaN(start) || Number.isNaN(sameDayEnd)) return null;
  const overnight = sameDayEnd < start;
  const end = overnight ? sameDayEnd + DAY_MS : sameDayEnd;
  return {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    overnight,
    minutes: Math.round((end - start) / 60_000),
  };
}
