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
