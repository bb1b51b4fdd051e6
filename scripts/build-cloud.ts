import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/**
 * Left out of the bundle, and installed by the cloud from cloudfunctions/api/package.json.
 * exceljs and docx are required only when an export or a document is rendered, so a cold start
 * does not read and compile them (ARCHITECTURE: cold start is a feature).
 */
export const CLOUD_EXTERNALS = ['wx-server-sdk', 'exceljs', 'docx'];

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
    external: CLOUD_EXTERNALS,
    // Chinese messages as they are, not as \uXXXX escapes: a smaller file to load on a cold start.
    charset: 'utf8',
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
