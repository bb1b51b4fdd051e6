// The server's own clock zone must not matter: these run as if the machine were in California.
process.env.TZ = 'America/Los_Angeles';

import {
  makeUpAllowance,
  makeUpEarliest,
  makeUpLimitRefusal,
  makeUpMonth,
  makeUpTimingRefusal,
} from '../../cloudfunctions/api/src/domain/makeUp';
import { DEFAULT_MAKE_UP_VISITS_PER_MONTH, makeUpVisitsPerMonth } from '../../cloudfunctions/api/src/settings';

const at = (shanghai: string) => new Date(`${shanghai}+08:00`);
const iso = (shanghai: string) => at(shanghai).toISOString();
/** A two-hour visit starting at this Shanghai time. */
const twoHours = (shanghai: string): [string, string] => [
  iso(shanghai),
  new Date(at(shanghai).getTime() + 2 * 3_600_000).toISOString(),
];

describe('the 7-day window, by calendar days in Asia/Shanghai', () => {
  it('starts at 00:00 on the day seven days before today', () => {
    expect(makeUpEarliest(at('2026-12-08T10:00:00'))).toEqual({
      date: '2026-12-01',
      instant: at('2026-12-01T00:00:00'),
    });
    // 00:30 on the 8th in Shanghai is still the 7th in UTC (and the 7th in California): the day is Shanghai's.
    expect(makeUpEarliest(at('2026-12-08T00:30:00')).date).toBe('2026-12-01');
    expect(makeUpEarliest(at('2026-12-07T23:59:59')).date).toBe('2026-11-30');
  });

  it('takes a visit from 00:00 on that day, and refuses one a minute before, naming the earliest date', () => {
    const now = at('2026-12-08T09:00:00');
    expect(makeUpTimingRefusal(...twoHours('2026-12-01T00:00:00'), now)).toBeNull();
    const refusal = makeUpTimingRefusal(...twoHours('2026-11-30T23:59:00'), now);
    expect(refusal).toMatchObject({ code: 'MAKE_UP_TOO_OLD' });
    expect(refusal?.message).toContain('最早可补 2026-12-01 00:00');
  });

  it('moves at midnight in Shanghai, not at midnight UTC', () => {
    const visit = twoHours('2026-11-30T10:00:00');
    // 23:59 on the 7th: the window still opens on 30 November.
    expect(makeUpTimingRefusal(...visit, at('2026-12-07T23:59:00'))).toBeNull();
    // 00:00 on the 8th (16:00 UTC on the 7th): 30 November has left the window.
    expect(makeUpTimingRefusal(...visit, at('2026-12-08T00:00:00'))).toMatchObject({ code: 'MAKE_UP_TOO_OLD' });
  });

  it('reaches back across a month and a year end', () => {
    const now = at('2027-01-03T08:00:00');
    expect(makeUpEarliest(now).date).toBe('2026-12-27');
    expect(makeUpTimingRefusal(...twoHours('2026-12-31T22:00:00'), now)).toBeNull();
  });
});

describe('the times of a make-up', () => {
  const now = at('2026-12-08T15:00:00');

  it('refuses a visit that has not ended yet, or lies in the future', () => {
    expect(makeUpTimingRefusal(iso('2026-12-08T14:00:00'), iso('2026-12-08T16:00:00'), now)).toMatchObject({
      code: 'MAKE_UP_IN_FUTURE',
      message: expect.stringContaining('2026-12-08 16:00'),
    });
    expect(makeUpTimingRefusal(...twoHours('2026-12-09T09:00:00'), now)).toMatchObject({ code: 'MAKE_UP_IN_FUTURE' });
  });

  it('takes one that ends now, or within the minutes a phone clock may be ahead', () => {
    expect(makeUpTimingRefusal(iso('2026-12-08T13:00:00'), iso('2026-12-08T15:00:00'), now)).toBeNull();
    expect(makeUpTimingRefusal(iso('2026-12-08T13:00:00'), iso('2026-12-08T15:05:00'), now)).toBeNull();
    expect(makeUpTimingRefusal(iso('2026-12-08T13:00:00'), iso('2026-12-08T15:06:00'), now)).toMatchObject({
      code: 'MAKE_UP_IN_FUTURE',
    });
  });

  it('needs the end after the start, and at most 12 hours between them', () => {
    expect(makeUpTimingRefusal(iso('2026-12-07T10:00:00'), iso('2026-12-07T10:00:00'), now)).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('结束时间须晚于开始时间'),
    });
    expect(makeUpTimingRefusal(iso('2026-12-07T10:00:00'), iso('2026-12-07T09:00:00'), now)).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(makeUpTimingRefusal(iso('2026-12-06T20:00:00'), iso('2026-12-07T08:00:00'), now)).toBeNull();
    expect(makeUpTimingRefusal(iso('2026-12-06T20:00:00'), iso('2026-12-07T08:01:00'), now)).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('最长 12 小时'),
    });
  });
});

describe('the month a make-up counts in', () => {
  it('is the Shanghai month it is entered in, and starts again at 00:00 on the 1st', () => {
    expect(makeUpMonth(at('2026-12-31T23:59:59'))).toEqual({ month: '2026-12', resetsOn: '2027-01-01' });
    // 16:00 UTC on 31 December is already January in Shanghai.
    expect(makeUpMonth(at('2027-01-01T00:00:00'))).toEqual({ month: '2027-01', resetsOn: '2027-02-01' });
    expect(makeUpMonth(at('2027-02-28T12:00:00'))).toEqual({ month: '2027-02', resetsOn: '2027-03-01' });
  });

  it('refuses the one past the limit, naming the limit and when it resets', () => {
    const now = at('2026-12-20T10:00:00');
    expect(makeUpLimitRefusal(2, 3, now)).toBeNull();
    const refusal = makeUpLimitRefusal(3, 3, now);
    expect(refusal).toMatchObject({ code: 'MAKE_UP_LIMIT_REACHED' });
    expect(refusal?.message).toContain('每月最多 3 次');
    expect(refusal?.message).toContain('2027 年 1 月 1 日 0 时起可再补卡');
    expect(makeUpLimitRefusal(0, 0, now)?.message).toContain('补卡暂未开放');
  });

  it('tells the form the count, the days it may offer, and when the count resets', () => {
    expect(makeUpAllowance(1, 3, at('2026-12-02T07:20:00'))).toEqual({
      limit: 3,
      used: 1,
      remaining: 2,
      month: '2026-12',
      resetsOn: '2027-01-01',
      earliestDate: '2026-11-25',
      today: '2026-12-02',
      windowDays: 7,
    });
    expect(makeUpAllowance(5, 3, at('2026-12-02T07:20:00')).remaining).toBe(0);
  });
});

describe('the setting MAKE_UP_VISITS_PER_MONTH', () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  afterAll(() => warn.mockRestore());

  it('is 3 unless set, a whole number from 0 to 31 when set, and the default (with a warning) when mistyped', () => {
    expect(DEFAULT_MAKE_UP_VISITS_PER_MONTH).toBe(3);
    expect(makeUpVisitsPerMonth(undefined)).toBe(3);
    expect(makeUpVisitsPerMonth(' ')).toBe(3);
    expect(makeUpVisitsPerMonth('5')).toBe(5);
    expect(makeUpVisitsPerMonth('0')).toBe(0);
    expect(warn).not.toHaveBeenCalled();
    for (const typo of ['5次', '-1', '2.5', '32']) expect(makeUpVisitsPerMonth(typo)).toBe(3);
    expect(warn).toHaveBeenCalledTimes(4);
  });
});
