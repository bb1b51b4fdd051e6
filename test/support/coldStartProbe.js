/*
 * Run by test/runtime/coldStart.test.ts in a fresh Node process, with nothing loaded before it:
 * requires the built function as the platform does, runs one event, and prints the exceljs
 * modules loaded by the cold start and by the time the event is answered.
 */
const path = require('node:path');

const [bundle, event] = process.argv.slice(2);
const EXCELJS = `${path.sep}node_modules${path.sep}exceljs${path.sep}`;
const exceljsModules = () => Object.keys(require.cache).filter((file) => file.includes(EXCELJS));

const fn = require(bundle);
const cold = exceljsModules();
fn.main(JSON.parse(event), {}).then((result) => {
  process.stdout.write(JSON.stringify({ cold, answered: exceljsModules(), result }));
});
