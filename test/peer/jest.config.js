const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const here = __dirname;
const suite = path.resolve(here, '../../.tmp/peer-suite/2.8.1/package');
// A first run anywhere (a fresh clone, a targeted `npx jest`) fetches the suite before Jest looks for it.
if (!existsSync(suite)) execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(here, 'suite.ts')]);
const swc = { jsc: { target: 'es2022' } };

// The authors ran the suite in China: its dates are made in local time and expected in
// Asia/Shanghai. This Jest runs the peer suite alone; the project's own tests stay in UTC.
process.env.TZ = 'Asia/Shanghai';

/**
 * The peer suite as its authors wrote it, nothing edited: what it imports of the SDK's own
 * source and of its configuration is mapped to the local runtime here.
 */
module.exports = {
  displayName: 'peer',
  rootDir: suite,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/database/**/*.test.ts'],
  transform: {
    // Written for ts-jest without esModuleInterop: `import * as assert` is the module itself.
    '/\\.tmp/peer-suite/.+\\.ts$': ['@swc/jest', { ...swc, module: { type: 'commonjs', noInterop: true } }],
    // The tests also import the SDK's database source, TypeScript shipped in the package.
    '/node_modules/@cloudbase/.+\\.ts$': ['@swc/jest', swc],
    '^.+\\.(t|j)sx?$': ['@swc/jest', swc],
  },
  moduleNameMapper: {
    '/src/index$': path.join(here, 'tcb.ts'),
    '/config\\.local$': path.join(here, 'config.ts'),
  },
  resolver: path.join(here, 'resolver.js'),
  transformIgnorePatterns: ['/node_modules/(?!@cloudbase/).+'],
  setupFilesAfterEnv: [path.join(here, 'describe.ts')],
  globalSetup: path.join(here, 'runtime.ts'),
  globalTeardown: path.join(here, 'stopRuntime.ts'),
  testTimeout: 60000,
};
