import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { INDUSTRY_LABELS, PROVINCES, SERVICE_TYPE_LABELS } from '../../types/catalogue';

const ROOT = path.resolve(__dirname, '../..');
/** What the two bundles are built from; demo data and tests are records, not copies of the catalogue. */
const BUNDLED_SOURCES = ['src', 'cloudfunctions/api/src', 'types'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

const sources = BUNDLED_SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map((file) => ({
  file: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

const LABELS = [...Object.values(SERVICE_TYPE_LABELS), ...Object.values(INDUSTRY_LABELS), ...PROVINCES];

describe('the catalogue', () => {
  it.each(LABELS)('is the only source file that says %s', (label) => {
    const files = sources.filter((source) => source.text.includes(label)).map((source) => source.file);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^types\/catalogue\//);
  });

  it('is data only: nothing in types/ imports from outside it', () => {
    const outside = sources
      .filter((source) => source.file.startsWith('types/'))
      .flatMap((source) =>
        [...source.text.matchAll(/from '([^']+)'/g)]
          .map((match) => match[1])
          .filter((specifier) => !path.resolve(ROOT, path.dirname(source.file), specifier).startsWith(`${ROOT}/types`))
          .map((specifier) => `${source.file} → ${specifier}`),
      );
    expect(outside).toEqual([]);
  });
});
