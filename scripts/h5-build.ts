import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
export const H5_DIR = path.join(root, 'dist-h5');

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

/** Rebuilds the H5 app only when a source, the Taro config or the contracts changed since the last build. */
export function ensureH5Build(): void {
  const index = path.join(H5_DIR, 'index.html');
  const sources = ['src', 'config', 'types'].map((dir) => newestMtime(path.join(root, dir)));
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources)) return;
  console.log('正在构建 H5 应用（首次约需一两分钟）…');
  const result = spawnSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('H5 build failed');
}
