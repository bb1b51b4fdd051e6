import type { RoleGrant, UserProfile } from '../../../types/domain';
import { activeGrantsOf } from './store/roles';
import { findProfile } from './store/users';

/** Who is calling, with their grants and profile read at most once per invocation. */
export interface CallerContext {
  openid: string;
  now: Date;
  /** Present on writes: where the outcome is recorded for replays, and whether it has been. */
  request?: { key: string; action: string; recorded?: boolean };
  grants(): Promise<RoleGrant[]>;
  profile(): Promise<UserProfile | null>;
}

/**
 * The first city admins come from the deployed function's settings (README): nobody above
 * them can invite them. Their grant is not stored, so removing the OPENID from the setting ends it.
 */
export const BOOTSTRAP_SETTING = 'CITY_ADMIN_OPENIDS';

export function bootstrapCityAdmins(setting = process.env[BOOTSTRAP_SETTING]): string[] {
  return (setting ?? '')
    .split(/[\s,;]+/)
    .map((openid) => openid.trim())
    .filter(Boolean);
}

export function callerContext(
  openid: string,
  options: { now?: Date; request?: CallerContext['request'] } = {},
): CallerContext {
  let grants: Promise<RoleGrant[]> | undefined;
  let profile: Promise<UserProfile | null> | undefined;
  const now = options.now ?? new Date();
  return {
    openid,
    now,
    request: options.request,
    grants: () => (grants ??= grantsOf(openid)),
    profile: () => (profile ??= findProfile(openid)),
  };
}

/** Someone's active grants, a bootstrapped city admin's included. */
export function grantsOf(openid: string): Promise<RoleGrant[]> {
  return activeGrantsOf(openid).then((stored) => withBootstrap(openid, stored));
}

function withBootstrap(openid: string, stored: RoleGrant[]): RoleGrant[] {
  if (!bootstrapCityAdmins().includes(openid) || stored.some((grant) => grant.role === 'city_admin')) return stored;
  const bootstrap: RoleGrant = {
    _id: `bootstrap:${openid}`,
    openid,
    role: 'city_admin',
    grantedAt: '1970-01-01T00:00:00.000Z',
    grantedBy: BOOTSTRAP_SETTING,
  };
  return [bootstrap, ...stored];
}
