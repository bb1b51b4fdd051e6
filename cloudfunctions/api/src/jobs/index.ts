import { calendarMoment } from '../domain/calendar';
import { dueJobs, type JobSchedule } from '../domain/schedule';
import { agreementReminders } from './agreementReminders';
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

export interface TickReport {
  /** The time the trigger claims, as sent; logged only. */
  scheduled: string;
  ran: string[];
  failed: { job: string; error: string }[];
}

/** The scheduled work of the features. */
export const SCHEDULED_JOBS: ScheduledJob[] = [
  closeStaleVisits,
  freezeQuotaYear,
  monthlyQuotaAlerts,
  agreementReminders,
];

/**
 * The jobs due now, by the function's own clock: the event's `Time` is whatever the caller wrote
 * and must not decide what freezes or closes. Each due job runs even if one before it failed.
 */
export async function runDueJobs(
  event: TimerEvent,
  now: Date,
  jobs: readonly ScheduledJob[] = SCHEDULED_JOBS,
): Promise<TickReport> {
  const due = dueJobs(jobs, calendarMoment(now));
  const failed: TickReport['failed'] = [];
  for (const job of due) {
    try {
      await job.run(now);
    } catch (error) {
      console.error(`job ${job.name} failed at ${now.toISOString()} (tick ${String(event.Time)})`, error);
      failed.push({ job: job.name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { scheduled: String(event.Time), ran: due.map((job) => job.name), failed };
}
