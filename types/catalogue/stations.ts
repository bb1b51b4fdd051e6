/**
 * operating; suspended (暂停, may resume); revoked by the city (强制撤销, §四(三)4); closed at the
 * society's written request: merged, restructured or withdrawn (§四(三)5). Revoked and closed are final.
 */
export const STATION_STATUSES = ['operating', 'suspended', 'revoked', 'closed'] as const;

export type StationStatus = (typeof STATION_STATUSES)[number];

export const STATION_STATUS_LABELS: Record<StationStatus, string> = {
  operating: '运行中',
  suspended: '已暂停',
  revoked: '已撤销',
  closed: '已撤并',
};

/** The seed's reasons for a forced revocation (§四(三)4). */
export const REVOCATION_REASONS = [
  'skipped_assessment',
  'false_materials',
  'ip_infringement',
  'major_accident',
] as const;

export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export const REVOCATION_REASON_LABELS: Record<RevocationReason, string> = {
  skipped_assessment: '无正当理由不参加考核',
  false_materials: '申报过程中隐瞒真实情况、提供虚假材料',
  ip_infringement: '恶意侵犯他人知识产权，造成不良社会影响，被行政或司法部门确认侵权',
  major_accident: '建站单位因技术原因发生重大安全、质量、环境污染事故受到行政、刑事处理',
};

/** What a society may ask for in writing when a station cannot go on (§四(三)5). */
export const CLOSURE_KINDS = ['merge', 'restructure', 'withdraw'] as const;

export type ClosureKind = (typeof CLOSURE_KINDS)[number];

export const CLOSURE_KIND_LABELS: Record<ClosureKind, string> = {
  merge: '合并',
  restructure: '重组',
  withdraw: '撤销',
};

export const CLOSURE_STATUSES = ['pending', 'approved', 'refused'] as const;

export type ClosureStatus = (typeof CLOSURE_STATUSES)[number];

export const CLOSURE_STATUS_LABELS: Record<ClosureStatus, string> = {
  pending: '待市科协审定',
  approved: '已批准',
  refused: '不批准',
};

/** The head and the society hear this many days before the cooperation agreement ends. */
export const AGREEMENT_REMINDER_DAYS = 60;

export const STATION_STATUS_LIMITS = {
  reason: [4, 500],
  documentNumber: [2, 60],
  attachments: 6,
} as const;

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
