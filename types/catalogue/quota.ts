import type { SocietyLevel } from './levels';

/**
 * The three figures a station is held to each calendar year (Asia/Shanghai), in the order they
 * are shown. needsServed: distinct needs of the station with at least one confirmed visit in the
 * year. experts: distinct experts with at least one confirmed visit at the station in the year.
 * outOfProvinceExperts: of those, the ones from outside Guizhou when a visit of theirs was confirmed.
 */
export const QUOTA_FIGURES = ['needsServed', 'experts', 'outOfProvinceExperts'] as const;

export type QuotaFigure = (typeof QUOTA_FIGURES)[number];

/** How each figure is named in full, in a narrow column, and counted. */
export const QUOTA_FIGURE_LABELS: Record<QuotaFigure, { label: string; short: string; unit: string }> = {
  needsServed: { label: '服务技术需求', short: '需求', unit: '项' },
  experts: { label: '服务专家', short: '专家', unit: '人' },
  outOfProvinceExperts: { label: '其中省外专家', short: '省外', unit: '人' },
};

/** The annual quotas by society level (seed §三(三)7); 0 means the level has no such quota. */
export const LEVEL_QUOTAS: Record<SocietyLevel, Record<QuotaFigure, number>> = {
  national: { needsServed: 10, experts: 10, outOfProvinceExperts: 5 },
  provincial: { needsServed: 5, experts: 5, outOfProvinceExperts: 0 },
  city: { needsServed: 3, experts: 3, outOfProvinceExperts: 0 },
};

/** The most a recognised station's subsidy can be, in fen (seed §四(四): up to 10 / 5 万元). */
export const LEVEL_SUBSIDY_CAP_FEN: Record<SocietyLevel, number> = {
  national: 10_000_000,
  provincial: 5_000_000,
  city: 5_000_000,
};

/**
 * A station whose latest confirmed visit is more than this many days old (calendar days in
 * Asia/Shanghai) is flagged on the supervisors' drill-down: nobody has served there for a while.
 */
export const QUIET_STATION_DAYS = 60;

/** A year's statuses; see `QUOTA_STATUS_RULES` for what each means. */
export const QUOTA_STATUSES = ['met', 'on_track', 'at_risk', 'behind', 'not_met'] as const;

export type QuotaStatus = (typeof QUOTA_STATUSES)[number];

export const QUOTA_STATUS_LABELS: Record<QuotaStatus, string> = {
  met: '已达标',
  on_track: '进度正常',
  at_risk: '有风险',
  behind: '落后',
  not_met: '未达标',
};

/** Each status's rule, in the words the pages show beside it. */
export const QUOTA_STATUS_RULES: Record<QuotaStatus, string> = {
  met: '三项指标均已达到年度要求',
  not_met: '年度已结束，有指标没有达到年度要求',
  on_track: '各项指标均不低于按时间进度应完成的数量（年度要求 × 已过去的全年比例，向下取整）',
  at_risk: '有指标低于时间进度，但都已完成进度要求的一半以上',
  behind: '有指标不到时间进度要求的一半',
};
