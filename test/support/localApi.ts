import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ActionName, ActionRequest, ActionResponse, ApiResult } from '../../types/actions';
import { startCloudBase, type LocalCloudBase, type StartOptions } from '../../local';
import { DEMO_FUNCTION_ENV, seedDemoOnce } from '../../local/demo/seed';
import { buildCloud } from '../../scripts/build-cloud';
import { INDEXES } from '../../cloudfunctions/api/src/store/indexes';

export interface LocalApi {
  cloudbase: LocalCloudBase;
  /** Calls the deployed-shape `api` bundle as the platform would, with `openid` as the caller. */
  call<A extends ActionName>(
    openid: string,
    action: A,
    data: ActionRequest<A>,
    requestId?: string,
  ): Promise<ApiResult<ActionResponse<A>>>;
  stop(): Promise<void>;
}

/** A local CloudBase on an ephemeral port, a fresh data directory, the demo data and the built `api`. */
export async function startLocalApi(options: Partial<StartOptions> = {}): Promise<LocalApi> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zwt-test-'));
  const apiFile = await buildCloud();
  const cloudbase = await startCloudBase({
    port: 0,
    dataDir,
    functions: { api: apiFile },
    functionEnv: DEMO_FUNCTION_ENV,
    indexes: INDEXES,
    ...options,
  });
  await seedDemoOnce(cloudbase);
  return {
    cloudbase,
    call: (openid, action, data, requestId) =>
      cloudbase.invoke('api', { action, data, requestId }, { openid }) as Promise<ApiResult<never>>,
    async stop() {
      await cloudbase.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  return result.data;
}

/** Fresh request ids for writes, distinct across test files and runs. */
export function requestIds(prefix: string): () => string {
  let counter = 0;
  return () => `${prefix}-${++counter}-${Date.now().toString(36)}`;
}
