import { startSdkTarget, targetName, type SdkTarget } from '../support/sdkTarget';

type Row = Record<string, unknown>;
const result = <T = { data: Row }>(call: unknown) => call as Promise<T>;

let target: SdkTarget;
let coll: string;
const db = () => target.database({ throwOnNotFound: false });

beforeAll(async () => {
  target = await startSdkTarget();
  coll = await target.freshCollection('write');
});
afterAll(() => target.stop());

const read = async (id: string) => (await result(db().collection(coll).doc(id).get())).data;

describe(`writes on ${targetName()}`, () => {
  it('adds with a generated _id, or the one given', async () => {
    const generated = await result<{ _id: string }>(
      db()
        .collection(coll)
        .add({ data: { v: 1 } }),
    );
    expect(generated._id).toMatch(/^[0-9a-f]{16,}$/);
    const given = await result<{ _id: string }>(
      db()
        .collection(coll)
        .add({ data: { _id: 'mine', v: 2 } }),
    );
    expect(given._id).toBe('mine');
    expect(await read('mine')).toEqual({ _id: 'mine', v: 2 });
  });

  it('refuses a second document with the same _id', async () => {
    await result(
      db()
        .collection(coll)
        .add({ data: { _id: 'dup', v: 1 } }),
    );
    await expect(
      result(
        db()
          .collection(coll)
          .add({ data: { _id: 'dup', v: 2 } }),
      ),
    ).rejects.toThrow();
    expect(await read('dup')).toEqual({ _id: 'dup', v: 1 });
  });

  it('sets (replaces), updates (merges) and removes one document', async () => {
    const c = db().collection(coll);
    await result(c.doc('s').set({ data: { a: 1, nested: { x: 1, y: 1 } } }));
    await result(c.doc('s').update({ data: { nested: { x: 2 } } }));
    expect(await read('s')).toEqual({ _id: 's', a: 1, nested: { x: 2, y: 1 } });
    await result(c.doc('s').set({ data: { b: 2 } }));
    expect(await read('s')).toEqual({ _id: 's', b: 2 });
    await result(c.doc('s').remove());
    expect(await read('s')).toBeNull();
  });

  it('applies inc, set, remove, push, pull and addToSet', async () => {
    const _ = db().command;
    const c = db().collection(coll);
    await result(c.add({ data: { _id: 'ops', n: 1, gone: true, list: [1, 2, 3], tags: ['a'] } }));
    await result(
      c.doc('ops').update({
        data: { n: _.inc(2), label: _.set({ k: 'v' }), gone: _.remove(), list: _.pull(2), tags: _.addToSet('a') },
      }),
    );
    await result(c.doc('ops').update({ data: { list: _.push([9]), tags: _.addToSet('b') } }));
    expect(await read('ops')).toEqual({ _id: 'ops', n: 3, label: { k: 'v' }, list: [1, 3, 9], tags: ['a', 'b'] });
  });

  it('updates and removes by query, reporting how many', async () => {
    const c = db().collection(coll);
    for (const i of [1, 2, 3]) await result(c.add({ data: { group: 'bulk', i } }));
    const updated = await result<{ stats: { updated: number } }>(
      c.where({ group: 'bulk' }).update({ data: { seen: true } }),
    );
    expect(updated.stats.updated).toBe(3);
    const { total } = await result<{ total: number }>(c.where({ group: 'bulk', seen: true }).count());
    expect(total).toBe(3);
    const removed = await result<{ stats: { removed: number } }>(c.where({ group: 'bulk' }).remove());
    expect(removed.stats.removed).toBe(3);
  });

  it('stores serverDate() as the server clock', async () => {
    const before = Date.now();
    await result(
      db()
        .collection(coll)
        .add({ data: { _id: 'when', at: db().serverDate() } }),
    );
    const at = (await read('when'))!.at as Date;
    expect(at).toBeInstanceOf(Date);
    expect(at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('reads a missing document as null with throwOnNotFound: false', async () => {
    expect(await read('nobody')).toBeNull();
  });

  it("fails doc(id).get() of a missing document by default, with CloudBase's error", async () => {
    const strict = target.cloud.database();
    await expect(result(strict.collection(coll).doc('nobody').get())).rejects.toMatchObject({
      errCode: -1,
      errMsg: expect.stringContaining('does not exist'),
    });
  });

  it('fails every call on a collection that was never created', async () => {
    const missing = db().collection('never_created_collection');
    await expect(result(missing.get())).rejects.toMatchObject({
      errCode: -502005,
      errMsg: expect.stringContaining('database collection not exists'),
    });
    await expect(result(missing.add({ data: { a: 1 } }))).rejects.toThrow();
  });
});
