import {
  monthPace,
  quotaPace,
  quotaRemaining,
  quotaStatuses,
  yearElapsed,
} from '../../cloudfunctions/api/src/domain/quota';
import { LEVEL_QUOTAS } from '../../types/catalogue';
import type { QuotaFigures } from '../../types/domain';

/** The station's status at `elapsed` of the year. */
const quotaStatus = (quota: QuotaFigures, counted: QuotaFigures, elapsed: number) =>
  quotaStatuses(quota, counted, elapsed).status;

const figures = (needsServed: number, experts: number, outOfProvinceExperts: number): QuotaFigures => ({
  needsServed,
  experts,
  outOfProvinceExperts,
});

describe('the quota is met at the level boundaries, and not one short of them', () => {
  const national = LEVEL_QUOTAS.national;
  it.each([
    ['national, all at quota', national, figures(10, 10, 5), 'met'],
    ['national, 9 needs', national, figures(9, 10, 5), 'not_met'],
    ['national, 9 experts', national, figures(10, 9, 5), 'not_met'],
    ['national, 4 out of province', national, figures(10, 10, 4), 'not_met'],
    ['provincial, 5 and 5 (no out-of-province quota)', LEVEL_QUOTAS.provincial, figures(5, 5, 0), 'met'],
    ['provincial, 4 needs', LEVEL_QUOTAS.provincial, figures(4, 5, 0), 'not_met'],
    ['city, 3 and 3', LEVEL_QUOTAS.city, figures(3, 3, 0), 'met'],
    ['city, 2 experts', LEVEL_QUOTAS.city, figures(3, 2, 0), 'not_met'],
  ])('%s at the end of the year', (_name, quota, counted, status) => {
    expect(quotaStatus(quota, counted, 1)).toBe(status);
  });

  it('gives a finished year a final verdict, never a pace status, however far short it is', () => {
    expect(quotaStatuses(national, figures(0, 0, 0), 1)).toEqual({
      status: 'not_met',
      byFigure: { needsServed: 'not_met', experts: 'not_met', outOfProvinceExperts: 'not_met' },
    });
    expect(quotaStatuses(national, figures(10, 10, 5), 1).status).toBe('met');
    // The last moment of the year still follows the pace.
    expect(quotaStatus(national, figures(8, 10, 5), 0.9999)).toBe('at_risk');
  });

  it('says what remains, never below zero', () => {
    expect(quotaRemaining(national, figures(9, 12, 4))).toEqual(figures(1, 0, 1));
  });
});

describe('the pace through the year', () => {
  const national = LEVEL_QUOTAS.national;

  it('asks nothing in the first weeks, and the whole quota at the end', () => {
    expect(quotaPace(national, 0.05)).toEqual(figures(0, 0, 0));
    expect(quotaPace(national, 0.5)).toEqual(figures(5, 5, 2));
    expect(quotaPace(national, 1)).toEqual(figures(10, 10, 5));
  });

  it('is on track at the pace, at risk below it, behind under half of it', () => {
    expect(quotaStatus(national, figures(5, 5, 2), 0.5)).toBe('on_track');
    expect(quotaStatus(national, figures(4, 5, 2), 0.5)).toBe('at_risk');
    expect(quotaStatus(national, figures(3, 5, 1), 0.5)).toBe('at_risk');
    expect(quotaStatus(national, figures(2, 5, 2), 0.5)).toBe('behind');
    expect(quotaStatus(national, figures(0, 0, 0), 0.05)).toBe('on_track');
  });
});

describe('the share of the year gone is counted in Asia/Shanghai', () => {
  it('starts at midnight of 1 January in Guiyang (16:00 UTC the day before)', () => {
    expect(yearElapsed(2027, new Date('2026-12-31T15:59:59Z'))).toBe(0);
    expect(yearElapsed(2027, new Date('2026-12-31T16:00:00Z'))).toBe(0);
    expect(yearElapsed(2027, new Date('2026-12-31T17:00:00Z'))).toBeGreaterThan(0);
    expect(yearElapsed(2026, new Date('2026-12-31T16:00:00Z'))).toBe(1);
  });

  it('is about half at the start of July', () => {
    expect(yearElapsed(2026, new Date('2026-07-02T04:00:00Z'))).toBeCloseTo(0.5, 2);
  });
});

describe('each figure has its own status, and the station takes its worst', () => {
  it('colours each figure by the same rule', () => {
    const { status, byFigure } = quotaStatuses(LEVEL_QUOTAS.national, figures(10, 5, 1), 0.5);
    expect(byFigure).toEqual({ needsServed: 'met', experts: 'on_track', outOfProvinceExperts: 'at_risk' });
    expect(status).toBe('at_risk');
  });

  it('calls a figure without a quota at this level met', () => {
    expect(quotaStatuses(LEVEL_QUOTAS.city, figures(3, 3, 0), 1).byFigure.outOfProvinceExperts).toBe('met');
  });
});

describe("this month's pace: what each figure must reach by the month's end (Asia/Shanghai)", () => {
  const national = LEVEL_QUOTAS.national;

  it('asks in June what the pace asks on 1 July', () => {
    const june = monthPace(national, 2026, new Date('2026-06-10T04:00:00Z'));
    expect(june).toEqual({
      month: 6,
      figures: quotaPace(national, yearElapsed(2026, new Date('2026-06-30T16:00:00Z'))),
    });
    expect(june?.figures).toEqual(figures(4, 4, 2));
  });

  it('asks nothing yet at the end of January, and the whole quota in December', () => {
    expect(monthPace(national, 2026, new Date('2026-01-20T04:00:00Z'))?.figures).toEqual(figures(0, 0, 0));
    expect(monthPace(national, 2026, new Date('2026-12-01T04:00:00Z'))).toEqual({ month: 12, figures: national });
  });

  it('takes the month in Guiyang: 30 November 17:00 UTC is already December', () => {
    expect(monthPace(LEVEL_QUOTAS.city, 2026, new Date('2026-11-30T17:00:00Z'))).toEqual({
      month: 12,
      figures: LEVEL_QUOTAS.city,
    });
  });

  it('is none for a year that has ended or not begun', () => {
    expect(monthPace(national, 2025, new Date('2026-01-05T04:00:00Z'))).toBeNull();
    expect(monthPace(national, 2027, new Date('2026-12-31T15:00:00Z'))).toBeNull();
  });
});
