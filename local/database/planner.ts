import type { CollectionIndex, FieldBounds, KeyRange } from './indexes';
import type { Criteria } from './query';

/** How a query finds its documents: one index's key ranges, the union of an `$or`'s branches, or every document. */
export type Plan =
  | {
      kind: 'index';
      index: CollectionIndex;
      ranges: KeyRange[];
      reversed: boolean;
      servesOrder: boolean;
      /** False for a walk of the whole index in the query's order: its conditions bound nothing. */
      bounded: boolean;
    }
  | { kind: 'union'; plans: Plan[] }
  | { kind: 'scan' };

export type Order = Record<string, 1 | -1>;

const isOperatorObject = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => key.startsWith('$'));

/** A value an index can be searched for as it is: not an embedded document or array (their match is exact). */
const isScalar = (value: unknown): boolean =>
  value === null ||
  typeof value !== 'object' ||
  value instanceof Date ||
  typeof (value as { toHexString?: unknown }).toHexString === 'function';

/** The literal start a case-sensitive regular expression anchored at `^` requires, if any. */
function literalPrefix(pattern: string, flags: string): string | null {
  if (!pattern.startsWith('^') || flags.includes('i') || flags.includes('m')) return null;
  let prefix = '';
  for (let i = 1; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\' && i + 1 < pattern.length && /[.*+?^${}()|[\]\\/]/.test(pattern[i + 1])) {
      prefix += pattern[i + 1];
      i += 1;
    } else if (/[.*+?^${}()|[\]\\]/.test(char)) {
      // A quantifier makes the character before it optional.
      if (/[*?{]/.test(char)) prefix = prefix.slice(0, -1);
      break;
    } else {
      prefix += char;
    }
  }
  return prefix || null;
}

/** An anchored prefix is a range of strings, as MongoDB searches an index for `^abc`. */
function prefixBounds(regex: RegExp): FieldBounds | null {
  const prefix = literalPrefix(regex.source, regex.flags);
  return prefix
    ? { low: { value: prefix, inclusive: true }, high: { value: `${prefix}\uffff`, inclusive: false } }
    : null;
}

/** What one field's condition bounds, or nothing an index can use. */
function fieldBounds(condition: unknown): FieldBounds | null {
  if (condition instanceof RegExp) return prefixBounds(condition);
  if (!isOperatorObject(condition)) return isScalar(condition) ? { values: [condition] } : null;
  const bounds: FieldBounds = {};
  for (const [operator, operand] of Object.entries(condition)) {
    switch (operator) {
      case '$eq':
        if (!isScalar(operand)) return null;
        bounds.values = [operand];
        break;
      case '$in':
        if (!Array.isArray(operand) || !operand.every(isScalar)) return null;
        bounds.values = operand;
        break;
      case '$exists':
        // A missing field is indexed as null: the null entries hold every document without it.
        if (operand === false) bounds.values = [null];
        break;
      case '$gt':
      case '$gte':
        if (isScalar(operand)) bounds.low = { value: operand, inclusive: operator === '$gte' };
        break;
      case '$lt':
      case '$lte':
        if (isScalar(operand)) bounds.high = { value: operand, inclusive: operator === '$lte' };
        break;
      case '$regex':
        if (operand instanceof RegExp) Object.assign(bounds, prefixBounds(operand) ?? {});
        break;
      case '$and':
        if (Array.isArray(operand)) {
          for (const part of operand) Object.assign(bounds, fieldBounds(part) ?? {});
        }
        break;
      default:
        break;
    }
  }
  return bounds.values || bounds.low || bounds.high ? bounds : null;
}

/** A query as the conditions that must all hold: its top-level `$and`s taken apart. */
function conjuncts(criteria: Criteria): Criteria[] {
  const plain: Criteria = {};
  const parts: Criteria[] = [plain];
  for (const [field, condition] of Object.entries(criteria)) {
    if (field === '$and' && Array.isArray(condition)) parts.push(...(condition as Criteria[]).flatMap(conjuncts));
    else plain[field] = condition;
  }
  return parts;
}

