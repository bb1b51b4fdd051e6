import type { RoleGrant, Station, UserProfile } from '../../../../types/domain';
import { isOutOfProvince } from './profile';

export interface PoolMember {
  openid: string;
  /** The society's stations whose roster they are on now, by name. */
  stations: { id: string; name: string }[];
}

/**
 * The society's experts: everyone on the roster of one of `stations` now, once each however many
 * of them they serve, with those stations by name. Grants elsewhere, of another role, or revoked
 * are not theirs to count.
 */
export function poolMembers(
  grants: readonly RoleGrant[],
  stations: readonly Pick<Station, '_id' | 'name'>[],
): Map<string, PoolMember> {
  const names = new Map(stations.map((station) => [station._id, station.name]));
  const members = new Map<string, PoolMember>();
  for (const grant of grants) {
    if (grant.role !== 'expert' || grant.revokedAt || !grant.stationId || !names.has(grant.stationId)) continue;
    const member = members.get(grant.openid) ?? { openid: grant.openid, stations: [] };
    if (!member.stations.some((station) => station.id === grant.stationId)) {
      member.stations.push({ id: grant.stationId, name: names.get(grant.stationId)! });
    }
    members.set(grant.openid, member);
  }
  for (const member of members.values()) member.stations.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  return members;
}

export interface PoolFilter {
  stationId?: string;
  outOfProvince?: boolean;
}

/** The members the station and 省外 filters keep (the text search is the database's). */
export function filterPool(
  members: Iterable<PoolMember>,
  provinces: ReadonlyMap<string, Pick<UserProfile, 'province'>>,
  filter: PoolFilter,
): string[] {
  const kept: string[] = [];
  for (const member of members) {
    if (filter.stationId && !member.stations.some((station) => station.id === filter.stationId)) continue;
    if (filter.outOfProvince && !isOutOfProvince(provinces.get(member.openid) ?? null)) continue;
    kept.push(member.openid);
  }
  return kept;
}

/** The figures above the list: the whole pool and, of it, the experts from outside Guizhou. */
export function poolCounts(
  openids: readonly string[],
  provinces: ReadonlyMap<string, Pick<UserProfile, 'province'>>,
): { experts: number; outOfProvince: number } {
  return {
    experts: openids.length,
    outOfProvince: openids.filter((openid) => isOutOfProvince(provinces.get(openid) ?? null)).length,
  };
}
