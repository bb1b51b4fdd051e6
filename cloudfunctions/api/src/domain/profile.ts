import { HOME_PROVINCE } from '../../../../types/catalogue';
import type { Role, UserProfile } from '../../../../types/domain';

/** Roles that may not act until the profile says who they are and where they work. */
const ROLES_NEEDING_PROFILE: readonly Role[] = ['expert', 'station_head'];

type ProfileFields = Pick<UserProfile, 'name' | 'mobile' | 'workUnit' | 'title' | 'province' | 'city'>;

export function isProfileComplete(profile: ProfileFields | null): boolean {
  if (!profile) return false;
  return [profile.name, profile.mobile, profile.workUnit, profile.title, profile.province, profile.city].every(
    (field) => field.trim().length > 0,
  );
}

/** The work unit's province decides it; a province written without its 省 / 市 / 自治区 is the same province. */
export function isOutOfProvince(profile: Pick<UserProfile, 'province'> | null): boolean {
  if (!profile || profile.province.trim() === '') return false;
  return normaliseProvince(profile.province) !== normaliseProvince(HOME_PROVINCE);
}

export function rolesNeedingProfile(roles: readonly Role[]): Role[] {
  return roles.filter((role) => ROLES_NEEDING_PROFILE.includes(role));
}

function normaliseProvince(name: string): string {
  return name.trim().replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '');
}
