import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { QuotaFigures, QuotaStatus, SocietyLevel } from '../../../../types/domain';
import { PROGRAMME_TIMEZONE } from './calendar';

dayjs.extend(utc);
dayjs.extend(timezone);

export type QuotaFigure = keyof QuotaFigures;

export const QUOTA_FIGURES: readonly QuotaFigure[] = ['needsServed', 'experts', 'outOfProvinceExperts'];

/** The annual quotas by society level (seed §三(三)7); 0 means the level has no such quota. */
export const LEVEL_QUOTAS: Record<SocietyLevel, QuotaFigures> = {
  national: { needsServed: 10, experts: 10, outOfProvinceExperts: 5 },
  provincial: { needsServed: 5, experts: 5, outOfProvinceExperts: 0 },
  city: { needsServed: 3, experts: 3, outOfProvinceExperts: 0 },
};

/** How much of calendar year `year` in Asia/Shanghai has gone at `now`: 0 before it starts, 1 after it ends. */
export function yearElapsed(year: number, now: Date): number {
  const start = dayjs.tz(`${year}-01-01 00:00`, PROGRAMME_TIMEZONE).valueOf();
  const end = dayjs.tz(`${year + 1}-01-01 00:00`, PROGRAMME_TIMEZONE).valueOf();
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/** What each figure should have reached by now to finish the year on time. */
export function quotaPace(quota: QuotaFigures, elapsed: number): QuotaFigures {
  return {
    needsServed: Math.floor(quota.needsServed * elapsed),
    experts: Math.floor(quota.experts * elapsed),
    outOfProvinceExperts: Math.floor(quota.outOfProvinceExperts * elapsed),
  };
}

/** How many of each figure are still missing for the year's quota. */
export function quotaRemaining(quota: QuotaFigures, figures: QuotaFigures): QuotaFigures {
  return {
    needsServed: Math.max(0, quota.needsServed - figures.needsServed),
    experts: Math.max(0, quota.experts - figures.experts),
    outOfProvinceExperts: Math.max(0, quota.outOfProvinceExperts - figures.outOfProvinceExperts),
  };
}

/** The status rule (see `QuotaStatus`), in the words the pages show beside it. */
export const QUOTA_STATUS_RULES: Record<QuotaStatus, string> = {
  met: '三项指标均已达到年度要求',
  not_met: '年度已结束，有指标没有达到年度要求',
  on_track: '各项指标均不低于按时间进度应完成的数量（年度要求 × 已过去的全年比例，向下取整）',
  at_risk: '有指标低于时间进度，但都已完成进度要求的一半以上',
  behind: '有指标不到时间进度要求的一半',
};

/** One figure against its quota and its pace, by the rule of `QuotaStatus`. */
export function figureStatus(quota: number, done: number, pace: number): QuotaStatus {
  if (done >= quota) return 'met';
  if (done >= pace) return 'on_track';
  return done * 2 < pace ? 'behind' : 'at_risk';
}

export const WORST_FIRST: readonly QuotaStatus[] = ['not_met', 'behind', 'at_risk', 'on_track', 'met'];

/**
 * Each figure's status, and the station's: that of its worst figure. While the year runs a
 * figure is judged against the pace (`quotaPace`); once the whole year has gone (`elapsed` 1) the
 * verdict is final, met or not met, and the pace no longer applies.
 */
export function quotaStatuses(
  quota: QuotaFigures,
  figures: QuotaFigures,
  elapsed: number,
): { status: QuotaStatus; byFigure: Record<QuotaFigure, QuotaStatus> } {
  const pace = quotaPace(quota, elapsed);
  const judge = (figure: QuotaFigure): QuotaStatus =>
    elapsed >= 1
      ? figures[figure] >= quota[figure]
        ? 'met'
        : 'not_met'
      : figureStatus(quota[figure], figures[figure], pace[figure]);
  const byFigure = Object.fromEntries(QUOTA_FIGURES.map((figure) => [figure, judge(figure)])) as Record<
    QuotaFigure,
    QuotaStatus
  >;
  const status = WORST_FIRST.find((candidate) => QUOTA_FIGURES.some((figure) => byFigure[figure] === candidate));
  return { status: status ?? 'met', byFigure };
}
