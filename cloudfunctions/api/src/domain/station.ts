import dayjs from 'dayjs';

/** Seed §四(一): the cooperation agreement runs at least two years. */
export const MIN_COOPERATION_YEARS = 2;

/** Two years from 2025-03-01 end on 2027-02-28: the last day counts. */
export function cooperationLongEnough(start: string, end: string): boolean {
  const earliestEnd = dayjs(start).add(MIN_COOPERATION_YEARS, 'year').subtract(1, 'day');
  return !dayjs(end).isBefore(earliestEnd, 'day');
}
