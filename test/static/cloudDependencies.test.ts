import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLOUD_EXTERNALS } from '../../scripts/build-cloud';

/**
 * What the bundle leaves out, the cloud installs from the function's package.json: a package
 * missing there fails only once deployed, and another version than the one tested here is untested.
 */

const ROOT = path.resolve(__dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

it('lists every external of the api bundle at the version the tests run', () => {
  const { dependencies } = readJson(path.join(ROOT, 'cloudfunctions/api/package.json')) as {
    dependencies: Record<string, string>;
  };
  const installed = Object.fromEntries(
    CLOUD_EXTERNALS.map((name) => [name, readJson(path.join(ROOT, 'node_modules', name, 'package.json')).version]),
  );
  expect(dependencies).toEqual(installed);
});

it('keeps the renderers out of the cold start: each is a chunk the bundle requires only when rendering', () => {
  const functionDir = path.join(ROOT, 'cloudfunctions/api');
  const bundle = readFileSync(path.join(functionDir, 'index.js'), 'utf8');
  const chunks = [...bundle.matchAll(/require\("\.\/documents\/([A-Za-z]+)\.js"\)/g)].map((match) => match[1]);
  expect(chunks).toEqual(expect.arrayContaining(['applicationForm', 'quotaWorkbooks']));
  for (const chunk of chunks) {
    expect(existsSync(path.join(functionDir, 'documents', `${chunk}.js`))).toBe(true);
  }
  expect(bundle).not.toMatch(/require\("(docx|exceljs)"\)/);
});
