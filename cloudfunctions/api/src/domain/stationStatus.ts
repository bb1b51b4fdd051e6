import dayjs from 'dayjs';
import { AGREEMENT_REMINDER_DAYS, STATION_STATUS_LABELS, type StationStatus } from '../../../../types/catalogue';
import type { Station } from '../../../../types/domain';
import { calendarMoment } from './calendar';

/*
 * A station's life after recognition (seed §四(三)4–5): the city suspends an operating station
 * and lifts the suspension; it revokes one, operating or suspended, for one of the seed's reasons;
 * and approving a society's written request merges, restructures or withdraws one. Revoked and
 * closed are final: the history stays readable, nothing new starts.
 */

export type StatusCommand = 'suspend' | 'resume' | 'revoke' | 'close';

interface Rule {
  from: readonly StationStatus[];
  to: StationStatus;
}

const RULES: Record<StatusCommand, Rule> = {
  suspend: { from: ['operating'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'operating' },
  revoke: { from: ['operating', 'suspended'], to: 'revoked' },
  close: { from: ['operating', 'suspended'], to: 'closed' },
};

export const STATUS_COMMANDS = Object.keys(RULES) as StatusCommand[];

const COMMAND_LABELS: Record<StatusCommand, string> = {
  suspend: '暂停运行',
  resume: '恢复运行',
  revoke: '撤销',
  close: '合并、重组或撤销',
};

/** Why `command` cannot be taken on the station now, in words for the person; null when it can. */
export function statusRefusal(station: Pick<Station, 'status'>, command: StatusCommand): string | null {
  if (RULES[command].from.includes(station.status)) return null;
  return `该工作站当前为「${STATION_STATUS_LABELS[station.status]}」，不能${COMMAND_LABELS[command]}`;
}

/** The status after `command`; call only when `statusRefusal` is null. */
export function statusAfterCommand(command: StatusCommand): StationStatus {
  return RULES[command].to;
}

/** Revoked and closed stations take no step again. */
export function isFinal(status: StationStatus): boolean {
  return STATUS_COMMANDS.every((command) => !RULES[command].from.includes(status));
}

/** The calendar year (Asia/Shanghai) a revocation or closure at `at` ends the station in. */
export function endedYearOf(at: string | Date): number {
  return calendarMoment(at).year;
}

/** The date the station came into the scheme: its recognition, else its registration (Asia/Shanghai). */
export function startDateOf(station: Pick<Station, 'recognition' | 'createdAt'>): string {
  return station.recognition?.recognisedOn ?? calendarMoment(station.createdAt).date;
}

/**
 * Whether the station operated during calendar year `year`: it existed by 31 December and had not
 * been revoked or closed in an earlier year. Suspension does not take a station out of its year.
 */
export function operatedDuring(
  station: Pick<Station, 'status' | 'endedYear' | 'recognition' | 'createdAt'>,
  year: number,
): boolean {
  if (startDateOf(station) > `${year}-12-31`) return false;
  if (station.status === 'revoked' || station.status === 'closed') {
    return station.endedYear !== undefined && station.endedYear >= year;
  }
  return true;
}

export interface AgreementState {
  /** The last day of the agreement has passed. */
  ended: boolean;
  /** Days from today to the last day, when within the reminder window and not ended; null otherwise. */
  endsInDays: number | null;
}

/** Today (Asia/Shanghai) against the agreement's last day, `cooperationEnd`, which still counts. */
export function agreementState(cooperationEnd: string, now: Date): AgreementState {
  const today = calendarMoment(now).date;
  const days = dayjs(cooperationEnd).diff(dayjs(today), 'day');
  if (days < 0) return { ended: true, endsInDays: null };
  return { ended: false, endsInDays: days <= AGREEMENT_REMINDER_DAYS ? days : null };
}

/** The last day of the agreements that end within the reminder window from today (Asia/Shanghai). */
export function reminderHorizon(now: Date): string {
  return dayjs(calendarMoment(now).date).add(AGREEMENT_REMINDER_DAYS, 'day').format('YYYY-MM-DD');
}
