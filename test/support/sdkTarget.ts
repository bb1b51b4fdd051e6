import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import cloud from 'wx-server-sdk';
import { LOCAL_CLIENT_ENV, startCloudBase, type LocalCloudBase, type StartOptions } from '../../local';

/**
 * The conformance suite's target: the local runtime, or a real CloudBase environment when
 * CLOUDBASE_ENV_ID, CLOUDBASE_SECRET_ID and CLOUDBASE_SECRET_KEY are all set.
 */
export type SdkDatabase = ReturnType<typeof cloud.database>;

/** The SDK types a transaction as `any`; this is the part the tests use. */
export interface SdkTransaction {
  collection: SdkDatabase['collection'];
  commit(): Promise<unknown>;
  rollback(): Promise<unknown>;
}

export interface SdkTarget {
  cloud: typeof cloud;
  /** The SDK's typings omit `throwOnNotFound`, which it honours. */
  database(options?: { throwOnNotFound?: boolean }): SdkDatabase;
  /** Null against a real environment: local-only checks skip. */
  local: LocalCloudBase | null;
  /** A collection name unique to this run, created on the target. */
  freshCollection(prefix: string): Promise<string>;
  stop(): Promise<void>;
}

const realEnv = () => {
  const { CLOUDBASE_ENV_ID: env, CLOUDBASE_SECRET_ID: secretId, CLOUDBASE_SECRET_KEY: secretKey } = process.env;
  return env && secretId && secretKey ? { env, secretId, secretKey } : null;
};

export const targetName = () => (realEnv() ? `real CloudBase ${realEnv()!.env}` : 'local runtime');

export async function startSdkTarget(options: Partial<StartOptions> = {}): Promise<SdkTarget> {
  const real = realEnv();
  let local: LocalCloudBase | null = null;
  let dataDir: string | null = null;
  if (real) {
    cloud.init(real);
  } else {
    console.log(
      'conformance: real-cloud target skipped (set CLOUDBASE_ENV_ID, CLOUDBASE_SECRET_ID, CLOUDBASE_SECRET_KEY to run it)',
    );
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'zwt-conformance-'));
    local = await startCloudBase({ port: 0, dataDir, ...options });
    Object.assign(process.env, LOCAL_CLIENT_ENV);
    cloud.init({ env: local.envId, serviceUrl: local.serviceUrl, secretId: 'local', secretKey: 'local' } as Parameters<
      typeof cloud.init
    >[0]);
  }
  let counter = 0;
  return {
    cloud,
    local,
    database: (databaseOptions) => cloud.database(databaseOptions as Parameters<typeof cloud.database>[0]),
    async freshCollection(prefix) {
      const name = `${prefix}_${Date.now().toString(36)}_${(counter += 1)}`;
      await cloud.database().createCollection(name);
      return name;
    },
    async stop() {
      await local?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
