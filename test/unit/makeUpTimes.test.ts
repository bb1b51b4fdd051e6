// The phone's own zone must not matter: the pickers' times are Shanghai's wherever it is.
process.env.TZ = 'America/Los_Angeles';

import { makeUpSpan } from '../../src/utils/makeUpTimes';

describe('the 补卡 form turns a date and two clock times into instants', () => {
  it('reads them in Asia/Shanghai', () => {
    expect(makeUpSpan('2026-12-01', '09:00', '11:30')).toEqual({
      start: '2026-12-01T01:00:00.000Z',
      end: '2026-12-01T03:30:00.000Z',
      overnight: false,
      minutes: 150,
    });
    // 00:30 in Shanghai is the previous day in UTC.
    expect(makeUpSpan('2026-12-01', '00:30', '01:00')?.start).toBe('2026-11-30T16:30:00.000Z');
  });

  it('puts an end earlier than the start on the next day', () => {
    expect(makeUpSpan('2026-12-31', '23:00', '01:15')).toEqual({
      start: '2026-12-31T15:00:00.000Z',
      end: '2026-12-31T17:15:00.000Z',
      overnight: true,
      minutes: 135,
    });
  });

  it('has no span until all three are picked, or when the times are the same', () => {
    expect(makeUpSpan('', '09:00', '10:00')).toBeNull();
    expect(makeUpSpan('2026-12-01', '', '10:00')).toBeNull();
    expect(makeUpSpan('2026-12-01', '10:00', '10:00')).toBeNull();
  });
});
