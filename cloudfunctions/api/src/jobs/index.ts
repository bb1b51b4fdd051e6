import { calendarMoment } from '../domain/calendar';
import { dueJobs, type JobSchedule } from '../domain/schedule';
import { freezeQuotaYear } from './freezeQuotaYear';
import { monthlyQuotaAlerts } from './quotaAlerts';
import { closeStaleVisits } from './staleVisits';

export interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time: string;
}

export interface ScheduledJob extends JobSchedule {
  /** Must be idempotent: a tick can be delivered twice. */
  run(now: Date): Promise<void>;
}

/** The scheduled work of the features. */
export const SCHEDULED_JOBS: ScheduledJob[] = [closeStaleVisits, freezeQuotaYear, monthlyQuotaAlerts];

/** The tick's scheduled time, which the trigger sends; the clock when it is missing or unreadable. */
export function tickTime(event: TimerEvent): Date {
  const time = new Date(event.Time);
  return Number.isNaN(time.getTime()) ? new Date() : time;
}

export async function runDueJobs(
  now: Date,
  jobs: readonly ScheduledJob[] = SCHEDULED_JOBS,
): Promise<{ ran: string[] }> {
  const due = dueJobs(jobs, calendarMoment(now));
  for (const job of due) await job.run(now);
  return { ran: due.map((job) => job.name) };
}
