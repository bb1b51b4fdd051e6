import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { calculateObjectSize } from 'bson';
import { startCloudBase, type LocalCloudBase } from '../../local';
import { MAX_BODY_BYTES } from '../../local/http';
import { startSdkTarget, targetName, type SdkTarget, type SdkTransaction } from '../support/sdkTarget';

type Row = Record<string, unknown>;
const result = <T = { data: Row | null }>(call: unknown) => call as Promise<T>;

const MiB = 1024 * 1024;
/** MongoDB's limit, which CloudBase keeps: the BSON size of the whole document. */
const LIMIT = 16 * MiB;
const NEAR_LIMIT = Math.floor(15.5 * MiB);
const localOnly = process.env.CLOUDBASE_ENV_ID ? it.skip : it;
const tooLarge = { errCode: -502001, errMsg: expect.stringMatching(/too large|larger than/) };

let dataDir: string;
let target: SdkTarget;
let restarted: LocalCloudBase | null = null;
let coll: string;
const db = () => target.database({ throwOnNotFound: false });
const read = async (id: string) => (await result(db().collection(coll).doc(id).get())).data;

/** The stored payload described by the database: checks a write without carrying 16 MiB back. */
const summary = async (id: string) => {
  const $ = db().command.aggregate;
  const { list } = await result<{ list: Row[] }>(
    db()
      .collection(coll)
      .aggregate()
      .match({ _id: id })
      .project({ _id: 0, length: $.strLenCP('$payload'), first: $.substrCP(['$payload', 0, 1]), n: 1 })
      .end(),
  );
  return list[0] ?? null;
};

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zwt-large-'));
  target = await startSdkTarget({ dataDir });
  coll = await target.freshCollection('large');
});
afterAll(async () => {
  if (restarted) await restarted.close();
  else await target.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe(`documents up to the 16 MiB limit on ${targetName()}`, () => {
  const first = 'a'.repeat(NEAR_LIMIT);
  const second = 'b'.repeat(NEAR_LIMIT);
  /** The document 'big' as the tests below leave it, for sizing the next write exactly. */
  let big: Row;

  it('stores a 15.5 MiB document with add and reads it back', async () => {
    await result(
      db()
        .collection(coll)
        .add({ data: { _id: 'big', payload: first, tail: 'end', n: 1 } }),
    );
    const row = await read('big');
    // Compared as a boolean: a failure must not print 15.5 MiB of text.
    expect((row?.payload as string).length).toBe(NEAR_LIMIT);
    expect(row?.payload === first).toBe(true);
    expect(row).toMatchObject({ _id: 'big', tail: 'end', n: 1 });
  });

  it('replaces it with set and rewrites it with update', async () => {
    const c = db().collection(coll);
    await result(c.doc('big').set({ data: { payload: second, n: 2 } }));
    expect(await summary('big')).toEqual({ length: NEAR_LIMIT, first: 'b', n: 2 });
    await result(c.doc('big').update({ data: { n: 3 } }));
    expect(await summary('big')).toEqual({ length: NEAR_LIMIT, first: 'b', n: 3 });
  });

  it('writes it inside a transaction', async () => {
    await db().runTransaction(async (tx: SdkTransaction) => {
      await result(
        tx
          .collection(coll)
          .doc('big')
          .update({ data: { n: 4 } }),
      );
    });
    expect(await summary('big')).toEqual({ length: NEAR_LIMIT, first: 'b', n: 4 });
    big = { _id: 'big', payload: second, n: 4 };
  });

  it('grows it to exactly 16 MiB and refuses one byte more, keeping it as it was', async () => {
    const c = db().collection(coll);
    const pad = 'p'.repeat(LIMIT - calculateObjectSize({ ...big, pad: '' }));
    await result(c.doc('big').update({ data: { pad } }));
    big = { ...big, pad };
    expect(calculateObjectSize(big)).toBe(LIMIT);

    await expect(result(c.doc('big').update({ data: { pad: `${pad}p` } }))).rejects.toMatchObject(tooLarge);
    const { list } = await result<{ list: Row[] }>(
      c
        .aggregate()
        .match({ _id: 'big' })
        .project({ _id: 0, pad: db().command.aggregate.strLenCP('$pad') })
        .end(),
    );
    expect(list).toEqual([{ pad: pad.length }]);
  });

  it('refuses to add a document over 16 MiB, writing nothing', async () => {
    const over = { _id: 'over', payload: '' };
    over.payload = 'z'.repeat(LIMIT + 1 - calculateObjectSize(over));
    await expect(result(db().collection(coll).add({ data: over }))).rejects.toMatchObject(tooLarge);
    expect(await read('over')).toBeNull();
  });

  it('fails a transaction that would make a document exceed 16 MiB, committing nothing', async () => {
    await expect(
      db().runTransaction(async (tx: SdkTransaction) => {
        await result(tx.collection(coll).add({ data: { _id: 'tx-small', n: 1 } }));
        await result(
          tx
            .collection(coll)
            .doc('big')
            .update({ data: { more: 'm'.repeat(MiB) } }),
        );
      }),
    ).rejects.toMatchObject(tooLarge);
    expect(await read('tx-small')).toBeNull();
    expect(await summary('big')).toEqual({ length: NEAR_LIMIT, first: 'b', n: 4 });
  });

  localOnly('answers a request body over its bound with a CloudBase error, not a 500', async () => {
    const chunk = new Uint8Array(MiB).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    const response = await fetch(target.local!.serviceUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ code: 'EXCEED_REQUEST_SIZE_LIMIT' });
  });

  localOnly('keeps it across a restart of the runtime', async () => {
    const { port } = target.local!;
    await target.stop();
    // Same port: wx-server-sdk keeps its first init's endpoint for the life of the process.
    restarted = await startCloudBase({ port, dataDir });
    expect(await summary('big')).toEqual({ length: NEAR_LIMIT, first: 'b', n: 4 });
    expect(await read('over')).toBeNull();
  });
});
