import type { InvitableRole, InvitationStatus } from '../../types/actions';
import type { DemandUnitType, Industry, Role, ServiceType, SocietyLevel, StationStatus } from '../../types/domain';

/** A station is called 工作站 at national level and 服务站 below it (seed §三(三)7). */
export const LEVEL_LABELS: Record<SocietyLevel, string> = {
  national: '国家级工作站',
  provincial: '省级服务站',
  city: '市级服务站',
};

/** Guiyang's "1+7+1" industries, in the order the city lists them. */
export const INDUSTRY_LABELS: Record<Industry, string> = {
  modern_seed: '现代种业',
  electronics: '电子信息制造产业',
  advanced_equipment: '先进装备制造业',
  new_energy_vehicles: '新能源汽车制造业',
  phosphorus_chemicals: '磷化工制造业',
  aluminium: '铝及铝加工制造业',
  health_medicine: '健康医药制造业',
  ecological_food: '生态特色食品制造业',
  software_it: '软件和信息技术服务业',
};

export const ROLE_LABELS: Record<Role, string> = {
  city_admin: '市科协管理员',
  society_admin: '学会管理员',
  station_head: '站长',
  station_staff: '工作人员',
  expert: '专家',
  demand_unit: '需求单位',
};

/** The seven service types (seed §三(四)). */
export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  joint_tackling: '技术攻关',
  tech_promotion: '技术推广',
  product_development: '产品开发',
  training: '人才培养',
  result_appraisal: '成果鉴定',
  academic_exchange: '学术交流',
  consulting: '咨询服务',
};

export const STATION_STATUS_LABELS: Record<StationStatus, string> = {
  operating: '运行中',
  suspended: '已暂停',
  revoked: '已撤销',
};

/** The order roles are offered in the role switcher: the widest view first. */
export const ROLE_ORDER: readonly Role[] = [
  'city_admin',
  'society_admin',
  'station_head',
  'station_staff',
  'expert',
  'demand_unit',
];

/** A society's own level (LEVEL_LABELS names its stations). */
export const SOCIETY_LEVEL_LABELS: Record<SocietyLevel, string> = {
  national: '国家级学会',
  provincial: '省级学会',
  city: '市级学会',
};

export const DEMAND_UNIT_TYPE_LABELS: Record<DemandUnitType, string> = {
  enterprise: '企业',
  township: '乡镇',
  college: '高校',
  other: '其他',
};

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  active: '有效',
  expired: '已过期',
  revoked: '已撤销',
  used_up: '已用完',
};

/** Roles that can be invited, in the order the invitation form offers them. */
export const INVITABLE_ROLE_ORDER: readonly InvitableRole[] = [
  'society_admin',
  'station_head',
  'station_staff',
  'expert',
  'demand_unit',
];

/** Options for a chip group or a picker, from one of the label tables above. */
export function labelOptions<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
