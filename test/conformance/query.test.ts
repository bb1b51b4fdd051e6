import { startSdkTarget, targetName, type SdkTarget } from '../support/sdkTarget';

type Row = Record<string, unknown>;
/** The SDK declares `Promise | void | string`; at run time every call here is a promise. */
const result = <T = { data: Row[] }>(call: unknown) => call as Promise<T>;

let target: SdkTarget;
let coll: string;
const db = () => target.cloud.database();

beforeAll(async () => {
  target = await startSdkTarget();
  coll = await target.freshCollection('query');
  const rows = [
    { _id: 'a', n: 1, tag: 'x', nested: { level: 2, city: '贵阳' }, list: [1, 2] },
    { _id: 'b', n: 2, tag: 'y', nested: { level: 1, city: '遵义' } },
    { _id: 'c', n: 3, tag: 'x', nested: { level: 1, city: '贵阳' }, optional: true },
    { _id: 'd', n: 4, tag: 'z', nested: { level: 2, city: '安顺' } },
  ];
  for (const row of rows) await result(db().collection(coll).add({ data: row }));
});
afterAll(() => target.stop());

const ids = async (query: unknown) => (await result(query)).data.map((row) => row._id);

describe(`queries on ${targetName()}`, () => {
  it('answers a long $in on a field and on an array field as a short one', async () => {
    const _ = db().command;
    const c = db().collection(coll);
    const many = (...wanted: number[]) => [...wanted, ...Array.from({ length: 20 }, (_unused, i) => 100 + i)];
    expect(
      await ids(
        c
          .where({ n: _.in(many(1, 3)) })
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['a', 'c']);
    expect(await ids(c.where({ list: _.in(many(2)) }).get())).toEqual(['a']);
    expect(await ids(c.where({ tag: _.in(['z', ...many().map(String)]) }).get())).toEqual(['d']);
  });

  it('compares with gt, gte, lt, lte, neq', async () => {
    const _ = db().command;
    const c = db().collection(coll);
    expect(
      await ids(
        c
          .where({ n: _.gt(2) })
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['c', 'd']);
    expect(
      await ids(
        c
          .where({ n: _.gte(2).and(_.lte(3)) })
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['b', 'c']);
    expect(await ids(c.where({ n: _.lt(2) }).get())).toEqual(['a']);
    expect(
      await ids(
        c
          .where({ tag: _.neq('x') })
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['b', 'd']);
  });

  it('matches in, nin, exists, or, and', async () => {
    const _ = db().command;
    const c = db().collection(coll);
    expect(
      await ids(
        c
          .where({ tag: _.in(['y', 'z']) })
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['b', 'd']);
    expect(
      await ids(
        c
          .where({ tag: _.nin(['x']) })
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['b', 'd']);
    expect(await ids(c.where({ optional: _.exists(true) }).get())).toEqual(['c']);
    expect(
      await ids(
        c
          .where(_.or([{ n: 1 }, { n: 4 }]))
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['a', 'd']);
    expect(await ids(c.where(_.and([{ tag: 'x' }, { n: _.gt(1) }])).get())).toEqual(['c']);
  });

  it('matches a regular expression, case-insensitive when asked', async () => {
    const c = db().collection(coll);
    const regexp = (pattern: string, options = '') => db().RegExp({ regexp: pattern, options });
    expect(
      await ids(
        c
          .where({ tag: regexp('^[xy]$') })
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['a', 'b', 'c']);
    expect(await ids(c.where({ tag: regexp('Z') }).get())).toEqual([]);
    expect(await ids(c.where({ tag: regexp('Z', 'i') }).get())).toEqual(['d']);
    expect(
      await ids(
        c
          .where({ 'nested.city': regexp('贵') })
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['a', 'c']);
  });

  it('reaches nested fields by dot path and by nested object', async () => {
    const c = db().collection(coll);
    expect(await ids(c.where({ 'nested.city': '贵阳' }).orderBy('n', 'asc').get())).toEqual(['a', 'c']);
    expect(
      await ids(
        c
          .where({ nested: { level: 2 } })
          .orderBy('n', 'asc')
          .get(),
      ),
    ).toEqual(['a', 'd']);
  });

  it('orders on several fields, skips, limits and projects', async () => {
    const c = db().collection(coll);
    expect(await ids(c.orderBy('nested.level', 'asc').orderBy('n', 'desc').get())).toEqual(['c', 'b', 'd', 'a']);
    expect(await ids(c.orderBy('n', 'asc').skip(1).limit(2).get())).toEqual(['b', 'c']);
    const { data } = await result(c.where({ _id: 'a' }).field({ n: true }).get());
    expect(data).toEqual([{ _id: 'a', n: 1 }]);
  });

  it('counts', async () => {
    const { total } = await result<{ total: number }>(db().collection(coll).where({ tag: 'x' }).count());
    expect(total).toBe(2);
  });

  it('keeps $elemMatch on a field condition to embedded documents', async () => {
    const c = db().collection(coll);
    const _ = db().command;
    expect(await ids(c.where({ list: _.elemMatch({ value: _.gt(0) }) }).get())).toEqual([]);
    expect(await ids(c.where({ list: _.elemMatch(_.gt(1)) }).get())).toEqual(['a']);
  });

  it('answers an operator it cannot run as a failed request naming it, never an HTTP 500', async () => {
    const c = db().collection(coll);
    await expect(result(c.where({ n: { $noSuchOperator: 1 } } as never).get())).rejects.toThrow(/\$noSuchOperator/);
  });

  it('answers a geoNear query nearest first within its distances', async () => {
    const c = db().collection(coll);
    const _ = db().command;
    const at = (longitude: number, latitude: number) => new (db().Geo.Point)(longitude, latitude);
    for (const [id, longitude] of [
      ['far', 106.7],
      ['middle', 106.65],
      ['near', 106.631],
    ] as const) {
      await result(c.add({ data: { _id: `geo-${id}`, spot: at(longitude, 26.6785) } }));
    }
    const found = await ids(c.where({ spot: _.geoNear({ geometry: at(106.6328, 26.6785), maxDistance: 5000 }) }).get());
    expect(found).toEqual(['geo-near', 'geo-middle']);
  });
});
