import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The rules that keep the layout of ../shared/ARCHITECTURE.md, tried on code that breaks them. */

const ROOT = path.resolve(__dirname, '../..');

/**
 * ESLint loads its flat config with a dynamic import, which Jest's module system does not allow,
 * so the snippets are linted in one child process with the project's own configuration.
 */
function lintAll(cases: Array<{ filePath: string; code: string }>): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const { filePath, code } of cases) {
      const [result] = await eslint.lintText(code, { filePath });
      out.push(result.messages.map((message) => message.ruleId ?? message.message));
    }
    console.log(JSON.stringify(out));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}

const asked: Array<{ filePath: string; code: string }> = [];
let answers: string[][] = [];

/** Registers a snippet before the run and answers its problems once the run has linted them all. */
function lint(filePath: string, code: string): () => string[] {
  const index = asked.push({ filePath, code }) - 1;
  return () => answers[index];
}

beforeAll(() => {
  answers = lintAll(asked);
}, 60_000);

describe('import directions', () => {
  it.each(
    [
      [
        'a page importing the store',
        'src/pages/home/x.tsx',
        "import { db } from '../../../cloudfunctions/api/src/store/db';",
      ],
      [
        'a page importing the local runtime',
        'src/packages/needs/pages/list/x.tsx',
        "import { x } from '../../../../../local/x';",
      ],
      [
        'deployed code importing the local runtime',
        'cloudfunctions/api/src/actions/x.ts',
        "import { x } from '../../../../local/x';",
      ],
      [
        'an action loading a renderer on a cold start',
        'cloudfunctions/api/src/actions/x.ts',
        "import { x } from '../documents/x';",
      ],
      ['a domain rule importing the store', 'cloudfunctions/api/src/domain/x.ts', "import { db } from '../store/db';"],
      ['a domain rule importing an action', 'cloudfunctions/api/src/domain/x.ts', "import { x } from '../actions/x';"],
      ['a domain rule importing the SDK', 'cloudfunctions/api/src/domain/x.ts', "import cloud from 'wx-server-sdk';"],
      ['the contracts importing the app', 'types/x.ts', "import { x } from '../src/x';"],
      ['the contracts importing a library', 'types/x.ts', "import dayjs from 'dayjs';"],
      ['an area of the contracts importing the app', 'types/actions/x.ts', "import { x } from '../../src/x';"],
      ['an area of the contracts importing a library', 'types/actions/x.ts', "import dayjs from 'dayjs';"],
    ].map(([name, file, code]) => [name, lint(file, `${code}\nexport const y = x;\n`)] as const),
  )('refuses %s', (_case, problems) => {
    expect(problems()).toContain('no-restricted-imports');
  });

  it.each(
    [
      [
        'a domain rule importing the catalogue',
        'cloudfunctions/api/src/domain/x.ts',
        "import { y } from '../../../../types/catalogue';",
      ],
      ['a domain rule importing another', 'cloudfunctions/api/src/domain/x.ts', "import { y } from './quota';"],
      ['the contracts importing each other', 'types/x.ts', "import { y } from './catalogue';"],
      ['an area of the contracts importing the records', 'types/actions/x.ts', "import { y } from '../domain';"],
      ['a page importing the catalogue', 'src/pages/home/x.tsx', "import { y } from '../../../types/catalogue';"],
    ].map(([name, file, code]) => [name, lint(file, `${code}\nexport const z = y;\n`)] as const),
  )('allows %s', (_case, problems) => {
    expect(problems()).toEqual([]);
  });

  const lazyRenderer = lint(
    'cloudfunctions/api/src/actions/x.ts',
    "export async function x(): Promise<unknown> {\n  return import('../documents/x');\n}\n",
  );
  it('lets an action load a renderer lazily', () => {
    expect(lazyRenderer()).toEqual([]);
  });

  const cloudCall =
    "import Taro from '@tarojs/taro';\nexport const call = () => Taro.cloud.callFunction({ name: 'api' });\n";
  const cloudInPage = lint('src/pages/home/x.tsx', cloudCall);
  const cloudInServices = lint('src/services/x.ts', cloudCall);
  it('keeps Taro.cloud inside src/services/', () => {
    expect(cloudInPage()).toContain('no-restricted-properties');
    expect(cloudInServices()).toEqual([]);
  });

  const conditionalHook = lint(
    'src/components/X/index.tsx',
    "import { useState } from 'react';\nexport function X({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n",
  );
  it('checks the rules of hooks in the app', () => {
    expect(conditionalHook()).toContain('react-hooks/rules-of-hooks');
  });
});
