import type { SocietyLevel } from '../../types/domain';

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