/**
 * The bounds the query's conditions on fields set, by field: the first exact values on a field
 * win; ends from separate conditions (`at >= a` and, beside it, `at < b`) make one range.
 */
function boundsOf(parts: readonly Criteria[]): Map<string, FieldBounds> {
  const bounds = new Map<string, FieldBounds>();
  for (const part of parts) {
    for (const [field, condition] of Object.entries(part)) {
      if (field.startsWith('$')) continue;
      const bound = fieldBounds(condition);
      if (!bound) continue;
      const known = bounds.get(field);
      if (!known) bounds.set(field, bound);
      else if (!known.values && !bound.values)
        bounds.set(field, { low: known.low ?? bound.low, high: known.high ?? bound.high });
    }
  }
  return bounds;
}

/** Whether walking this index (forward or back) gives the documents in the query's order. */
function orderServed(index: CollectionIndex, equalKeys: number, order: Order): { served: boolean; reversed: boolean } {
  const fields = Object.entries(order);
  if (fields.length === 0) return { served: false, reversed: false };
  const keys = index.spec.keys.slice(equalKeys);
  if (fields.length > keys.length) return { served: false, reversed: false };
  const same = fields.every(([field, direction], i) => keys[i].field === field && keys[i].direction === direction);
  const opposite = fields.every(([field, direction], i) => keys[i].field === field && keys[i].direction === -direction);
  return { served: same || opposite, reversed: opposite && !same };
}

/**
 * The index that bounds the query most (the longest run of equal keys, then a range on the
 * next), as a database's planner would pick among the declared ones; an `$or` is the union of
 * its branches' plans when every branch has one. A query nothing bounds is a scan.
 */
export function planQuery(indexes: readonly CollectionIndex[], criteria: Criteria, order: Order = {}): Plan {
  const parts = conjuncts(criteria);
  const bounds = boundsOf(parts);
  let best: { plan: Plan & { kind: 'index' }; score: number } | null = null;
  for (const index of indexes) {
    const found = index.ranges(bounds);
    if (!found) continue;
    const single = found.ranges.length === 1;
    const { served, reversed } = single
      ? orderServed(index, found.equalKeys, order)
      : { served: false, reversed: false };
    // Equal keys count most, a range next, serving the order breaks a tie; then the shorter index.
    const score = found.equalKeys * 4 + (found.ranged ? 2 : 0) + (served ? 1 : 0);
    if (
      !best ||
      score > best.score ||
      (score === best.score && index.spec.keys.length < best.plan.index.spec.keys.length)
    ) {
      best = {
        plan: { kind: 'index', index, ranges: found.ranges, reversed, servesOrder: served, bounded: true },
        score,
      };
    }
  }
  if (best) return best.plan;
  return eitherBranch(indexes, parts) ?? orderOnly(indexes, order);
}

/**
 * An `$or` among the conditions, each branch (with the conditions beside it) found through an
 * index: the union of what they find holds every match.
 */
function eitherBranch(indexes: readonly CollectionIndex[], parts: readonly Criteria[]): Plan | null {
  const besides = parts.map((part) => Object.fromEntries(Object.entries(part).filter(([field]) => field !== '$or')));
  for (const part of parts) {
    const branches = part.$or;
    if (!Array.isArray(branches)) continue;
    const plans = (branches as Criteria[]).map((branch) => planQuery(indexes, { $and: [branch, ...besides] }));
    if (plans.every((plan) => plan.kind !== 'scan' && !(plan.kind === 'index' && !plan.bounded))) {
      return { kind: 'union', plans };
    }
  }
  return null;
}

/** No condition bounds an index, but one holds the documents in the query's order: walk it. */
function orderOnly(indexes: readonly CollectionIndex[], order: Order): Plan {
  for (const index of indexes) {
    const { served, reversed } = orderServed(index, 0, order);
    if (served)
      return { kind: 'index', index, ranges: index.everything(), reversed, servesOrder: true, bounded: false };
  }
  return { kind: 'scan' };
}
