import type { GeoPoint } from '../../types/domain';

/** Great-circle distance in metres, to sort stations nearest first (the server judges check-in itself). */
export function distanceM(a: GeoPoint, b: GeoPoint): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** One rule for the phone and the server's messages (the catalogue's). */
export { formatDistance } from '../../types/catalogue';

/** Stations with their distance from the phone, nearest first; without a fix, in the order given. */
export function nearestFirst<T extends { location: GeoPoint }>(
  places: readonly T[],
  from: GeoPoint | null,
): Array<{ place: T; distanceM: number | null }> {
  const measured = places.map((place) => ({ place, distanceM: from ? distanceM(from, place.location) : null }));
  return from ? measured.sort((a, b) => (a.distanceM ?? 0) - (b.distanceM ?? 0)) : measured;
}
