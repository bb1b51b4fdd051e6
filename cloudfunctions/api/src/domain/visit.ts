import type { PresenceProof, VisitStatus } from '../../../../types/domain';

/** The phone may keep an entry while offline; after this it must go through the station head (补录). */
export const MAX_LATE_HOURS = 72;
/** An entry arriving later than this after its moment is marked as sent late. */
export const LATE_AFTER_MINUTES = 10;
/** Phone clocks drift; a moment this far ahead of the server is still taken as now. */
const FUTURE_TOLERANCE_MINUTES = 5;
/** A visit still open after this is closed by the scheduled job as incomplete. */
export const MAX_OPEN_HOURS = 12;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type EntryTiming = { kind: 'ok'; late: boolean } | { kind: 'too_late' } | { kind: 'in_future' };

/** Whether an entry made at `at` (the phone's moment) is accepted when it arrives at `receivedAt`. */
export function entryTiming(at: Date, receivedAt: Date): EntryTiming {
  const delay = receivedAt.getTime() - at.getTime();
  if (delay < -FUTURE_TOLERANCE_MINUTES * MINUTE) return { kind: 'in_future' };
  if (delay > MAX_LATE_HOURS * HOUR) return { kind: 'too_late' };
  return { kind: 'ok', late: delay > LATE_AFTER_MINUTES * MINUTE };
}

/** Off-site visits wait for the station head; every other proof puts the expert at the station. */
export function statusAfterCheckOut(proof: PresenceProof): VisitStatus {
  return proof === 'off_site' ? 'pending' : 'confirmed';
}

export function durationMinutes(checkInAt: string, checkOutAt: string): number {
  return Math.round((new Date(checkOutAt).getTime() - new Date(checkInAt).getTime()) / MINUTE);
}

/** Check-out must follow check-in and come within the hours a visit may stay open. */
export function checkOutProblem(checkInAt: string, checkOutAt: string): string | null {
  const minutes = durationMinutes(checkInAt, checkOutAt);
  if (minutes < 0) return '签退时间不能早于签到时间';
  if (minutes > MAX_OPEN_HOURS * 60) return `签到已超过 ${MAX_OPEN_HOURS} 小时，请通过补录提交这次服务`;
  return null;
}

/** Open since before this instant: the job closes it. */
export function staleBefore(now: Date): string {
  return new Date(now.getTime() - MAX_OPEN_HOURS * HOUR).toISOString();
}
