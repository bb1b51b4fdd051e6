import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchActions } from './actions';
import { benchApiBundle } from './api';
import { benchDocuments } from './documents';
import { benchNational, benchQuotas } from './quotas';
import { benchExpertStatement } from './expertStatement';
import type { Figures } from './figures';
import { benchRuntime } from './runtime';
import { benchSocietyReport } from './societyReport';
import { benchWeapp } from './weapp';

/** What each figure is measured against, printed beside it. */
const REFERENCES: Record<string, string> = {
  weapp_main_bytes: 'limit 2,097,152 B; bare Taro 4 + React page 312,267 B; budget 480,000 B',
  weapp_total_bytes: 'limit 20,971,520 B',
  api_export_bytes: 'loaded by the first export only, never by a cold start',
  api_document_bytes: 'loaded by the first Word document only, never by a cold start',
  application_form_ms_p50: 'one full 申报书 (national level, 10 experts), renderer loaded; median of 20',
  assessment_document_ms_p50:
    'one full 考核表 (every section, concluded and recommended), renderer loaded; median of 20',
  api_cold_extra_share: 'require(index.js) over require(wx-server-sdk), median of 7 fresh processes; goal ≤ 0.15',
  runtime_startup_ms_100k_docs: 'must stay under 3,000 ms',
  dashboard_requests_1000_stations:
    'a handful: a page per 1,000 stations for each of stations, counters, rosters; none per visit',
  progress_requests_station: 'must not grow with visits',
  quota_scans_100k_visits: 'queries no declared index served (full scans in production); goal 0',
  national_scans: 'queries no declared index served (full scans in production); goal 0',
  national_rebuild_growth: 'rebuild time at 10,000 stations / 1,000,000 visits over 1,000 / 100,000; goal ≤ 12',
  national_progress_requests: 'as at 1,000 stations: must not grow with the data',
  reports_society_annual_50_requests:
    'a page per collection (stations, counters, evaluations, verdicts, roster); the same as for 5 stations',
  api_requests_reports_expert_statement: 'a year of 200 confirmed visits; the same as for 1,000',
  api_ms_p50_reports_expert_statement: 'a year of 200 confirmed visits, median of 20',
};

/** In the order a full run takes them; `npm run bench -- api quotas` runs only the sections named. */
const SECTIONS: Record<string, () => Figures | Promise<Figures>> = {
  weapp: benchWeapp,
  api: benchApiBundle,
  actions: benchActions,
  runtime: benchRuntime,
  quotas: benchQuotas,
  documents: benchDocuments,
  national: benchNational,
  societyReport: benchSocietyReport,
  statement: benchExpertStatement,
};

/** Minutes and gigabytes: run only when named (`npm run bench:national`). */
const ON_REQUEST = new Set(['national']);

function chosenSections(names: string[]): string[] {
  const unknown = names.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    throw new Error(`no bench section ${unknown.join(', ')}; the sections are ${Object.keys(SECTIONS).join(', ')}`);
  }
  return names.length > 0 ? names : Object.keys(SECTIONS).filter((name) => !ON_REQUEST.has(name));
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const figures: Figures = {};
  for (const name of chosenSections(names)) Object.assign(figures, await SECTIONS[name]());
  const file = path.join(__dirname, 'results.json');
  // A partial run replaces its own figures and keeps the last ones of the sections it did not run.
  const kept: Figures = names.length > 0 && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, `${JSON.stringify({ ...kept, ...figures }, null, 2)}\n`);
  console.table(
    Object.entries(figures).map(([name, { value, unit }]) => ({
      name,
      value,
      unit,
      reference: REFERENCES[name] ?? '',
    })),
  );
  console.log(`written to ${path.relative(process.cwd(), file)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
