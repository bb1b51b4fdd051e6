import type { PersonView, RosterMember } from '../../../../types/actions';
import type { RoleGrant, UserProfile } from '../../../../types/domain';
import { isOutOfProvince } from '../domain/profile';

/** Another person, with the mobile number only for a viewer who needs to call them. */
export function personView(openid: string, profile: UserProfile | undefined | null, withMobile: boolean): PersonView {
  return {
    openid,
    name: profile?.name || '（未填写姓名）',
    workUnit: profile?.workUnit ?? '',
    title: profile?.title ?? '',
    province: profile?.province ?? '',
    outOfProvince: isOutOfProvince(profile ?? null),
    ...(withMobile && profile?.mobile ? { mobile: profile.mobile } : {}),
  };
}

export function rosterMember(grant: RoleGrant, person: PersonView): RosterMember {
  return {
    grantId: grant._id,
    role: grant.role,
    person,
    grantedAt: grant.grantedAt,
    ...(grant.revokedAt && { revokedAt: grant.revokedAt }),
  };
}
