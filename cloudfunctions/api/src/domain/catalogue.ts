import type { InvitableRole } from '../../../../types/actions';
import type { DemandUnitType, Industry, ServiceType, SocietyLevel } from '../../../../types/domain';

/** Guiyang's "1+7+1" industries (DOMAIN.md). */
export const INDUSTRIES: readonly Industry[] = [
  'modern_seed',
  'electronics',
  'advanced_equipment',
  'new_energy_vehicles',
  'phosphorus_chemicals',
  'aluminium',
  'health_medicine',
  'ecological_food',
  'software_it',
];

/** The seven service types of the scheme (seed §三(四)); every need and visit carries one. */
export const SERVICE_TYPES: readonly ServiceType[] = [
  'joint_tackling',
  'tech_promotion',
  'product_development',
  'training',
  'result_appraisal',
  'academic_exchange',
  'consulting',
];

export const SOCIETY_LEVELS: readonly SocietyLevel[] = ['national', 'provincial', 'city'];

export const DEMAND_UNIT_TYPES: readonly DemandUnitType[] = ['enterprise', 'township', 'college', 'other'];

export const INVITABLE_ROLES: readonly InvitableRole[] = [
  'society_admin',
  'station_head',
  'station_staff',
  'expert',
  'demand_unit',
];
