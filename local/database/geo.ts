/*
 * The geometry CloudBase's geo queries need, on a sphere as MongoDB's 2dsphere index has it:
 * distances in metres on a sphere of radius 6,378,100 m, angles computed from unit vectors the
 * way S2 computes them, so a distance agrees with the server's to the last bit where it can.
 */

/** The radius MongoDB's spherical geometry uses, in metres. */
export const EARTH_RADIUS_M = 6_378_100;

export type Position = [number, number];

interface GeoJson {
  type: string;
  coordinates: unknown;
}

const DEGREE = Math.PI / 180;

function unitVector([lng, lat]: Position): [number, number, number] {
  const phi = lat * DEGREE;
  const lambda = lng * DEGREE;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

/** The angle between two positions, in radians: atan2(|a×b|, a·b), as S2 measures it. */
export function angleBetween(a: Position, b: Position): number {
  const [ax, ay, az] = unitVector(a);
  const [bx, by, bz] = unitVector(b);
  const cross = Math.hypot(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx);
  return Math.atan2(cross, ax * bx + ay * by + az * bz);
}

export function distanceMetres(a: Position, b: Position): number {
  return angleBetween(a, b) * EARTH_RADIUS_M;
}

export function isGeoJson(value: unknown): value is GeoJson {
  return typeof value === 'object' && value !== null && typeof (value as GeoJson).type === 'string';
}

/** A legacy pair or a GeoJSON point, as a position; null for anything else. */
export function positionOf(value: unknown): Position | null {
  if (Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number')) {
    return value as Position;
  }
  if (isGeoJson(value) && value.type === 'Point') return positionOf(value.coordinates);
  return null;
}

/** Every position a GeoJSON geometry is made of. */
export function positionsOf(value: unknown): Position[] {
  const point = positionOf(value);
  if (point) return [point];
  if (!isGeoJson(value)) return [];
  const flatten = (coordinates: unknown): Position[] => {
    const position = positionOf(coordinates);
    if (position) return [position];
    return Array.isArray(coordinates) ? coordinates.flatMap(flatten) : [];
  };
  return flatten(value.coordinates);
}

/** Whether a position is within a ring (ray casting on longitude and latitude). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside a polygon's outer ring and outside its holes. */
function inPolygon(position: Position, rings: Position[][]): boolean {
  const [outer, ...holes] = rings;
  return inRing(position, outer) && !holes.some((hole) => inRing(position, hole));
}

/** Whether every position of `value` lies within the Polygon or MultiPolygon `area`. */
export function within(value: unknown, area: GeoJson): boolean {
  const polygons =
    area.type === 'Polygon'
      ? [area.coordinates as Position[][]]
      : area.type === 'MultiPolygon'
        ? (area.coordinates as Position[][][])
        : null;
  if (!polygons) throw new Error(`$geoWithin takes a Polygon or a MultiPolygon, not ${area.type}`);
  const positions = positionsOf(value);
  return positions.length > 0 && positions.every((position) => polygons.some((rings) => inPolygon(position, rings)));
}

/** A longitude and latitude a sphere has. */
export function assertValidPosition([lng, lat]: Position, operator: string): void {
  if (!(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) {
    throw new Error(`${operator}: longitude/latitude is out of bounds, lng: ${lng} lat: ${lat}`);
  }
}
