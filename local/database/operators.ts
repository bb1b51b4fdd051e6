import Ajv from 'ajv';
import { computeValue, Context, type Options } from 'mingo/core';
import { resolve } from 'mingo/util';
import {
  angleBetween,
  assertValidPosition,
  distanceMetres,
  isGeoJson,
  positionOf,
  positionsOf,
  within,
  type Position,
} from './geo';

/*
 * Where mingo, which evaluates queries and pipelines here, answers otherwise than CloudBase's
 * MongoDB: operators it lacks (geo, $indexOfCP), operators it computes differently ($week,
 * $substrBytes with a negative count), $jsonSchema (it needs a validator), and $elemMatch on a
 * sub-document condition (mingo 6.7.2 also matches arrays of numbers and strings).
 */

type Doc = Record<string, unknown>;
type FieldTest = (value: unknown, argument: Doc) => boolean;

/** A query operator on one field, in mingo's shape: selector and argument in, a predicate out. */
const onField =
  (test: FieldTest) =>
  (selector: string, argument: Doc): ((doc: Doc) => boolean) =>
  (doc) =>
    test(resolve(doc, selector), argument);

function geometryOf(argument: Doc, operator: string): Doc {
  const geometry = argument.$geometry;
  if (!isGeoJson(geometry)) throw new Error(`${operator} needs $geometry`);
  return geometry as unknown as Doc;
}

/** `geoNear` in a query: the field's point within the distances (metres) of the given point. */
const $nearSphere: FieldTest = (value, argument) => {
  const centre = positionOf(geometryOf(argument, '$nearSphere'));
  const position = positionOf(value);
  if (!centre || !position) return false;
  const metres = distanceMetres(centre, position);
  const max = typeof argument.$maxDistance === 'number' ? argument.$maxDistance : Infinity;
  const min = typeof argument.$minDistance === 'number' ? argument.$minDistance : 0;
  return metres <= max && metres >= min;
};

/** `geoWithin`: inside a polygon, or within a spherical cap given as [centre, radius in radians]. */
const $geoWithin: FieldTest = (value, argument) => {
  if (argument.$centerSphere !== undefined) {
    const [centre, radius] = argument.$centerSphere as [Position, number];
    if (!positionOf(centre) || typeof radius !== 'number' || radius < 0) {
      throw new Error('$centerSphere takes [[longitude, latitude], radius in radians]');
    }
    assertValidPosition(centre, '$centerSphere');
    const positions = positionsOf(value);
    return positions.length > 0 && positions.every((position) => angleBetween(centre, position) <= radius);
  }
  return within(value, geometryOf(argument, '$geoWithin') as never);
};

/** `geoIntersects` for the points it is used with: a point inside, or one of the geometry's points. */
const $geoIntersects: FieldTest = (value, argument) => {
  const geometry = geometryOf(argument, '$geoIntersects');
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    return positionsOf(value).some((position) => within(position, geometry as never));
  }
  const targets = positionsOf(geometry).map((position) => position.join(','));
  return positionsOf(value).some((position) => targets.includes(position.join(',')));
};

const DAY_MS = 86_400_000;

/** Week of the year, weeks starting on Sunday; the days before the first Sunday are week 0 (UTC, as MongoDB). */
function $week(obj: Doc, expr: unknown, options: Options): number | null {
  const value = computeValue(obj, expr, null, options);
  const date = value instanceof Date ? value : (value as { date?: unknown })?.date;
  if (!(date instanceof Date)) return null;
  const dayOfYear = Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS);
  return Math.floor((dayOfYear + 7 - date.getUTCDay()) / 7);
}

/** Like $indexOfBytes, in code points. */
function $indexOfCP(obj: Doc, expr: unknown, options: Options): number | null {
  const [text, search, start = 0, end] = computeValue(obj, expr, null, options) as [unknown, unknown, number?, number?];
  if (text === null || text === undefined) return null;
  if (typeof text !== 'string' || typeof search !== 'string') {
    throw new Error('$indexOfCP requires a string as the first and second argument');
  }
  const points = Array.from(text);
  const stop = end ?? points.length;
  if (start > stop) return -1;
  const found = points.slice(start, stop).join('').indexOf(search);
  return found === -1 ? -1 : Array.from(points.slice(start, stop).join('').slice(0, found)).length + start;
}

/** A negative count takes the rest of the string from the index. */
function $substrBytes(obj: Doc, expr: unknown, options: Options): string {
  const [text, index, count] = computeValue(obj, expr, null, options) as [unknown, number, number];
  const bytes = Buffer.from(typeof text === 'string' ? text : '', 'utf8');
  if (!(index >= 0) || typeof count !== 'number') throw new Error('$substrBytes: invalid arguments');
  const end = count < 0 ? bytes.length : Math.min(bytes.length, index + count);
  const continuation = (at: number) => at < bytes.length && (bytes[at] & 0xc0) === 0x80;
  if (continuation(index) || continuation(end)) {
    throw new Error(`$substrBytes: Invalid range, starting index is a UTF-8 continuation byte.`);
  }
  return bytes.subarray(index, end).toString('utf8');
}

/** Above this many values a `$in` is looked up in a set: mingo hashes every value again for each document. */
const SET_LOOKUP_FROM = 16;

/** `$in` over strings and numbers, as a set: the same answer, once per document instead of once per value. */
const $inSet: FieldTest = (value, argument) => {
  const values = argument.values as Set<unknown>;
  return Array.isArray(value) ? value.some((element) => values.has(element)) : values.has(value);
};

