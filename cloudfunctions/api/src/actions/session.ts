import type { RoleView, WhoAmI } from '../../../../types/actions';
import type { RoleGrant } from '../../../../types/domain';
import { isOutOfProvince, isProfileComplete } from '../domain/profile';
import { subscribeTemplates } from '../store/notifications';
import { findProfile } from '../store/users';
import { empty } from '../validate';
import type { ActionDefinition } from './types';

export const whoami: ActionDefinition<'session.whoami'> = {
  parse: empty,
  async handle(_input, caller): Promise<WhoAmI> {
    const [profile, grants] = await Promise.all([findProfile(caller.openid), caller.grants()]);
    return {
      openid: caller.openid,
      subscribeTemplates: subscribeTemplates(),
      profile: profile && {
        name: profile.name,
        workUnit: profile.workUnit,
        title: profile.title,
        province: profile.province,
        city: profile.city,
      },
      profileComplete: isProfileComplete(profile),
      outOfProvince: isOutOfProvince(profile),
      roles: grants.map(roleView),
    };
  },
};

function roleView(grant: RoleGrant): RoleView {
  return {
    role: grant.role,
    ...(grant.societyId && { societyId: grant.societyId, societyName: grant.societyName }),
    ...(grant.stationId && { stationId: grant.stationId, stationName: grant.stationName }),
  };
}
