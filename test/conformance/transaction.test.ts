import { startSdkTarget, targetName, type SdkTarget, type SdkTransaction } from '../support/sdkTarget';

type Row = Record<string, unknown>;
const result = <T = { data: Row | null }>(call: unknown) => call as Promise<T>;

let target: SdkTarget;
let coll: string;
const db = () => target.database({ throwOnNotFound: false });
const read = async (id: string) => (await result(db().collection(coll).doc(id).get())).data;

beforeAll(async () => {
  target = await startSdkTarget();
  coll = await target.freshCollection('tx');
  await result(
    db()
      .collection(coll)
      .add({ data: { _id: 'counter', n: 0 } }),
  );
});
afterAll(() => target.stop());

describe(`transactions on ${targetName()}`, () => {
  it('commits reads, updates and adds together with runTransaction', async () => {
    const returned = await db().runTransaction(async (tx: SdkTransaction) => {
      const { data } = await result<{ data: Row }>(tx.collection(coll).doc('counter').get());
      await result(
        tx
          .collection(coll)
          .doc('counter')
          .update({ data: { n: (data.n as number) + 1 } }),
      );
      await result(tx.collection(coll).add({ data: { _id: 'log-1', note: 'incremented' } }));
      return 'done';
    });
    expect(returned).toBe('done');
    expect(await read('counter')).toEqual({ _id: 'counter', n: 1 });
    expect(await read('log-1')).toEqual({ _id: 'log-1', note: 'incremented' });
  });

  it('leaves nothing behind when the callback throws', async () => {
    await expect(
      db().runTransaction(async (tx: SdkTransaction) => {
        await result(
          tx
            .collection(coll)
            .doc('counter')
            .update({ data: { n: 99 } }),
        );
        await result(tx.collection(coll).add({ data: { _id: 'log-2' } }));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await read('counter')).toEqual({ _id: 'counter', n: 1 });
    expect(await read('log-2')).toBeNull();
  });

  it('rolls back a startTransaction on request', async () => {
    const tx = await db().startTransaction();
    await result(
      tx
        .collection(coll)
        .doc('counter')
        .set({ data: { n: 50 } }),
    );
    await tx.rollback();
    expect(await read('counter')).toEqual({ _id: 'counter', n: 1 });
  });

  it('fails a second writer of a document another open transaction wrote, at once', async () => {
    const first = await db().startTransaction();
    const second = await db().startTransaction();
    await result(
      first
        .collection(coll)
        .doc('counter')
        .update({ data: { n: 2 } }),
    );
    await expect(
      result(
        second
          .collection(coll)
          .doc('counter')
          .update({ data: { n: 3 } }),
      ),
    ).rejects.toBeTruthy();
    await second.rollback();
    await first.commit();
    expect(await read('counter')).toEqual({ _id: 'counter', n: 2 });
  });

  it('fails a transaction whose document was changed by a commit after its snapshot', async () => {
    const late = await db().startTransaction();
    await result(late.collection(coll).doc('counter').get());
    await result(
      db()
        .collection(coll)
        .doc('counter')
        .update({ data: { n: 10 } }),
    );
    await expect(
      result(
        late
          .collection(coll)
          .doc('counter')
          .update({ data: { n: 11 } }),
      ),
    ).rejects.toBeTruthy();
    await late.rollback();
    expect(await read('counter')).toEqual({ _id: 'counter', n: 10 });
  });

  it('takes its snapshot at its first operation, and keeps reading it after outside commits', async () => {
    await result(
      db()
        .collection(coll)
        .add({ data: { _id: 'snap-a', v: 1 } }),
    );
    const tx = await db().startTransaction();
    await result(
      db()
        .collection(coll)
        .doc('snap-a')
        .update({ data: { v: 2 } }),
    );
    await result(
      db()
        .collection(coll)
        .add({ data: { _id: 'snap-b', v: 1 } }),
    );
    const first = await result<{ data: Row }>(tx.collection(coll).doc('snap-a').get());
    expect(first.data).toMatchObject({ v: 2 });
    await result(
      db()
        .collection(coll)
        .doc('snap-a')
        .update({ data: { v: 3 } }),
    );
    await result(db().collection(coll).doc('snap-b').remove());
    expect((await result<{ data: Row }>(tx.collection(coll).doc('snap-a').get())).data).toMatchObject({ v: 2 });
    expect((await result<{ data: Row }>(tx.collection(coll).doc('snap-b').get())).data).toMatchObject({ v: 1 });
    await tx.rollback();
  });

  it('lets exactly one of many concurrent increments through per round', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        db().runTransaction(async (tx: SdkTransaction) => {
          const { data } = await result<{ data: Row }>(tx.collection(coll).doc('counter').get());
          await result(
            tx
              .collection(coll)
              .doc('counter')
              .update({ data: { n: (data.n as number) + 1 } }),
          );
        }, 1),
      ),
    );
    const committed = attempts.filter((a) => a.status === 'fulfilled').length;
    expect(committed).toBeGreaterThanOrEqual(1);
    expect(await read('counter')).toEqual({ _id: 'counter', n: 10 + committed });
  });

  it('answers a where() query inside a transaction over its snapshot and its own writes', async () => {
    const tx = await db().startTransaction();
    await result(tx.collection(coll).add({ data: { _id: 'in-tx', tag: 'where-in-tx' } }));
    const { data } = await result<{ data: Row[] }>(tx.collection(coll).where({ tag: 'where-in-tx' }).get());
    expect(data.map((row) => row._id)).toEqual(['in-tx']);
    await tx.rollback();
    expect(await result<{ data: Row[] }>(db().collection(coll).where({ tag: 'where-in-tx' }).get())).toMatchObject({
      data: [],
    });
  });
});
