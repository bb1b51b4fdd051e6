import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchActions } from './actions';
import { benchApiBundle } from './api';
import { benchQuotas } from './quotas';
import type { Figures } from './figures';
import { benchRuntime } from './runtime';
import { benchWeapp } from './weapp';

/** What each figure is measured against, printed beside it. */
const REFERENCES: Record<string, string> = {
  weapp_main_bytes: 'limit 2,097,152 B; bare Taro 4 + React page 312,267 B; budget 560,000 B',
  weapp_total_bytes: 'limit 20,971,520 B',
  runtime_startup_ms_100k_docs: 'must stay under 3,000 ms',
  dashboard_requests_1000_stations:
    'a handful: a page per 1,000 stations for each of stations, counters, rosters; none per visit',
  progress_requests_station: 'must not grow with visits',
};

async function main(): Promise<void> {
  const figures: Figures = {
    ...benchWeapp(),
    ...(await benchApiBundle()),
    ...(await benchActions()),
    ...(await benchRuntime()),
    ...(await benchQuotas()),
  };
  const file = path.join(__dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
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
