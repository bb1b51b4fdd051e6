import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * The repository's own gates, run with the suite so CI refuses what they refuse: strict types on
 * every tree, the lint rules, and Prettier's formatting.
 */

const ROOT = resolve(__dirname, '../..');
const run = promisify(execFile);

async function passes(command: string, args: string[]): Promise<void> {
  try {
    await run(command, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`.slice(0, 8000));
  }
}

describe('the code', () => {
  it('type-checks strictly (tsc --noEmit)', () => passes('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']), 120_000);
  it('passes ESLint', () => passes('npx', ['eslint', '.']), 120_000);
  it('is formatted by Prettier', () => passes('npx', ['prettier', '--check', '.']), 120_000);
});
