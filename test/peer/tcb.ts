import sdk from '@cloudbase/node-sdk';

/**
 * What the peer suite imports as `../../src/index`: its `tcb.init(config)`, answered by the
 * `@cloudbase/node-sdk` that wx-server-sdk bundles, pointed at the local runtime. The suite's
 * own credentials and environment are for Tencent's servers and are not used.
 */
function init(config: { throwOnCode?: boolean } = {}): ReturnType<typeof sdk.init> {
  const serviceUrl = process.env.PEER_SERVICE_URL;
  if (!serviceUrl) throw new Error('the peer suite runs against the local runtime: PEER_SERVICE_URL is not set');
  // 2.x took `throwOnCode` per app; the bundled 3.x client has one switch for the process.
  (sdk as unknown as { setThrowOnCode(value: boolean): void }).setThrowOnCode(config.throwOnCode !== false);
  return sdk.init({
    env: process.env.PEER_ENV_ID,
    secretId: 'local',
    secretKey: 'local',
    serviceUrl,
  } as Parameters<typeof sdk.init>[0]);
}

export default { init };
