import { createHmac, timingSafeEqual } from 'node:crypto';
import { calendarMoment } from './calendar';

/**
 * The code posted at a station: scanning it counts as being there. Its scene (WeChat allows 32
 * characters) carries the station's short key, the first day it works, how many days, and a
 * signature, so a photo of last month's code no longer works and nobody can make one.
 *   `v=` key(6) `.` first day (base 36 days since 1970) `.` days (base 36) `.` signature(12)
 */
const PREFIX = 'v=';
const SIGNATURE_LENGTH = 12;
export const STATION_KEY_LENGTH = 6;
/** A printed poster works for a year at most. */
export const MAX_CODE_DAYS = 366;
/**
 * A poster starts within a year of being made: 365 days counted, so across a 29 February the
 * last start is the day before the same date next year. Further ahead is a typo, and a far
 * enough date no longer fits the scene, giving a poster that never opens check-in.
 */
export const MAX_CODE_LEAD_DAYS = 365;

export interface StationCode {
  key: string;
  firstDay: number;
  days: number;
}

export type StationCodeVerdict = 'valid' | 'not_yet' | 'expired' | 'forged';

/** Days since 1970-01-01 of a calendar date `YYYY-MM-DD`. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function stationScene(secret: string, code: StationCode): string {
  const body = `${code.key}.${code.firstDay.toString(36)}.${code.days.toString(36)}`;
  return `${PREFIX}${body}.${signature(secret, body)}`;
}

export function parseStationScene(scene: string): (StationCode & { body: string; signature: string }) | null {
  const match = /^v=([A-Za-z0-9]{6})\.([0-9a-z]{1,4})\.([0-9a-z]{1,2})\.([A-Za-z0-9_-]{12})$/.exec(scene);
  if (!match) return null;
  const [, key, first, days, sig] = match;
  return {
    key,
    firstDay: parseInt(first, 36),
    days: parseInt(days, 36),
    body: `${key}.${first}.${days}`,
    signature: sig,
  };
}

/** Whether a scanned scene is a genuine code of some station that works today (Asia/Shanghai). */
export function checkStationScene(secret: string, scene: string, at: Date): StationCodeVerdict {
  const code = parseStationScene(scene);
  if (!code || code.days < 1 || code.days > MAX_CODE_DAYS) return 'forged';
  const expected = Buffer.from(signature(secret, code.body));
  if (!timingSafeEqual(expected, Buffer.from(code.signature))) return 'forged';
  const today = dayNumber(calendarMoment(at).date);
  if (today < code.firstDay) return 'not_yet';
  if (today >= code.firstDay + code.days) return 'expired';
  return 'valid';
}

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The station's short key: derived from its id, so making it twice gives the same key. */
export function stationKey(secret: string, stationId: string): string {
  const digest = createHmac('sha256', secret).update(`station-key:${stationId}`).digest();
  return [...digest.subarray(0, STATION_KEY_LENGTH)].map((byte) => KEY_ALPHABET[byte % KEY_ALPHABET.length]).join('');
}

/** The calendar date `YYYY-MM-DD` of a day counted since 1970-01-01. */
function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The last calendar date a code starting on `firstDate` works, for `days` days. */
export function lastDateOf(firstDate: string, days: number): string {
  return dateOfDay(dayNumber(firstDate) + days - 1);
}

/** Why a code made at `at` cannot start on `firstDate` (Asia/Shanghai calendar), or null if it can. */
export function codeStartProblem(firstDate: string, at: Date): string | null {
  const today = calendarMoment(at).date;
  if (firstDate < today) return '签到码的起始日期不能早于今天';
  const latest = dateOfDay(dayNumber(today) + MAX_CODE_LEAD_DAYS);
  if (firstDate > latest) return `签到码的起始日期不能晚于 ${latest}（一年之内）`;
  return null;
}

function signature(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`station-code:${body}`).digest('base64url').slice(0, SIGNATURE_LENGTH);
}
