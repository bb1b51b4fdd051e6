import type { RoleView, StationSummary } from '../../types/actions';

/** Who sees a station's 经费 (the server's ledger.view): the city, its society's admins, its head. */
export function mayViewLedger(roles: readonly RoleView[], station: Pick<StationSummary, 'id' | 'societyId'>): boolean {
  return roles.some(
    (grant) =>
      grant.role === 'city_admin' ||
      (grant.role === 'society_admin' && grant.societyId === station.societyId) ||
      (grant.role === 'station_head' && grant.stationId === station.id),
  );
}
