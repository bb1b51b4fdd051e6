import type { RoleView, StationSummary } from '../../types/actions';

/** Who may export a station's visit log and roster (the server's report.station): those who run it and supervise it. */
export function mayExportStation(
  roles: readonly RoleView[],
  station: Pick<StationSummary, 'id' | 'societyId'>,
): boolean {
  return roles.some(
    (grant) =>
      grant.role === 'city_admin' ||
      (grant.role === 'society_admin' && grant.societyId === station.societyId) ||
      ((grant.role === 'station_head' || grant.role === 'station_staff') && grant.stationId === station.id),
  );
}
