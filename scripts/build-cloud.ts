import { build, type Plugin } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const functionDir = path.join(root, 'cloudfunctions/api');
const documentsDir = path.join(functionDir, 'src/documents');

/**
 * Left out of the bundle, and installed by the cloud from cloudfunctions/api/package.json.
 * exceljs and docx are required only when an export or a document is rendered, so a cold start
 * does not read and compile them (ARCHITECTURE: cold start is a feature).
 */
export const CLOUD_EXTERNALS = ['wx-server-sdk', 'exceljs', 'docx'];

/** Beside index.js: one file per renderer, required by the action that renders, never on a cold start. */
export const DOCUMENT_CHUNKS_DIR = 'documents';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // The cloud runtime's oldest supported Node; esbuild lowers syntax for it.
  target: 'node16',
  external: CLOUD_EXTERNALS,
  // Chinese messages as they are, not as \uXXXX escapes: a smaller file to load on a cold start.
  charset: 'utf8',
  sourcemap: 'linked',
  // Less to read and parse on a cold start; names stay, so a logged stack reads with the source map.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
} as const;

/**
 * The actions load a renderer with `import('../documents/x')`. Bundled, its code would be parsed
 * on every cold start though run only by the first document; as a chunk of its own it is read
 * only then.
 */
const documentChunks: Plugin = {
  name: 'document-chunks',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/documents\/[A-Za-z]+$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      return { path: `./${DOCUMENT_CHUNKS_DIR}/${path.basename(args.path)}.js`, external: true };
    });
  },
};

/** The renderers each action imports lazily, by file name. */
function documentEntries(): string[] {
  return readdirSync(documentsDir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(documentsDir, file));
}

/** Bundles the `api` function into the index.js that WeChat DevTools uploads, and its renderers into chunks beside it. */
export async function buildCloud(): Promise<string> {
  const outfile = path.join(functionDir, 'index.js');
  const chunksDir = path.join(functionDir, DOCUMENT_CHUNKS_DIR);
  rmSync(chunksDir, { recursive: true, force: true });
  await Promise.all([
    build({
      ...shared,
      entryPoints: [path.join(functionDir, 'src/index.ts')],
      outfile,
      plugins: [documentChunks],
      // require() for the chunks, as for everything else the function loads.
      supported: { 'dynamic-import': false },
    }),
    build({ ...shared, entryPoints: documentEntries(), outdir: chunksDir }),
  ]);
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
