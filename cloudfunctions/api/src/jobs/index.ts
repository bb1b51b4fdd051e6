import { calendarMoment } from '../domain/calendar';
import { dueJobs, type JobSchedule } from '../domain/schedule';
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

/** The scheduled work of the features (the monthly quota check and the year freeze come with quotas). */
export const SCHEDULED_JOBS: ScheduledJob[] = [closeStaleVisits];

export async function runDueJobs(
  now: Date,
  jobs: readonly ScheduledJob[] = SCHEDULED_JOBS,
): Promise<{ ran: string[] }> {
  const due = dueJobs(jobs, calendarMoment(now));
  for (const job of due) await job.run(now);
  return { ran: due.map((job) => job.name) };
}
