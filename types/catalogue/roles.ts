/** Every role, in the order the role switcher offers them: the widest view first. */
export const ROLES = ['city_admin', 'society_admin', 'station_head', 'station_staff', 'expert', 'demand_unit'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  city_admin: '市科协管理员',
  society_admin: '学会管理员',
  station_head: '站长',
  station_staff: '工作人员',
  expert: '专家',
  demand_unit: '需求单位',
};

/** The roles an invitation can grant (the city admin is appointed, never invited), in the form's order. */
export const INVITABLE_ROLES = ['society_admin', 'station_head', 'station_staff', 'expert', 'demand_unit'] as const;

export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const INVITATION_STATUSES = ['active', 'expired', 'revoked', 'used_up'] as const;

export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  active: '有效',
  expired: '已过期',
  revoked: '已撤销',
  used_up: '已用完',
};