const context = Context.init({
  query: {
    $inSet: onField($inSet),
    $nearSphere: onField($nearSphere),
    $near: onField($nearSphere),
    $geoWithin: onField($geoWithin),
    $geoIntersects: onField($geoIntersects),
  },
  expression: { $week, $indexOfCP, $substrBytes },
} as Parameters<typeof Context.init>[0]);

/** MongoDB's $jsonSchema is draft 4 with `bsonType`; documents hold dates and ObjectIds. */
const ajv = new Ajv({ strict: false, validateSchema: false });
ajv.addKeyword({
  keyword: 'bsonType',
  validate: (type: string | string[], data: unknown) => {
    const types = Array.isArray(type) ? type : [type];
    return types.some((name) => bsonTypeOf(data) === name || (name === 'number' && typeof data === 'number'));
  },
});

function bsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'object' && (value as { _bsontype?: string })._bsontype === 'ObjectId') return 'objectId';
  return 'object';
}

/** What every mingo call here is given: the operators above over mingo's own, and a schema validator. */
export const MINGO_OPTIONS: Partial<Options> = {
  context,
  useGlobalContext: true,
  jsonSchemaValidator: (schema) => {
    const validate = ajv.compile(schema);
    return (doc) => validate(doc) as boolean;
  },
};

/** Only embedded documents, as MongoDB's $elemMatch with a field condition takes. */
const EMBEDDED_DOCUMENT = { $expr: { $eq: [{ $type: '$$ROOT' }, 'object'] } };

/** A long list of strings and numbers (no null, which also matches a missing field). */
function isManyPrimitives(value: unknown): value is Array<string | number> {
  return (
    Array.isArray(value) &&
    value.length > SET_LOOKUP_FROM &&
    value.every((element) => typeof element === 'string' || typeof element === 'number')
  );
}

/**
 * The criteria as mingo should see them: an $elemMatch whose condition names fields is kept to
 * embedded documents (mingo 6.7.2 matches `[1, 2]` against `{ $elemMatch: { value: { $gt: 0 } } }`),
 * and a long `$in` of strings and numbers is looked up in a set.
 */
export function forMingo(criteria: unknown): unknown {
  if (Array.isArray(criteria)) return criteria.map(forMingo);
  if (criteria === null || typeof criteria !== 'object' || Object.getPrototypeOf(criteria) !== Object.prototype) {
    return criteria;
  }
  return Object.fromEntries(
    Object.entries(criteria as Doc).map(([key, value]) => {
      if (key === '$in' && isManyPrimitives(value)) return ['$inSet', { values: new Set(value) }];
      if (key !== '$elemMatch' || value === null || typeof value !== 'object') return [key, forMingo(value)];
      const condition = forMingo(value) as Doc;
      const namesFields = Object.keys(condition).some((name) => !name.startsWith('$'));
      return [key, namesFields ? { $and: [condition, EMBEDDED_DOCUMENT] } : condition];
    }),
  );
}

interface GeoNearStage {
  near: unknown;
  distanceField: string;
  spherical?: boolean;
  maxDistance?: number;
  minDistance?: number;
  query?: Doc;
  key?: string;
  includeLocs?: string;
  distanceMultiplier?: number;
}

/**
 * The $geoNear stage, which must come first: the documents whose point field (`key`, else the
 * first field holding a point) lies within the distances, matching `query`, nearest first, each
 * with its distance in metres and, if asked, the point it was measured to.
 */
export function geoNear<T extends Doc>(
  docs: T[],
  stage: GeoNearStage,
  matches: (query: Doc) => (doc: T) => boolean,
): T[] {
  const centre = positionOf(stage.near);
  if (!centre || typeof stage.distanceField !== 'string') throw new Error('$geoNear requires near and distanceField');
  assertValidPosition(centre, '$geoNear');
  const keep = stage.query ? matches(stage.query) : () => true;
  const fieldOf = (doc: Doc) => stage.key ?? Object.keys(doc).find((name) => positionOf(doc[name]) !== null);
  const placed = docs.flatMap((doc) => {
    const field = fieldOf(doc);
    const point = field ? positionOf(resolve(doc, field)) : null;
    if (!point || !keep(doc)) return [];
    const metres = distanceMetres(centre, point);
    if (metres > (stage.maxDistance ?? Infinity) || metres < (stage.minDistance ?? 0)) return [];
    return [{ doc, field: field!, metres }];
  });
  return placed
    .sort((a, b) => a.metres - b.metres)
    .map(({ doc, field, metres }) => ({
      ...doc,
      [stage.distanceField]: metres * (stage.distanceMultiplier ?? 1),
      ...(stage.includeLocs && { [stage.includeLocs]: resolve(doc, field) }),
    }));
}

const nearSphereField = (criteria: Doc) =>
  Object.entries(criteria).find(
    ([field, condition]) =>
      !field.startsWith('$') && typeof condition === 'object' && condition !== null && '$nearSphere' in condition,
  );

export const hasNearSphere = (criteria: Doc): boolean => nearSphereField(criteria) !== undefined;

/** The matching documents nearest first, when the query has a top-level `$nearSphere`; otherwise null. */
export function nearestFirst<T extends Doc>(matching: T[], criteria: Doc): T[] | null {
  const near = nearSphereField(criteria);
  if (!near) return null;
  const [field, condition] = near as [string, { $nearSphere: Doc }];
  const centre = positionOf(geometryOf(condition.$nearSphere, '$nearSphere'))!;
  const distance = (doc: T) => distanceMetres(centre, positionOf(resolve(doc, field))!);
  return matching
    .map((doc) => ({ doc, metres: distance(doc) }))
    .sort((a, b) => a.metres - b.metres)
    .map(({ doc }) => doc);
}
