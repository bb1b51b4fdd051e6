// Prints jest's totals as the one plain line CI reads: `N passed, N failed`.
const fs = require('node:fs');

const file = process.argv[2];
if (!fs.existsSync(file)) {
  console.log('0 passed, 0 failed');
  console.error(`no test results at ${file}: the suite did not run`);
  process.exit(1);
}
const summary = JSON.parse(fs.readFileSync(file, 'utf8'));
const failedSuites = summary.numRuntimeErrorTestSuites ?? 0;
console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests + failedSuites} failed`);
