import path from 'node:path';
import { startCloudBase } from '../local';
import { DEMO_FUNCTION_ENV, DEMO_SIGN_IN, seedDemoOnce } from '../local/demo/seed';
import { INDEXES } from '../cloudfunctions/api/src/store/indexes';
import { buildCloud } from './build-cloud';
import { ensureH5Build, H5_DIR } from './h5-build';

const root = path.resolve(__dirname, '..');

/** `npm start`: the local CloudBase with the built `api`, the H5 app and the demo data. */
async function start(): Promise<void> {
  const apiFile = await buildCloud();
  ensureH5Build();
  const cloudbase = await startCloudBase({
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 8080),
    dataDir: process.env.DATA_DIR ?? path.join(root, '.data'),
    functions: { api: apiFile },
    functionEnv: DEMO_FUNCTION_ENV,
    indexes: INDEXES,
    staticDir: H5_DIR,
    users: DEMO_SIGN_IN,
  });
  const seeded = await seedDemoOnce(cloudbase);
  console.log(`\n站务通 本地环境已启动${seeded ? '（已写入演示数据）' : ''}`);
  console.log(`  打开 ${cloudbase.origin}/ （建议使用手机尺寸窗口）`);
  console.log(`  serviceUrl: ${cloudbase.serviceUrl}`);
  console.log('  演示用户：');
  for (const user of DEMO_SIGN_IN) console.log(`    - ${user.label}（${user.description}）`);
  const stop = () => {
    cloudbase.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
