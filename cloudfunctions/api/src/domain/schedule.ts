import type { CalendarMoment } from './calendar';

/**
 * When a job runs, in Asia/Shanghai wall-clock terms. The function wakes every hour;
 * a job is due on the tick whose hour (and day and month, when given) match.
 */
export interface JobSchedule {
  name: string;
  /** Absent: every hour. */
  hour?: number;
  day?: number;
  month?: number;
}

export function dueJobs<J extends JobSchedule>(jobs: readonly J[], moment: CalendarMoment): J[] {
  return jobs.filter(
    (job) =>
      (job.hour === undefined || job.hour === moment.hour) &&
      (job.day === undefined || job.day === moment.day) &&
      (job.month === undefined || job.month === moment.month),
  );
}
