import type {
  Need,
  PresenceProof,
  ServiceType,
  Station,
  UserProfile,
  Visit,
  VisitStatus,
} from '../../../../types/domain';
import { calendarMoment } from './calendar';
import { isOutOfProvince } from './profile';

/** The phone may keep an entry while offline; after this it must go through the station head (补录). */
export const MAX_LATE_HOURS = 72;
/** An entry arriving later than this after its moment is marked as sent late. */
export const LATE_AFTER_MINUTES = 10;
/** Phone clocks drift; a moment this far ahead of the server is still taken as now. */
export const FUTURE_TOLERANCE_MINUTES = 5;
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

/**
 * A correction (补录) completes a visit the job closed: its check-out is bounded like any entry's,
 * not in the future, not before check-in, and no longer than a visit may stay open.
 */
export function correctionProblem(checkInAt: string, checkOutAt: string, now: Date): string | null {
  if (new Date(checkOutAt).getTime() > now.getTime() + FUTURE_TOLERANCE_MINUTES * MINUTE) {
    return '签退时间不能晚于当前时间';
  }
  const minutes = durationMinutes(checkInAt, checkOutAt);
  if (minutes < 0) return '签退时间不能早于签到时间';
  if (minutes > MAX_OPEN_HOURS * 60) return `一次服务最长 ${MAX_OPEN_HOURS} 小时，请核对签退时间`;
  return null;
}

/** The time a visit occupies: from check-in to check-out, or the check-in moment while none is known. */
export interface VisitSpan {
  start: string;
  end: string;
}

export function visitSpan(visit: { checkIn: { at: string }; checkOut?: { at: string } }): VisitSpan {
  return { start: visit.checkIn.at, end: visit.checkOut?.at ?? visit.checkIn.at };
}

/**
 * One person is in one place at a time: two spans overlap when each starts before the other ends.
 * Touching ends (one check-out at the minute of the next check-in) do not overlap; a moment inside
 * a span, or two check-ins at the same moment, do.
 */
export function spansOverlap(a: VisitSpan, b: VisitSpan): boolean {
  const [aStart, aEnd, bStart, bEnd] = [a.start, a.end, b.start, b.end].map((at) => new Date(at).getTime());
  if (aStart === bStart) return true;
  return aStart < bEnd && bStart < aEnd;
}

/** How far back a visit overlapping `span` may have started: no visit is longer than this. */
export function overlapSearchFrom(span: VisitSpan): string {
  return new Date(new Date(span.start).getTime() - MAX_OPEN_HOURS * HOUR).toISOString();
}

/** Open since before this instant: the job closes it. */
export function staleBefore(now: Date): string {
  return new Date(now.getTime() - MAX_OPEN_HOURS * HOUR).toISOString();
}

/**
 * What every new visit records of where, for what and by whom, whichever way it was entered: it
 * counts in the year and month (Asia/Shanghai) it began, and the expert's province as it is now.
 */
export function visitBasis(
  station: Pick<Station, '_id' | 'societyId' | 'name'>,
  need: Pick<Need, '_id' | 'title'>,
  expert: { openid: string; profile: UserProfile | null },
  serviceType: ServiceType,
  startedAt: string,
  receivedAt: string,
): Omit<Visit, '_id' | 'status' | 'checkIn'> {
  const { year, month } = calendarMoment(startedAt);
  return {
    stationId: station._id,
    societyId: station.societyId,
    stationName: station.name,
    needId: need._id,
    needTitle: need.title,
    expertOpenid: expert.openid,
    expertName: expert.profile?.name ?? '',
    serviceType,
    year,
    month,
    outOfProvince: isOutOfProvince(expert.profile),
    createdAt: receivedAt,
    updatedAt: receivedAt,
  };
}
