/*
 * Run by test/runtime/coldStart.test.ts in a fresh Node process, with nothing loaded before it:
 * requires the built function as the platform does, runs one event, and prints the modules of the
 * rendering libraries (exceljs, docx) loaded by the cold start and by the time the event is answered.
 */
const path = require('node:path');

const [bundle, event] = process.argv.slice(2);
const RENDERERS = ['exceljs', 'docx'].map((name) => `${path.sep}node_modules${path.sep}${name}${path.sep}`);
const rendererModules = () =>
  Object.keys(require.cache).filter((file) => RENDERERS.some((renderer) => file.includes(renderer)));

const fn = require(bundle);
const cold = rendererModules();
fn.main(JSON.parse(event), {}).then((result) => {
  process.stdout.write(JSON.stringify({ cold, answered: rendererModules(), result }));
});
