import type { GeoPoint } from '../../../../types/domain';

const EARTH_RADIUS_M = 6_371_008.8;

/** A fix less precise than this cannot tell a factory yard from the street outside it. */
export const MAX_ACCURACY_M = 200;
/**
 * How much of the reported accuracy is allowed in the person's favour: a phone honestly at the
 * gate with a 60 m fix may read 40 m outside the radius. Capped, so a coarse fix is no free pass.
 */
export const ACCURACY_ALLOWANCE_CAP_M = 50;

/**
 * Great-circle distance in metres (haversine). Station and phone both use GCJ-02, whose offset
 * from WGS-84 is nearly constant over a few kilometres, so the distance between them is true.
 */
export function distanceM(a: GeoPoint, b: GeoPoint): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type LocationVerdict =
  | { kind: 'too_coarse'; accuracyM: number }
  | { kind: 'on_site'; distanceM: number }
  | { kind: 'off_site'; distanceM: number };

/** Whether a fix puts the person at the station, allowing for its reported accuracy (capped). */
export function judgeLocation(
  station: { location: GeoPoint; radiusM: number },
  fix: GeoPoint,
  accuracyM: number,
): LocationVerdict {
  if (!(accuracyM <= MAX_ACCURACY_M)) return { kind: 'too_coarse', accuracyM };
  const distance = Math.round(distanceM(station.location, fix));
  const allowance = Math.min(Math.max(accuracyM, 0), ACCURACY_ALLOWANCE_CAP_M);
  return distance - allowance <= station.radiusM
    ? { kind: 'on_site', distanceM: distance }
    : { kind: 'off_site', distanceM: distance };
}
