import { CollectionIndex, compareValues, IndexSet, valuesAt, type IndexSpec } from '../../local/database/indexes';
import { planQuery, type Plan } from '../../local/database/planner';
import { findDocuments } from '../../local/database/query';
import type { Doc } from '../../local/ejson';

/**
 * The local runtime's index selection, without I/O: which declared index a query uses, which
 * documents it touches, and that a query no index serves still answers the same, as a scan.
 */
const index = (name: string, ...fields: string[]): IndexSpec => ({
  name,
  keys: fields.map((field) => ({ field, direction: 1 as const })),
});

const VISIT_INDEXES = [
  index('station_status_at', 'stationId', 'status', 'checkIn.at'),
  index('status_at', 'status', 'checkIn.at'),
  index('year_status_station', 'year', 'status', 'stationId'),
  index('expert_at', 'expertOpenid', 'checkIn.at'),
];

function visit(n: number): Doc {
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    _id: `v${String(n).padStart(4, '0')}`,
    stationId: `st-${n % 10}`,
    expertOpenid: `ex-${n % 7}`,
    status: ['confirmed', 'pending', 'open'][n % 3],
    year: 2025 + (n % 2),
    checkIn: { at: `2026-03-${day}T0${n % 10}:00:00.000Z` },
    tags: n % 4 === 0 ? ['steel', 'energy'] : ['energy'],
  };
}

const docs = new Map<string, Doc>(Array.from({ length: 600 }, (_, n) => visit(n)).map((doc) => [String(doc._id), doc]));
const indexes = new IndexSet();
indexes.created('visits', docs);
indexes.define('visits', VISIT_INDEXES, docs);
const all = indexes.of('visits');

/** The documents a plan looks at, in the order it finds them. */
function found(plan: Plan, from: Map<string, Doc>): Doc[] {
  if (plan.kind === 'scan') return [...from.values()];
  if (plan.kind === 'index') return [...plan.index.keysIn(plan.ranges, plan.reversed)].map((key) => from.get(key)!);
  return [...new Set(plan.plans.flatMap((branch) => found(branch, from)))];
}

const touched = (plan: Plan) => found(plan, docs).map((doc) => String(doc._id));

/** Without an order, a database answers in whatever order it found the documents: compare as sets. */
const inOrder = (ids: unknown[], order?: Record<string, 1 | -1>) => (order ? ids : [...ids].sort());
const usedIndex = (plan: Plan) => (plan.kind === 'index' ? plan.index.spec.name : plan.kind);
const brute = (criteria: Record<string, unknown>, order?: Record<string, 1 | -1>) =>
  inOrder(
    findDocuments(docs.values(), criteria, { order, limit: 10_000 }).map((doc) => doc._id),
    order,
  );
const viaPlan = (criteria: Record<string, unknown>, order?: Record<string, 1 | -1>) =>
  inOrder(
    findDocuments(
      touched(planQuery(all, criteria, order)).map((key) => docs.get(key)!),
      criteria,
      { order, limit: 10_000 },
    ).map((doc) => doc._id),
    order,
  );

