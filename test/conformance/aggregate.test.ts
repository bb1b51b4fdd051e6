import { startSdkTarget, targetName, type SdkTarget } from '../support/sdkTarget';

type Row = Record<string, unknown>;
const result = <T = { list: Row[] }>(call: unknown) => call as Promise<T>;

let target: SdkTarget;
let visits: string;
let experts: string;
let many: string;
const db = () => target.cloud.database();

beforeAll(async () => {
  target = await startSdkTarget();
  [visits, experts, many] = await Promise.all(['visits', 'experts', 'many'].map((p) => target.freshCollection(p)));
  const rows = [
    { station: 's1', expert: 'e1', hours: 2, tags: ['a', 'b'] },
    { station: 's1', expert: 'e2', hours: 4, tags: ['a'] },
    { station: 's1', expert: 'e1', hours: 6, tags: [] },
    { station: 's2', expert: 'e3', hours: 1, tags: ['c'] },
  ];
  for (const row of rows) await result(db().collection(visits).add({ data: row }));
  for (const [id, name] of [
    ['e1', '陈静'],
    ['e2', '周涛'],
    ['e3', '孙丽'],
  ]) {
    await result(
      db()
        .collection(experts)
        .add({ data: { _id: id, name } }),
    );
  }
  for (let i = 0; i < 1100; i += 10) {
    const batch = Array.from({ length: 10 }, (_, k) => ({ i: i + k }));
    await Promise.all(batch.map((data) => result(db().collection(many).add({ data }))));
  }
}, 60_000);
afterAll(() => target.stop());

describe(`aggregation on ${targetName()}`, () => {
  it('groups with sum, avg, max, min, addToSet and push', async () => {
    const $ = db().command.aggregate;
    const { list } = await result(
      db()
        .collection(visits)
        .aggregate()
        .match({ station: 's1' })
        .group({
          _id: '$station',
          visits: $.sum(1),
          hours: $.sum('$hours'),
          average: $.avg('$hours'),
          longest: $.max('$hours'),
          shortest: $.min('$hours'),
          experts: $.addToSet('$expert'),
          all: $.push('$hours'),
        })
        .limit(10)
        .end(),
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      _id: 's1',
      visits: 3,
      hours: 12,
      average: 4,
      longest: 6,
      shortest: 2,
      all: [2, 4, 6],
    });
    expect((list[0].experts as string[]).sort()).toEqual(['e1', 'e2']);
  });

  it('sorts, skips, projects, unwinds and counts', async () => {
    const { list } = await result(
      db()
        .collection(visits)
        .aggregate()
        .match({ station: 's1' })
        .unwind('$tags')
        .sort({ hours: 1 })
        .skip(1)
        .project({ _id: 0, tags: 1 })
        .limit(10)
        .end(),
    );
    expect(list).toEqual([{ tags: 'b' }, { tags: 'a' }]);
    const counted = await result(
      db().collection(visits).aggregate().match({ station: 's1' }).count('n').limit(1).end(),
    );
    expect(counted.list).toEqual([{ n: 3 }]);
  });

  it('joins with lookup', async () => {
    const { list } = await result(
      db()
        .collection(visits)
        .aggregate()
        .match({ station: 's2' })
        .lookup({ from: experts, localField: 'expert', foreignField: '_id', as: 'who' })
        .project({ _id: 0, expert: 1, 'who.name': 1 })
        .limit(10)
        .end(),
    );
    expect(list).toEqual([{ expert: 'e3', who: [{ name: '孙丽' }] }]);
  });

  it('returns 20 results when the pipeline has no limit stage', async () => {
    const { list } = await result(db().collection(many).aggregate().match({}).end());
    expect(list).toHaveLength(20);
  });
});

describe(`page sizes on ${targetName()}`, () => {
  it('returns 100 documents from get() by default', async () => {
    expect((await result<{ data: Row[] }>(db().collection(many).get())).data).toHaveLength(100);
  });

  it('returns at most 1000, whatever limit asks for', async () => {
    expect((await result<{ data: Row[] }>(db().collection(many).limit(5000).get())).data).toHaveLength(1000);
  });
});
