import { daysSince, waitedText } from '../../src/utils/dates';

describe('how long something has waited, by the calendar in Asia/Shanghai', () => {
  const now = new Date('2026-12-01T10:00:00+08:00');

  it('counts calendar days, not 24-hour spans', () => {
    expect(daysSince('2026-12-01T00:00:00+08:00', now)).toBe(0);
    // 23:59 yesterday in Shanghai is one day ago, though only ten hours have passed.
    expect(daysSince('2026-11-30T23:59:00+08:00', now)).toBe(1);
    expect(daysSince('2025-04-05T10:00:00+08:00', now)).toBe(605);
  });

  it('says it in words', () => {
    expect(waitedText('2026-12-01T08:00:00+08:00', now)).toBe('今天');
    expect(waitedText('2026-11-30T08:00:00+08:00', now)).toBe('昨天');
    expect(waitedText('2026-11-20T08:00:00+08:00', now)).toBe('11 天前');
    // A phone clock behind the server's never makes it negative.
    expect(daysSince('2026-12-02T08:00:00+08:00', now)).toBe(0);
  });
});
