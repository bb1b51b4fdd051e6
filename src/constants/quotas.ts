import type { QuotaFigures, QuotaStatus, SocietyLevel } from '../../types/domain';
import type { BadgeTone } from '../components/StatusBadge';

export interface LevelQuota {
  /** Distinct technical needs served in the calendar year (Asia/Shanghai). */
  needsServed: number;
  /** Distinct experts with a confirmed visit in the year. */
  expertsServing: number;
  /** Of them, from outside Guizhou (national level only). */
  outOfProvinceExperts: number;
  /** Recognition subsidy, RMB. */
  subsidyYuan: number;
}

/** Annual quotas by society level (seed §三(三)7). */
export const LEVEL_QUOTAS: Record<SocietyLevel, LevelQuota> = {
  national: { needsServed: 10, expertsServing: 10, outOfProvinceExperts: 5, subsidyYuan: 100_000 },
  provincial: { needsServed: 5, expertsServing: 5, outOfProvinceExperts: 0, subsidyYuan: 50_000 },
  city: { needsServed: 3, expertsServing: 3, outOfProvinceExperts: 0, subsidyYuan: 50_000 },
};

/** How each quota status is shown: its word and its badge colour. */
export const QUOTA_STATUS_VIEW: Record<QuotaStatus, { label: string; tone: BadgeTone }> = {
  met: { label: '已达标', tone: 'success' },
  on_track: { label: '进度正常', tone: 'progress' },
  at_risk: { label: '有风险', tone: 'warn' },
  behind: { label: '落后', tone: 'danger' },
  not_met: { label: '未达标', tone: 'danger' },
};

/**
 * The statuses a year can have, worst first (the order the dashboards count them in): a
 * running year is judged against the pace, a finished one is only met or not met.
 */
export function quotaStatusesOf(final: boolean): readonly QuotaStatus[] {
  return final ? FINAL_STATUSES : RUNNING_STATUSES;
}

const RUNNING_STATUSES: readonly QuotaStatus[] = ['behind', 'at_risk', 'on_track', 'met'];
const FINAL_STATUSES: readonly QuotaStatus[] = ['not_met', 'met'];

export const QUOTA_FIGURE_VIEW: ReadonlyArray<{ key: keyof QuotaFigures; label: string; short: string; unit: string }> =
  [
    { key: 'needsServed', label: '服务技术需求', short: '需求', unit: '项' },
    { key: 'experts', label: '服务专家', short: '专家', unit: '人' },
    { key: 'outOfProvinceExperts', label: '其中省外专家', short: '省外', unit: '人' },
  ];