describe('choosing an index', () => {
  it('uses the index with the longest run of equal keys and touches only its matches', () => {
    const criteria = { stationId: 'st-3', status: 'confirmed' };
    const plan = planQuery(all, criteria);
    expect(usedIndex(plan)).toBe('station_status_at');
    const keys = touched(plan);
    expect(keys.length).toBe(brute(criteria).length);
    expect(viaPlan(criteria)).toEqual(brute(criteria));
  });

  it('answers a range on the key after the equal ones', () => {
    const criteria = { status: 'open', 'checkIn.at': { $gte: '2026-03-10', $lt: '2026-03-12' } };
    const plan = planQuery(all, criteria);
    expect(usedIndex(plan)).toBe('status_at');
    expect(touched(plan).length).toBe(brute(criteria).length);
    expect(brute(criteria).length).toBeGreaterThan(0);
    expect(viaPlan(criteria, { 'checkIn.at': 1 })).toEqual(brute(criteria, { 'checkIn.at': 1 }));
  });

  it('makes one range of two ends given in separate conditions', () => {
    const criteria = {
      $and: [{ status: 'open' }, { 'checkIn.at': { $gte: '2026-03-10' } }, { 'checkIn.at': { $lt: '2026-03-12' } }],
    };
    const plan = planQuery(all, criteria);
    expect(touched(plan).length).toBe(brute(criteria).length);
    expect(viaPlan(criteria)).toEqual(brute(criteria));
  });

  it('treats exclusive and inclusive ends as the query does', () => {
    for (const range of [
      { $gt: '2026-03-10T00:00:00.000Z' },
      { $gte: '2026-03-10T00:00:00.000Z' },
      { $lte: '2026-03-05T05:00:00.000Z' },
      { $lt: '2026-03-05T05:00:00.000Z' },
    ]) {
      const criteria = { status: 'pending', 'checkIn.at': range };
      expect(viaPlan(criteria)).toEqual(brute(criteria));
    }
  });

  it('expands $in on a leading key into one range per value', () => {
    const criteria = { year: 2026, status: { $in: ['confirmed', 'pending'] }, stationId: { $in: ['st-1', 'st-2'] } };
    const plan = planQuery(all, criteria);
    expect(usedIndex(plan)).toBe('year_status_station');
    expect(plan.kind === 'index' && plan.ranges.length).toBe(4);
    expect(touched(plan).length).toBe(brute(criteria).length);
  });

  it('serves an order from the index after its equal keys, forward and backward', () => {
    const criteria = { stationId: 'st-4', status: 'confirmed' };
    for (const direction of [1, -1] as const) {
      const plan = planQuery(all, criteria, { 'checkIn.at': direction });
      expect(plan.kind === 'index' && plan.servesOrder).toBe(true);
      expect(plan.kind === 'index' && plan.reversed).toBe(direction === -1);
      const walked = touched(plan).map((key) => docs.get(key)!.checkIn as { at: string });
      const sorted = [...walked].sort((a, b) => compareValues(a.at, b.at) * direction);
      expect(walked).toEqual(sorted);
    }
  });

  it('unions the branches of an $or when each has an index', () => {
    const criteria = { $or: [{ expertOpenid: 'ex-1' }, { stationId: 'st-2', status: 'open' }] };
    const plan = planQuery(all, criteria);
    expect(plan.kind).toBe('union');
    expect(viaPlan(criteria)).toEqual(brute(criteria));
  });

  it('finds an $or inside an $and through each branch with the conditions beside it', () => {
    const criteria = {
      $and: [{ tags: 'energy' }, { $or: [{ stationId: 'st-1', year: 2026 }, { expertOpenid: 'ex-2' }] }],
    };
    const plan = planQuery(all, criteria);
    expect(plan.kind).toBe('union');
    expect(viaPlan(criteria)).toEqual(brute(criteria));
  });

  it('reads a case-sensitive anchored regular expression as a range of its literal start', () => {
    const byName = new IndexSet();
    const names = new Map<string, Doc>(
      ['贵阳铝业', '贵阳钢铁', '遵义化工', '贵州大学', 'a.b公司', 'axb公司'].map((name, i) => [
        `n${i}`,
        { _id: `n${i}`, name },
      ]),
    );
    byName.created('c', names);
    byName.define('c', [index('name', 'name')], names);
    const find = (regex: RegExp) => {
      const plan = planQuery(byName.of('c'), { name: regex });
      const matched = findDocuments(found(plan, names), { name: regex }, { limit: 100 }).map((doc) => String(doc.name));
      return { kind: plan.kind === 'index' ? plan.index.spec.name : plan.kind, found: matched.sort() };
    };
    expect(find(/^贵阳/)).toEqual({ kind: 'name', found: ['贵阳钢铁', '贵阳铝业'] });
    expect(find(/^a\.b/)).toEqual({ kind: 'name', found: ['a.b公司'] });
    expect(find(/^贵阳?州/).found).toEqual(['贵州大学']);
    expect(find(/^贵阳/i).kind).toBe('scan');
    expect(find(/阳/).kind).toBe('scan');
  });

  it('scans a query no index serves, and still answers it', () => {
    for (const criteria of [
      { tags: 'steel' },
      { stationId: { $ne: 'st-1' } },
      { $or: [{ expertOpenid: 'ex-1' }, { tags: 'steel' }] },
    ]) {
      expect(planQuery(all, criteria).kind).toBe('scan');
      expect(viaPlan(criteria)).toEqual(brute(criteria));
    }
  });

  it('does not use an index whose first key the query leaves open', () => {
    expect(planQuery(all, { status: 'open' }).kind === 'index' && usedIndex(planQuery(all, { status: 'open' }))).toBe(
      'status_at',
    );
    expect(planQuery(all, { 'checkIn.at': { $gt: '2026-03-01' } }).kind).toBe('scan');
  });
});

describe('keeping an index in step', () => {
  it('finds a document after it is changed and not under its old values', () => {
    const set = new IndexSet();
    const local = new Map<string, Doc>([['a', { _id: 'a', status: 'open', at: 1 }]]);
    set.created('c', local);
    set.define('c', [index('status_at', 'status', 'at')], local);
    const [, byStatus] = set.of('c');
    const next = { _id: 'a', status: 'confirmed', at: 2 };
    set.changed('c', 'a', local.get('a'), next);
    local.set('a', next);
    const keysFor = (status: string) => [
      ...byStatus.keysIn(byStatus.ranges(new Map([['status', { values: [status] }]]))!.ranges),
    ];
    expect(keysFor('open')).toEqual([]);
    expect(keysFor('confirmed')).toEqual(['a']);
    set.changed('c', 'a', next, undefined);
    expect(keysFor('confirmed')).toEqual([]);
  });

  it('indexes each element of an array, a missing field as null, and a null query finds both', () => {
    const byTag = new CollectionIndex(index('tags', 'tags'));
    byTag.add('a', { _id: 'a', tags: ['x', 'y'] });
    byTag.add('b', { _id: 'b' });
    byTag.add('c', { _id: 'c', tags: null });
    const find = (value: unknown) => [...byTag.keysIn(byTag.ranges(new Map([['tags', { values: [value] }]]))!.ranges)];
    expect(find('y')).toEqual(['a']);
    expect(find(null).sort()).toEqual(['b', 'c']);
    expect(valuesAt({ a: [{ b: 1 }, { b: 2 }] }, 'a.b')).toEqual([1, 2]);
  });

  it('orders values across types as MongoDB does', () => {
    const values = [true, 'b', 2, null, new Date(0), 'a', 1];
    expect([...values].sort(compareValues)).toEqual([null, 1, 2, 'a', 'b', true, new Date(0)]);
  });
});
