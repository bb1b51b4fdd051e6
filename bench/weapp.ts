import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Figures } from './figures';

const root = path.resolve(__dirname, '..');

export interface WeappCheck {
  quality: { name: string; success: boolean }[];
  analyse: { mainPackageBytes: number; totalBytes: number; moduleErrors: unknown[] };
}

/** Runs WeChat's offline checks in a child process: miniprogram-ci leaves a watcher that keeps a process alive. */
export function checkWeapp(): WeappCheck {
  const result = spawnSync('npx', ['tsx', 'scripts/check-weapp.ts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  // A failed check still prints its summary; the tests assert on it item by item.
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`check-weapp printed no summary (exit ${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start)) as WeappCheck;
}

export function benchWeapp(): Figures {
  const { analyse } = checkWeapp();
  return {
    weapp_main_bytes: { value: analyse.mainPackageBytes, unit: 'B' },
    weapp_total_bytes: { value: analyse.totalBytes, unit: 'B' },
  };
}
