import { monthPace, quotaRemaining } from '../../cloudfunctions/api/src/domain/quota';
import { LEVEL_QUOTAS } from '../../types/catalogue';
import type { QuotaFigures, SocietyLevel } from '../../types/domain';
import { quotaGapLine } from '../../src/utils/quotaGap';

const figures = (needsServed: number, experts: number, outOfProvinceExperts: number): QuotaFigures => ({
  needsServed,
  experts,
  outOfProvinceExperts,
});

/** The line as the head reads it at `now`, from what quotas.progress answers for the year of `now`'s calendar. */
function lineAt(level: SocietyLevel, done: QuotaFigures, now: string, year = Number(now.slice(0, 4))): string {
  const quota = LEVEL_QUOTAS[level];
  return quotaGapLine({
    year,
    figures: done,
    remaining: quotaRemaining(quota, done),
    monthPace: monthPace(quota, year, new Date(now)),
  });
}

describe("the head's one line: what this month's pace still asks", () => {
  it('names what the month lacks, by the pace at its end', () => {
    // National, end of June: the pace asks 4 needs, 4 experts, 2 from outside Guizhou.
    expect(lineAt('national', figures(2, 2, 1), '2026-06-10T04:00:00Z')).toBe(
      '本月还需服务 2 项需求、新增 2 名专家（其中省外 1 名）',
    );
    expect(lineAt('national', figures(2, 4, 2), '2026-06-10T04:00:00Z')).toBe('本月还需服务 2 项需求');
  });

  it('asks more as the months go by', () => {
    const done = figures(1, 1, 0);
    expect(lineAt('city', done, '2026-03-15T04:00:00Z')).toBe('本月暂无进度要求，全年还需服务 2 项需求、新增 2 名专家');
    // City level, end of May: the pace asks 1 need and 1 expert, which the station has.
    expect(lineAt('city', done, '2026-05-15T04:00:00Z')).toBe('本月进度已达标，全年还需服务 2 项需求、新增 2 名专家');
    // End of August still 1 of each (3 × 243/365, rounded down); end of September 2.
    expect(lineAt('city', done, '2026-08-15T04:00:00Z')).toBe('本月进度已达标，全年还需服务 2 项需求、新增 2 名专家');
    expect(lineAt('city', done, '2026-09-15T04:00:00Z')).toBe('本月还需服务 1 项需求、新增 1 名专家');
  });

  it('says when only experts from outside Guizhou are short, who also count as experts', () => {
    expect(lineAt('national', figures(4, 6, 0), '2026-06-10T04:00:00Z')).toBe('本月还需新增 2 名省外专家');
    expect(lineAt('national', figures(4, 3, 1), '2026-06-10T04:00:00Z')).toBe('本月还需新增 1 名省外专家');
    expect(lineAt('national', figures(4, 2, 1), '2026-06-10T04:00:00Z')).toBe('本月还需新增 2 名专家（其中省外 1 名）');
  });

  it('asks for the whole of what is left in December', () => {
    expect(lineAt('provincial', figures(3, 5, 0), '2026-12-02T04:00:00Z')).toBe('年底前还需服务 2 项需求');
    // 30 November 17:00 UTC is 1 December in Guiyang.
    expect(lineAt('city', figures(2, 2, 0), '2026-11-30T17:00:00Z')).toBe('年底前还需服务 1 项需求、新增 1 名专家');
  });

  it('says the year is done once every figure is met, whatever the month', () => {
    expect(lineAt('national', figures(10, 12, 5), '2026-04-01T04:00:00Z')).toBe('2026 年度任务已完成');
    expect(lineAt('provincial', figures(5, 5, 0), '2026-12-20T04:00:00Z')).toBe('2026 年度任务已完成');
  });

  it('says what a finished year fell short by, with no month', () => {
    expect(lineAt('city', figures(2, 1, 0), '2027-01-05T04:00:00Z', 2026)).toBe(
      '2026 年度任务未完成，还差服务 1 项需求、专家 2 名',
    );
    expect(lineAt('national', figures(10, 9, 3), '2027-01-05T04:00:00Z', 2026)).toBe(
      '2026 年度任务未完成，还差省外专家 2 名',
    );
  });
});
