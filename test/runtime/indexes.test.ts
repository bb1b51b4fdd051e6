import { startSdkTarget, type SdkTarget } from '../support/sdkTarget';

/**
 * The local runtime with declared indexes, through the real wx-server-sdk: the same documents in
 * a collection with indexes and in one without answer every query alike (order, ties at the
 * limit, skip, count, update, remove, a leading $match), and only the queries on the collection
 * without them are reported as scans.
 */
const INDEXED = 'indexed';
const PLAIN = 'plain';
const keys = (...fields: string[]) => fields.map((field) => ({ field, direction: 1 as const }));

let target: SdkTarget;
const db = () => target.cloud.database();
type Rows = { data: Array<Record<string, unknown>> };

beforeAll(async () => {
  target = await startSdkTarget({
    indexes: {
      [INDEXED]: [
        { name: 'station_status_at', keys: keys('stationId', 'status', 'at') },
        { name: 'status_at', keys: keys('status', 'at') },
        { name: 'year_station', keys: keys('year', 'stationId') },
      ],
    },
  });
  const rows = Array.from({ length: 240 }, (_, n) => ({
    _id: `r${String(n).padStart(3, '0')}`,
    stationId: `st-${n % 6}`,
    status: ['confirmed', 'pending', 'open'][n % 3],
    year: 2025 + (n % 2),
    // Six rows share each instant: a limit cuts through ties.
    at: new Date(Date.UTC(2026, 2, 1) + Math.floor(n / 6) * 3_600_000).toISOString(),
    n,
  }));
  for (const name of [INDEXED, PLAIN]) {
    await db().createCollection(name);
    await target.local!.store.insertMany(name, rows);
  }
});
afterAll(() => target.stop());

type Collection = ReturnType<ReturnType<SdkTarget['database']>['collection']>;
type Query = (collection: Collection) => unknown;

/** Runs one query on both collections and answers both results. */
async function both(query: Query): Promise<[unknown, unknown]> {
  const indexed = await (query(db().collection(INDEXED)) as Promise<unknown>);
  const plain = await (query(db().collection(PLAIN)) as Promise<unknown>);
  return [indexed, plain];
}

const idsOf = (result: unknown) => (result as Rows).data.map((row) => row._id);

describe('queries answered from an index', () => {
  beforeEach(() => target.local!.resetScans());

  it('answer alike with an order, a limit that cuts through ties, and a skip', async () => {
    const _ = db().command;
    const [several, severalPlain] = await both((c) =>
      c
        .where({ stationId: _.in(['st-1', 'st-2']), status: _.in(['open', 'pending']) })
        .orderBy('at', 'desc')
        .orderBy('n', 'asc')
        .skip(3)
        .limit(7)
        .get(),
    );
    expect(idsOf(several)).toEqual(idsOf(severalPlain));
    expect(idsOf(several)).toHaveLength(7);

    const [walked, sorted] = await both((c) => c.where({ status: 'open' }).orderBy('at', 'asc').skip(2).limit(5).get());
    expect(idsOf(walked)).toEqual(idsOf(sorted));

    // Backwards through ties: which of two equal rows comes first is the database's choice.
    const atOf = (result: unknown) => (result as Rows).data.map((row) => row.at);
    const [back, backPlain] = await both((c) => c.where({ status: 'open' }).orderBy('at', 'desc').limit(5).get());
    expect(atOf(back)).toEqual(atOf(backPlain));
    expect(target.local!.scans().map((scan) => scan.collection)).toEqual([PLAIN, PLAIN, PLAIN]);
  });

  it('answer alike with a range, a count, an $or and a leading $match', async () => {
    const _ = db().command;
    const from = '2026-03-01T10:00:00.000Z';
    const [ranged, rangedPlain] = await both((c) =>
      c
        .where({ status: 'confirmed', at: _.gte(from).and(_.lt('2026-03-02T00:00:00.000Z')) })
        .orderBy('at', 'asc')
        .get(),
    );
    expect(idsOf(ranged)).toEqual(idsOf(rangedPlain));
    expect(idsOf(ranged).length).toBeGreaterThan(0);

    const [counted, countedPlain] = await both((c) =>
      c.where({ year: 2026, stationId: _.in(['st-1', 'st-3']) }).count(),
    );
    expect(counted).toEqual(countedPlain);

    const [either, eitherPlain] = await both((c) =>
      c
        .where(
          _.or([
            { stationId: 'st-0', status: 'open' },
            { year: 2025, stationId: 'st-5' },
          ]),
        )
        .orderBy('n', 'asc')
        .get(),
    );
    expect(idsOf(either)).toEqual(idsOf(eitherPlain));

    const [grouped, groupedPlain] = await both((c) =>
      c
        .aggregate()
        .match({ year: 2026, stationId: _.in(['st-1', 'st-3', 'st-5']) })
        .group({ _id: '$stationId', visits: { $sum: 1 } })
        .sort({ _id: 1 })
        .end(),
    );
    expect((grouped as { list: unknown[] }).list).toEqual((groupedPlain as { list: unknown[] }).list);
    expect(target.local!.scans().filter((scan) => scan.collection === INDEXED)).toEqual([]);
  });

  it('keeps the index in step with updates and removals', async () => {
    const [updated] = await both((c) =>
      c.where({ stationId: 'st-4', status: 'pending' }).update({ data: { status: 'confirmed' } }),
    );
    expect((updated as { stats: { updated: number } }).stats.updated).toBeGreaterThan(0);
    const [pending, pendingPlain] = await both((c) => c.where({ stationId: 'st-4', status: 'pending' }).count());
    expect(pending).toEqual({ total: 0, errMsg: expect.any(String) });
    expect(pending).toEqual(pendingPlain);
    await both((c) => c.where({ stationId: 'st-4', status: 'confirmed', year: 2025 }).remove());
    const [left, leftPlain] = await both((c) => c.where({ stationId: 'st-4' }).orderBy('n', 'asc').get());
    expect(idsOf(left)).toEqual(idsOf(leftPlain));
  });

  it('reports a query no index serves as a scan, with its fields and order', async () => {
    await db().collection(INDEXED).where({ n: 5 }).orderBy('at', 'asc').get();
    expect(target.local!.scans()).toEqual([
      { collection: INDEXED, action: 'database.getDocument', fields: ['n'], order: ['at'] },
    ]);
  });
});
