import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import cloud from 'wx-server-sdk';
import { LOCAL_CLIENT_ENV } from '../../local';

const root = path.resolve(__dirname, '../..');
type Row = Record<string, unknown>;
const result = <T = { data: Row | null }>(call: unknown) => call as Promise<T>;

/** The standalone runtime as a separate process, so it can be killed without warning. */
function startServer(dataDir: string, port = 0): Promise<{ child: ChildProcess; serviceUrl: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'local/cli.ts', '--port', String(port), '--data', dataDir],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serviceUrl: (\S+)/.exec(output);
      if (match) resolve({ child, serviceUrl: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`runtime exited early with ${code}: ${output}`)));
  });
}

const killHard = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zwt-durability-'));
  Object.assign(process.env, LOCAL_CLIENT_ENV);
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

it('keeps every acknowledged write, and no uncommitted transaction, across kill -9', async () => {
  const first = await startServer(dataDir);
  cloud.init({ env: 'local', serviceUrl: first.serviceUrl, secretId: 'l', secretKey: 'l' } as Parameters<
    typeof cloud.init
  >[0]);
  const db = cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0]);
  await db.createCollection('durable');
  await Promise.all(
    Array.from({ length: 50 }, (_, i) => result(db.collection('durable').add({ data: { _id: `d${i}`, i } }))),
  );
  await result(
    db
      .collection('durable')
      .doc('d0')
      .update({ data: { touched: true } }),
  );
  await result(db.collection('durable').doc('d1').remove());
  await db.runTransaction(async (tx: { collection: typeof db.collection }) => {
    await result(
      tx
        .collection('durable')
        .doc('d2')
        .update({ data: { inTransaction: 'committed' } }),
    );
  });
  const open = await db.startTransaction();
  await result(
    open
      .collection('durable')
      .doc('d3')
      .update({ data: { inTransaction: 'never committed' } }),
  );
  await killHard(first.child);

  // Same port: wx-server-sdk keeps its first init's endpoint for the life of the process.
  const second = await startServer(dataDir, Number(new URL(first.serviceUrl).port));
  try {
    cloud.init({ env: 'local', serviceUrl: second.serviceUrl, secretId: 'l', secretKey: 'l' } as Parameters<
      typeof cloud.init
    >[0]);
    const again = cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0]);
    const { total } = await result<{ total: number }>(again.collection('durable').count());
    expect(total).toBe(49);
    expect((await result(again.collection('durable').doc('d0').get())).data).toEqual({
      _id: 'd0',
      i: 0,
      touched: true,
    });
    expect((await result(again.collection('durable').doc('d1').get())).data).toBeNull();
    expect((await result(again.collection('durable').doc('d2').get())).data).toMatchObject({
      inTransaction: 'committed',
    });
    expect((await result(again.collection('durable').doc('d3').get())).data).toEqual({ _id: 'd3', i: 3 });
  } finally {
    await killHard(second.child);
  }
});
