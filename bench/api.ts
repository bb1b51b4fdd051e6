import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { buildCloud } from '../scripts/build-cloud';
import type { Figures } from './figures';

/** Fresh processes timed for the cold-start share; their median is reported. */
const COLD_STARTS = 7;

/**
 * A cold start as the platform makes it: the SDK, then the bundle, which finds the SDK loaded,
 * so the second time is what our code adds to a cold start; printed as a share of the first.
 */
const COLD_START = `
const sdkStarted = process.hrtime.bigint();
require('wx-server-sdk');
const bundleStarted = process.hrtime.bigint();
require(process.argv[1]);
const done = process.hrtime.bigint();
console.log(Number(done - bundleStarted) / Number(bundleStarted - sdkStarted));
`;

/**
 * What the first export or document loads on top of a cold start: the bytes of every file that
 * require(library) adds to the module cache. For exceljs, not its dist/exceljs.js (1.9 MB), which
 * is its browser build: in Node its entry loads lib/ and some 130 packages under it, and all of
 * that is read and compiled before the first workbook is written. docx is one bundled file.
 */
const LIBRARY_LOAD = `
require('wx-server-sdk');
require(process.argv[1]);
const cold = new Set(Object.keys(require.cache));
require(process.argv[2]);
const added = Object.keys(require.cache).filter((file) => !cold.has(file));
console.log(added.reduce((sum, file) => sum + require('node:fs').statSync(file).size, 0));
`;

/** Runs `script` in a fresh Node process started in the function's folder, so it resolves what the function would. */
function inFreshProcess(script: string, bundle: string, ...args: string[]): number {
  const output = execFileSync(process.execPath, ['-e', script, bundle, ...args], {
    cwd: path.dirname(bundle),
    encoding: 'utf8',
  });
  return Number(output.trim());
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchApiBundle(): Promise<Figures> {
  const bundle = await buildCloud();
  const shares = Array.from({ length: COLD_STARTS }, () => inFreshProcess(COLD_START, bundle));
  return {
    api_bundle_bytes: { value: statSync(bundle).size, unit: 'B' },
    api_export_bytes: { value: inFreshProcess(LIBRARY_LOAD, bundle, 'exceljs'), unit: 'B' },
    api_document_bytes: { value: inFreshProcess(LIBRARY_LOAD, bundle, 'docx'), unit: 'B' },
    api_cold_extra_share: { value: Math.round(median(shares) * 1000) / 1000, unit: 'ratio' },
  };
}
