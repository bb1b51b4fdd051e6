export const STATION_STATUSES = ['operating', 'suspended', 'revoked'] as const;

export type StationStatus = (typeof STATION_STATUSES)[number];

export const STATION_STATUS_LABELS: Record<StationStatus, string> = {
  operating: '运行中',
  suspended: '已暂停',
  revoked: '已撤销',
};

/** Where a station is hosted: the kinds of 需求单位 the scheme names (seed §三(一)) and the 申报书 asks for. */
export const DEMAND_UNIT_TYPES = [
  'enterprise',
  'institution',
  'township',
  'community',
  'college',
  'grassroots_association',
] as const;

export type DemandUnitType = (typeof DEMAND_UNIT_TYPES)[number];

export const DEMAND_UNIT_TYPE_LABELS: Record<DemandUnitType, string> = {
  enterprise: '企业',
  institution: '事业单位',
  township: '乡镇',
  community: '社区',
  college: '院校',
  grassroots_association: '基层科协',
};

/**
 * What a recognised station changes only with the city's approval (共同条款第 2 条): its host,
 * place, industry and agreement. The name and the check-in radius stay the society's to set.
 */
export const STATION_CHANGE_FIELDS = [
  'demandUnit',
  'industry',
  'location',
  'cooperationStart',
  'cooperationEnd',
] as const;

export type StationChangeField = (typeof STATION_CHANGE_FIELDS)[number];

export const STATION_CHANGE_FIELD_LABELS: Record<StationChangeField, string> = {
  demandUnit: '需求单位',
  industry: '产业领域',
  location: '签到位置',
  cooperationStart: '合作开始日期',
  cooperationEnd: '合作结束日期',
};

export const STATION_CHANGE_STATUSES = ['pending', 'approved', 'refused'] as const;

export type StationChangeStatus = (typeof STATION_CHANGE_STATUSES)[number];

export const STATION_CHANGE_STATUS_LABELS: Record<StationChangeStatus, string> = {
  pending: '待市科协审定',
  approved: '已批准',
  refused: '不批准',
};
