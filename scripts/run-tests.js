// The README's test command: the project's own suite, then the peer suite (Tencent's database
// tests against the local runtime) in a Jest of its own, since it runs in another time zone.
// Both always run; the exit code is a failure if either failed.
const { spawnSync } = require('node:child_process');

const jest = require.resolve('jest/bin/jest');
const run = (args) => spawnSync(process.execPath, [jest, ...args], { stdio: 'inherit' }).status ?? 1;

const own = run(['--ci', '--json', '--outputFile=test-results/jest.json', ...process.argv.slice(2)]);
const peer = run(['-c', 'test/peer/jest.config.js', '--ci', '--json', '--outputFile=test-results/peer.json']);
process.exit(own || peer);
