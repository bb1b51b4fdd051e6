// The server's own clock zone must not matter: run these as if the machine were in California.
process.env.TZ = 'America/Los_Angeles';

import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';

describe('calendarMoment counts in Asia/Shanghai', () => {
  it('puts 2026-12-31T17:00Z in 2027 (01:00 on New Year in Guiyang)', () => {
    expect(calendarMoment('2026-12-31T17:00:00Z')).toMatchObject({ year: 2027, month: 1, day: 1, hour: 1 });
  });

  it('keeps 2026-12-31T15:59:59Z in 2026 (23:59:59 local)', () => {
    expect(calendarMoment('2026-12-31T15:59:59Z')).toMatchObject({ year: 2026, month: 12, day: 31, hour: 23 });
  });

  it('turns the month at 16:00Z on the last day of the month', () => {
    expect(calendarMoment('2026-02-28T15:59:59Z').month).toBe(2);
    expect(calendarMoment('2026-02-28T16:00:00Z')).toMatchObject({ month: 3, day: 1, date: '2026-03-01' });
  });

  it('accepts Date objects as well as ISO strings', () => {
    expect(calendarMoment(new Date('2026-06-30T16:30:00Z')).date).toBe('2026-07-01');
  });
});
