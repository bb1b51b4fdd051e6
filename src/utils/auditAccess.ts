import type { RoleView } from '../../types/actions';

/** Who reads a station's or a society's 操作记录 (the server's audit.view): the city, and that society's admins. */
export function mayViewAudit(roles: readonly RoleView[], place: { societyId?: string }): boolean {
  return roles.some(
    (grant) => grant.role === 'city_admin' || (grant.role === 'society_admin' && grant.societyId === place.societyId),
  );
}
