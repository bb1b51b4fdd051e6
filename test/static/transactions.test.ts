import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * WeChat's guide allows single-document operations in a transaction, and `where().update()` in
 * one is sent without the transaction id, escaping it. CloudBase's server (and the local runtime,
 * which answers as it does) would run a query in a transaction, so the rule is kept here instead.
 */
const SOURCE = path.resolve(__dirname, '../../cloudfunctions/api/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

const QUERY_IN_TRANSACTION = /\b(?:tx|transaction)\s*\.collection(?:<[^>]*>)?\([^)]*\)\s*\.(?:where|aggregate)\(/;

it('keeps transactions to single-document operations', () => {
  const offending = sourceFiles(SOURCE).filter((file) => QUERY_IN_TRANSACTION.test(readFileSync(file, 'utf8')));
  expect(offending.map((file) => path.relative(SOURCE, file))).toEqual([]);
  expect(QUERY_IN_TRANSACTION.test("tx.collection<Visit>('visits').where({ a: 1 }).get()")).toBe(true);
  expect(QUERY_IN_TRANSACTION.test("tx.collection<Visit>('visits').doc(id).get()")).toBe(false);
});
