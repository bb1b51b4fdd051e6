import dayjs from 'dayjs';
import { MIN_COOPERATION_YEARS } from '../../../../types/catalogue';

/** Two years from 2025-03-01 end on 2027-02-28: the last day counts. */
export function cooperationLongEnough(start: string, end: string): boolean {
  const earliestEnd = dayjs(start).add(MIN_COOPERATION_YEARS, 'year').subtract(1, 'day');
  return !dayjs(end).isBefore(earliestEnd, 'day');
}
