import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_CLIENT_ENV, startCloudBase, type LocalCloudBase } from '../../local';

let runtime: LocalCloudBase | null = null;
let dataDir = '';

/** One runtime for the whole peer suite, started before its files and named to them through the environment. */
export default async function startPeerRuntime(): Promise<void> {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zwt-peer-'));
  runtime = await startCloudBase({ port: 0, dataDir });
  Object.assign(process.env, LOCAL_CLIENT_ENV, { PEER_SERVICE_URL: runtime.serviceUrl, PEER_ENV_ID: runtime.envId });
  (globalThis as { peerRuntimeStop?: () => Promise<void> }).peerRuntimeStop = async () => {
    await runtime?.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
