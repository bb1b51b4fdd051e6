import { earliestCooperationEnd } from '../../../../types/catalogue';

/** Two years from 2025-03-01 end on 2027-02-28: the last day counts. */
export function cooperationLongEnough(start: string, end: string): boolean {
  return end.slice(0, 10) >= earliestCooperationEnd(start.slice(0, 10));
}
