import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/*
 * Tencent's own database tests for its Node SDK, as published in the npm release (MIT): written
 * against real CloudBase environments, they are the peer suite the local runtime answers.
 */

export const PEER_PACKAGE = '@cloudbase/node-sdk';
export const PEER_VERSION = '2.8.1';
/** The registry's `dist.integrity` of that release: a tarball that differs is not the suite we checked. */
const PEER_INTEGRITY =
  'sha512-OIF2i9zthF46ZxaXMA845ylIjcSqEid3Wq7MGrQzRQbykRAl7tUoKs4pzucFfhhbvFXgKswUvzRx2S5Tm/xGJw==';

const ROOT = path.resolve(__dirname, '../..');
export const PEER_DIR = path.join(ROOT, '.tmp/peer-suite', PEER_VERSION);
/** The unpacked release: its `test/database` is the suite, its `lib/` what the tests import of it. */
export const PEER_PACKAGE_DIR = path.join(PEER_DIR, 'package');

/** Packs the release from the registry, checks its integrity and unpacks it, once. */
export function ensurePeerSuite(): string {
  if (existsSync(path.join(PEER_PACKAGE_DIR, 'test/database'))) return PEER_PACKAGE_DIR;
  rmSync(PEER_DIR, { recursive: true, force: true });
  mkdirSync(PEER_DIR, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `${PEER_PACKAGE}@${PEER_VERSION}`, '--silent'], {
    cwd: PEER_DIR,
    encoding: 'utf8',
  }).trim();
  const file = path.join(PEER_DIR, tarball);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
  if (integrity !== PEER_INTEGRITY) {
    throw new Error(`${PEER_PACKAGE}@${PEER_VERSION}: integrity ${integrity}, expected ${PEER_INTEGRITY}`);
  }
  execFileSync('tar', ['xzf', file], { cwd: PEER_DIR });
  return PEER_PACKAGE_DIR;
}

if (require.main === module) console.log(ensurePeerSuite());
