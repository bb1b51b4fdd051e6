import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** Bundles the `api` function into the single index.js that WeChat DevTools uploads. */
export async function buildCloud(): Promise<string> {
  const outfile = path.join(root, 'cloudfunctions/api/index.js');
  await build({
    entryPoints: [path.join(root, 'cloudfunctions/api/src/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The cloud runtime's oldest supported Node; esbuild lowers syntax for it.
    target: 'node16',
    external: ['wx-server-sdk'],
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return outfile;
}

if (require.main === module) {
  buildCloud().then(
    (file) => console.log(`built ${path.relative(root, file)}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
