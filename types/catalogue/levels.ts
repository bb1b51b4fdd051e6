/** A society's level, which its stations take (seed §三(三)7). */
export const SOCIETY_LEVELS = ['national', 'provincial', 'city'] as const;

export type SocietyLevel = (typeof SOCIETY_LEVELS)[number];

/** A society's own name for its level. */
export const SOCIETY_LEVEL_LABELS: Record<SocietyLevel, string> = {
  national: '国家级学会',
  provincial: '省级学会',
  city: '市级学会',
};

/** A station is called 工作站 at national level and 服务站 below it (seed §三(三)7). */
export const STATION_LEVEL_LABELS: Record<SocietyLevel, string> = {
  national: '国家级工作站',
  provincial: '省级服务站',
  city: '市级服务站',
};

/** The bare level, for a column beside a name that already says 学会 or 工作站. */
export const LEVEL_SHORT_LABELS: Record<SocietyLevel, string> = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
};
