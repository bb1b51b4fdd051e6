import path from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_CLIENT_ENV, startCloudBase } from './index';

/** `npm run cloudbase -- --port N --data DIR`: the runtime alone, for any wx-server-sdk program. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8090' },
      data: { type: 'string', default: '.data/cloudbase' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const cloudbase = await startCloudBase({
    host: values.host,
    port: Number(values.port),
    dataDir: path.resolve(values.data!),
  });
  console.log(`local CloudBase listening, data in ${path.resolve(values.data!)}`);
  console.log(`serviceUrl: ${cloudbase.serviceUrl}`);
  console.log(
    `cloud.init({ env: '${cloudbase.envId}', serviceUrl: '${cloudbase.serviceUrl}', secretId: 'local', secretKey: 'local' })`,
  );
  console.log(
    `(set ${Object.entries(LOCAL_CLIENT_ENV)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} in that program's environment, or each call waits for a cloud metadata probe)`,
  );
  const stop = () => void cloudbase.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
