// Prints jest's totals as the one plain line CI reads: `N passed, N failed`, over every results file given.
const fs = require('node:fs');

const files = process.argv.slice(2);
const missing = files.filter((file) => !fs.existsSync(file));
let passed = 0;
let failed = missing.length;
for (const file of files.filter((name) => fs.existsSync(name))) {
  const summary = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests + (summary.numRuntimeErrorTestSuites ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
if (missing.length > 0) {
  console.error(`no test results at ${missing.join(', ')}: that part of the suite did not run`);
  process.exit(1);
}
