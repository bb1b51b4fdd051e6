import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { SocietyLevel } from '../../../../types/domain';
import { PROGRAMME_TIMEZONE } from './calendar';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The three figures a station is held to each calendar year (Asia/Shanghai). */
export interface QuotaFigures {
  /** Distinct needs of the station with at least one confirmed visit in the year. */
  needsServed: number;
  /** Distinct experts with at least one confirmed visit at the station in the year. */
  experts: number;
  /** Of those experts, the ones from outside Guizhou when their visit was confirmed. */
  outOfProvinceExperts: number;
}

export type QuotaFigure = keyof QuotaFigures;

export const QUOTA_FIGURES: readonly QuotaFigure[] = ['needsServed', 'experts', 'outOfProvinceExperts'];

/** The annual quotas by society level (seed §三(三)7); 0 means the level has no such quota. */
export const LEVEL_QUOTAS: Record<SocietyLevel, QuotaFigures> = {
  national: { needsServed: 10, experts: 10, outOfProvinceExperts: 5 },
  provincial: { needsServed: 5, experts: 5, outOfProvinceExperts: 0 },
  city: { needsServed: 3, experts: 3, outOfProvinceExperts: 0 },
};

/**
 * met: every figure has reached its quota. on_track: every figure is at least at the pace (the
 * quota times the share of the year gone, rounded down). at_risk: some figure is below the pace
 * but every figure has at least half of it. behind: some figure has less than half of the pace.
 */
export type QuotaStatus = 'met' | 'on_track' | 'at_risk' | 'behind';

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

export function quotaStatus(quota: QuotaFigures, figures: QuotaFigures, elapsed: number): QuotaStatus {
  if (QUOTA_FIGURES.every((figure) => figures[figure] >= quota[figure])) return 'met';
  const pace = quotaPace(quota, elapsed);
  if (QUOTA_FIGURES.every((figure) => figures[figure] >= pace[figure])) return 'on_track';
  if (QUOTA_FIGURES.some((figure) => figures[figure] * 2 < pace[figure])) return 'behind';
  return 'at_risk';
}
