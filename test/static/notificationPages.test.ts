import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as notifications from '../../cloudfunctions/api/src/domain/notifications';

/** A subscribe message opens a page by path: one that is not in app.config opens nothing. */
const appConfig = readFileSync(path.resolve(__dirname, '../../src/app.config.ts'), 'utf8');

function registeredPages(): Set<string> {
  const pages = new Set<string>();
  const main = /pages:\s*\[([^\]]*)\]/.exec(appConfig)![1];
  for (const [, page] of main.matchAll(/'([^']+)'/g)) pages.add(page);
  for (const [, root, list] of appConfig.matchAll(/root:\s*'([^']+)',\s*pages:\s*\[([^\]]*)\]/g)) {
    for (const [, page] of list.matchAll(/'([^']+)'/g)) pages.add(`${root}/${page}`);
  }
  return pages;
}

it('sends every message to a page the app has', () => {
  const targets = Object.entries(notifications).filter(([name]) => name.endsWith('_PAGE'));
  expect(targets.length).toBeGreaterThan(3);
  const pages = registeredPages();
  for (const [name, page] of targets)
    expect({ name, registered: pages.has(page as string) }).toEqual({ name, registered: true });
});
