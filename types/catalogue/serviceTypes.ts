/** The seven service types of the scheme (seed §三(四)); every need and visit carries one. */
export const SERVICE_TYPES = [
  'joint_tackling',
  'tech_promotion',
  'product_development',
  'training',
  'result_appraisal',
  'academic_exchange',
  'consulting',
] as const;

export type ServiceType = (typeof SERVICE_TYPES)[number];

export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  joint_tackling: '技术攻关',
  tech_promotion: '技术推广',
  product_development: '产品开发',
  training: '人才培养',
  result_appraisal: '成果鉴定',
  academic_exchange: '学术交流',
  consulting: '咨询服务',
};
