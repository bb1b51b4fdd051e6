export const STATION_STATUSES = ['operating', 'suspended', 'revoked'] as const;

export type StationStatus = (typeof STATION_STATUSES)[number];

export const STATION_STATUS_LABELS: Record<StationStatus, string> = {
  operating: '运行中',
  suspended: '已暂停',
  revoked: '已撤销',
};

/** Where a station is hosted. */
export const DEMAND_UNIT_TYPES = ['enterprise', 'township', 'college', 'other'] as const;

export type DemandUnitType = (typeof DEMAND_UNIT_TYPES)[number];

export const DEMAND_UNIT_TYPE_LABELS: Record<DemandUnitType, string> = {
  enterprise: '企业',
  township: '乡镇',
  college: '高校',
  other: '其他',
};
