import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { QUOTA_FIGURES, type QuotaFigure } from '../../../../types/catalogue';
import type { QuotaFigures, QuotaStatus } from '../../../../types/domain';
import { PROGRAMME_TIMEZONE } from './calendar';

dayjs.extend(utc);
dayjs.extend(timezone);

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

/**
 * What each figure must have reached by the end of the current month (Asia/Shanghai) for the
 * station to stay on pace through it: the pace of `quotaPace` at the month's last moment, so the
 * whole quota in December. Null unless `now` falls in `year`: a finished year has no pace, and a
 * future one none yet.
 */
export function monthPace(
  quota: QuotaFigures,
  year: number,
  now: Date,
): { month: number; figures: QuotaFigures } | null {
  const local = dayjs(now).tz(PROGRAMME_TIMEZONE);
  if (local.year() !== year) return null;
  const monthEnd = local.startOf('month').add(1, 'month').toDate();
  return { month: local.month() + 1, figures: quotaPace(quota, yearElapsed(year, monthEnd)) };
}

/** How many of each figure are still missing for the year's quota. */
export function quotaRemaining(quota: QuotaFigures, figures: QuotaFigures): QuotaFigures {
  return {
    needsServed: Math.max(0, quota.needsServed - figures.needsServed),
    experts: Math.max(0, quota.experts - figures.experts),
    outOfProvinceExperts: Math.max(0, quota.outOfProvinceExperts - figures.outOfProvinceExperts),
  };
}

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
