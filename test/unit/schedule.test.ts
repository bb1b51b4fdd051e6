import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { dueJobs } from '../../cloudfunctions/api/src/domain/schedule';

const jobs = [
  { name: 'hourly-at-2', hour: 2 },
  { name: 'monthly', hour: 9, day: 1 },
  { name: 'new-year', hour: 0, day: 1, month: 1 },
];

describe('dueJobs decides from Shanghai wall-clock time', () => {
  it('runs the New Year job at 00:xx on 1 January in Shanghai, which is 16:xx UTC on 31 December', () => {
    expect(dueJobs(jobs, calendarMoment('2026-12-31T16:05:00Z')).map((j) => j.name)).toEqual(['new-year']);
  });

  it('runs the monthly job on the first of each month only', () => {
    expect(dueJobs(jobs, calendarMoment('2026-03-01T01:00:00Z')).map((j) => j.name)).toEqual(['monthly']);
    expect(dueJobs(jobs, calendarMoment('2026-03-02T01:00:00Z'))).toEqual([]);
  });

  it('runs a daily job every day at its hour', () => {
    expect(dueJobs(jobs, calendarMoment('2026-05-17T18:30:00Z')).map((j) => j.name)).toEqual(['hourly-at-2']);
  });
});
