import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import cloud from 'wx-server-sdk';
import { LOCAL_CLIENT_ENV, startCloudBase } from '../local';
import type { Figures } from './figures';

const DOCS = 100_000;
const SAMPLES = 50;

function p50(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 100) / 100;
}

async function timed(run: (i: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return p50(samples);
}

/** Startup at 100,000 documents, then per-operation latency through the real SDK on that data. */
export async function benchRuntime(): Promise<Figures> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zwt-bench-'));
  try {
    const seeding = await startCloudBase({ port: 0, dataDir });
    await seeding.store.createCollection('visits');
    for (let start = 0; start < DOCS; start += 5000) {
      const batch = Array.from({ length: 5000 }, (_, k) => {
        const i = start + k;
        return {
          _id: `v${i}`,
          stationId: `s${i % 1000}`,
          expertOpenid: `e${i % 3000}`,
          year: 2025 + (i % 2),
          month: 1 + (i % 12),
          status: 'confirmed',
        };
      });
      await seeding.store.insertMany('visits', batch);
    }
    await seeding.close();

    const started = performance.now();
    const cloudbase = await startCloudBase({ port: 0, dataDir });
    const startupMs = Math.round(performance.now() - started);

    Object.assign(process.env, LOCAL_CLIENT_ENV);
    cloud.init({ env: cloudbase.envId, serviceUrl: cloudbase.serviceUrl, secretId: 'l', secretKey: 'l' } as Parameters<
      typeof cloud.init
    >[0]);
    const visits = cloud.database().collection('visits');
    const $ = cloud.database().command.aggregate;
    const figures: Figures = {
      runtime_startup_ms_100k_docs: { value: startupMs, unit: 'ms' },
      runtime_get_p50_ms: { value: await timed((i) => visits.doc(`v${i * 7}`).get() as Promise<unknown>), unit: 'ms' },
      runtime_where_p50_ms: {
        value: await timed(
          (i) =>
            visits
              .where({ stationId: `s${i}`, year: 2026 })
              .limit(100)
              .get() as Promise<unknown>,
        ),
        unit: 'ms',
      },
      runtime_add_p50_ms: {
        value: await timed((i) => visits.add({ data: { stationId: 'bench', i } }) as Promise<unknown>),
        unit: 'ms',
      },
      runtime_update_p50_ms: {
        value: await timed((i) => visits.doc(`v${i}`).update({ data: { checked: true } }) as Promise<unknown>),
        unit: 'ms',
      },
      runtime_count_p50_ms: {
        value: await timed((i) => visits.where({ stationId: `s${i}` }).count() as Promise<unknown>),
        unit: 'ms',
      },
      runtime_aggregate_p50_ms: {
        value: await timed(
          (i) =>
            visits
              .aggregate()
              .match({ stationId: `s${i}` })
              .group({ _id: '$year', n: $.sum(1) })
              .limit(10)
              .end() as Promise<unknown>,
        ),
        unit: 'ms',
      },
    };
    await cloudbase.close();
    return figures;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
