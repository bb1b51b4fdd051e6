import type { RoleGrant } from '../../../../types/domain';

/** Which stations a caller may see, derived only from their active role grants. */
export type StationScope =
  { kind: 'all' } | { kind: 'some'; stationIds: string[]; societyIds: string[] } | { kind: 'none' };

export function activeGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  return grants.filter((grant) => !grant.revokedAt);
}

export function stationScope(grants: readonly RoleGrant[]): StationScope {
  const active = activeGrants(grants);
  if (active.some((grant) => grant.role === 'city_admin')) return { kind: 'all' };
  const societyIds = unique(active.filter((grant) => grant.role === 'society_admin').map((grant) => grant.societyId));
  const stationIds = unique(active.filter((grant) => grant.role !== 'society_admin').map((grant) => grant.stationId));
  if (societyIds.length === 0 && stationIds.length === 0) return { kind: 'none' };
  return { kind: 'some', stationIds, societyIds };
}

function unique(values: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === 'string'))];
}
