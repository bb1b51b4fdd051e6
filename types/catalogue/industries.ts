/** Guiyang's "1+7+1" industries, in the order the city lists them (DOMAIN.md). */
export const INDUSTRIES = [
  'modern_seed',
  'electronics',
  'advanced_equipment',
  'new_energy_vehicles',
  'phosphorus_chemicals',
  'aluminium',
  'health_medicine',
  'ecological_food',
  'software_it',
] as const;

export type Industry = (typeof INDUSTRIES)[number];

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
