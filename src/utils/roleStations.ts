import type { RoleView, StationSummary } from '../../types/actions';
import type { Role } from '../../types/domain';

/**
 * The stations one role of the caller concerns. `stations.list` answers with every station any
 * of the caller's roles may see; the home page shows them role by role.
 */
export function stationsForRole(
  stations: readonly StationSummary[],
  role: Role,
  grants: readonly RoleView[],
): StationSummary[] {
  if (role === 'city_admin') return [...stations];
  if (role === 'society_admin') {
    const societies = new Set(grants.map((grant) => grant.societyId).filter(Boolean));
    return stations.filter((station) => societies.has(station.societyId));
  }
  const ids = new Set(grants.map((grant) => grant.stationId).filter(Boolean));
  return stations.filter((station) => ids.has(station.id));
}

/** Where a role applies, for the home header: "中国有色金属学会", one station's name, or "2 个工作站". */
export function roleScopeText(grants: readonly RoleView[]): string {
  const societies = new Set(grants.filter((grant) => !grant.stationId).map((grant) => grant.societyName));
  const stations = new Set(grants.map((grant) => grant.stationName).filter(Boolean));
  if (stations.size > 1) return `${stations.size} 个工作站`;
  const [only] = stations.size === 1 ? stations : societies;
  return only ?? '';
}

/**
 * Whether the caller's roles let them see a station's evaluations (the server's `evaluation.view`:
 * everyone concerned with the station except its experts). Only decides whether to show the link;
 * the server checks again.
 */
export function mayViewEvaluations(
  roles: readonly RoleView[],
  station: Pick<StationSummary, 'id' | 'societyId'>,
): boolean {
  return roles.some((grant) => {
    switch (grant.role) {
      case 'city_admin':
        return true;
      case 'society_admin':
        return grant.societyId === station.societyId;
      case 'station_head':
      case 'station_staff':
      case 'demand_unit':
        return grant.stationId === station.id;
      default:
        return false;
    }
  });
}
