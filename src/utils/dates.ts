import type { CalendarDate, Instant } from '../../types/domain';

/** Asia/Shanghai has no daylight saving: always UTC+8. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of an instant in Asia/Shanghai; '' for a missing or unreadable one. */
export function formatDate(instant: Instant | undefined): string {
  const time = instant ? Date.parse(instant) : NaN;
  if (Number.isNaN(time)) return '';
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:mm` of an instant in Asia/Shanghai. */
export function formatDateTime(instant: Instant | undefined): string {
  const time = instant ? Date.parse(instant) : NaN;
  if (Number.isNaN(time)) return '';
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Today in Asia/Shanghai, moved by whole years (a cooperation agreement runs at least two). */
export function todayPlusYears(years = 0, now = new Date()): CalendarDate {
  const today = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  today.setUTCFullYear(today.getUTCFullYear() + years);
  return today.toISOString().slice(0, 10);
}

/** A calendar date as a local Date at noon, for date pickers (noon: no zone can move its day). */
export function dateFromCalendar(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, (month || 1) - 1, day || 1, 12);
}

/** A date picker's local Date as `YYYY-MM-DD`. */
export function calendarFromDate(date: Date): CalendarDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A visit's length in words: `2 小时 5 分钟`, or `40 分钟`. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} 小时 ${minutes % 60} 分钟` : `${minutes} 分钟`;
}

/** `HH:mm` of an instant in Asia/Shanghai. */
export function formatTime(instant: Instant | undefined): string {
  return formatDateTime(instant).slice(11);
}

/** Whole calendar days in Asia/Shanghai from an instant to `now`: 0 the same day, 1 from yesterday. */
export function daysSince(instant: Instant, now = new Date()): number {
  const day = (time: number) => Math.floor((time + SHANGHAI_OFFSET_MS) / 86_400_000);
  return Math.max(0, day(now.getTime()) - day(Date.parse(instant)));
}

/** How long the oldest of something has waited, in words: 今天, 昨天, N 天前. */
export function waitedText(instant: Instant, now = new Date()): string {
  const days = daysSince(instant, now);
  return days === 0 ? '今天' : days === 1 ? '昨天' : `${days} 天前`;
}
