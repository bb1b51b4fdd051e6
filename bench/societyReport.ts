import type { Society, Station, StationEvaluation } from '../types/domain';
import { DEMO_USERS } from '../local/demo/people';
import { calendarMoment } from '../cloudfunctions/api/src/domain/calendar';
import { emptyCounter } from '../cloudfunctions/api/src/domain/quotaCount';
import { expectOk, startLocalApi, type LocalApi } from '../test/support/localApi';
import type { Figures } from './figures';

const EXPERTS_PER_STATION = 15;
const RUNS = 10;

/**
 * The society's annual report for a society of 50 stations, each with its counter, evaluation
 * and 15 roster experts, and for one of 5: requests (counted at the local runtime) and median time.
 * The two request counts are the same: the report reads a page per collection, not a station at a time.
 */
export async function benchSocietyReport(): Promise<Figures> {
  const api = await startLocalApi();
  try {
    const year = calendarMoment(new Date()).year;
    const large = await measure(api, await seedSociety(api, 'bench-soc-50', 50, year), year);
    const small = await measure(api, await seedSociety(api, 'bench-soc-5', 5, year), year);
    return {
      reports_society_annual_50_requests: { value: large.requests, unit: 'requests' },
      reports_society_annual_50_ms_p50: { value: large.ms, unit: 'ms' },
      reports_society_annual_5_requests: { value: small.requests, unit: 'requests' },
    };
  } finally {
    await api.stop();
  }
}

async function measure(api: LocalApi, societyId: string, year: number): Promise<{ requests: number; ms: number }> {
  const times: number[] = [];
  let requests = 0;
  for (let run = 0; run < RUNS; run++) {
    api.cloudbase.resetStats();
    const started = performance.now();
    expectOk(await api.call(DEMO_USERS.cityAdmin, 'reports.societyAnnual', { societyId, year }));
    times.push(performance.now() - started);
    requests = api.cloudbase.stats().requests;
  }
  times.sort((a, b) => a - b);
  return { requests, ms: Math.round(times[RUNS >> 1] * 100) / 100 };
}

async function seedSociety(api: LocalApi, societyId: string, count: number, year: number): Promise<string> {
  const [society] = (await api.cloudbase.store.find('societies', { _id: 'soc-nonferrous' })) as unknown as Society[];
  const [template] = (await api.cloudbase.store.find('stations', { _id: 'st-aluminium' })) as unknown as Station[];
  await api.cloudbase.store.insertMany('societies', [{ ...society, _id: societyId, name: `基准学会 ${count}` }]);
  const stations = Array.from({ length: count }, (_, i): Station => ({
    ...template,
    _id: `${societyId}-st-${i}`,
    name: `基准工作站 ${i}`,
    societyId,
  }));
  const at = new Date().toISOString();
  await api.cloudbase.store.insertMany('stations', stations);
  await api.cloudbase.store.insertMany(
    'quotaCounters',
    stations.map((station, i) => ({
      ...emptyCounter(station._id, societyId, year, at),
      needsServed: i % 12,
      visits: i,
    })),
  );
  await api.cloudbase.store.insertMany(
    'evaluations',
    stations.map((station, i): StationEvaluation => ({
      _id: `${station._id}:${year}`,
      stationId: station._id,
      societyId,
      stationName: station.name,
      year,
      overall: 1 + (i % 5),
      comment: '基准评价',
      intent: 'continue',
      submittedBy: DEMO_USERS.demandUnit,
      submittedAt: at,
    })),
  );
  await api.cloudbase.store.insertMany(
    'roles',
    stations.flatMap((station) =>
      Array.from({ length: EXPERTS_PER_STATION }, (_, e) => ({
        _id: `expert:${station._id}:bench-expert-${e}`,
        openid: `bench-expert-${e}`,
        role: 'expert',
        societyId,
        stationId: station._id,
        grantedAt: at,
        grantedBy: DEMO_USERS.cityAdmin,
      })),
    ),
  );
  return societyId;
}
