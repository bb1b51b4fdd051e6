import type { ActionName, ActionRequest } from '../types/actions';
import type { Industry, SocietyLevel, Station } from '../types/domain';
import { DEMO_USERS } from '../local/demo/people';
import { expectOk, startLocalApi, type LocalApi } from '../test/support/localApi';
import { calendarMoment } from '../cloudfunctions/api/src/domain/calendar';
import { INDUSTRIES, SOCIETY_LEVELS } from '../types/catalogue';
import { countConfirmedVisits, type CountedVisit } from '../cloudfunctions/api/src/domain/quotaCount';
import type { Figures } from './figures';

const STATIONS = 1_000;
/** The programme nationwide: ten times the city's scale, for the rebuild's growth with the data. */
const NATIONAL_STATIONS = 10_000;
const VISITS_PER_STATION = 100;
const NEEDS_PER_STATION = 30;
const EXPERTS_PER_STATION = 15;
const RUNS = 10;
/** Documents per direct insert: keeps each log line of the local store a few MB. */
const CHUNK = 5_000;

/**
 * The quota figures at the programme's scale: 1,000 stations with 100 confirmed visits each
 * this year (100,000), counted as the function counts them, and 15 roster experts each.
 * One station's progress and the city's dashboard: requests (counted at the local runtime)
 * and median time; the rebuild: one pass over the 100,000 visits, checking every station-year.
 */
export async function benchQuotas(): Promise<Figures> {
  const figures = await quotasAt(STATIONS);
  return {
    progress_requests_station: figures.progress_requests,
    progress_ms_station: figures.progress_ms,
    dashboard_requests_1000_stations: figures.dashboard_requests,
    dashboard_ms_1000_stations: figures.dashboard_ms,
    rebuild_requests_100k_visits: figures.rebuild_requests,
    rebuild_ms_100k_visits: figures.rebuild_ms,
    rebuild_calls_100k_visits: figures.rebuild_batches,
    quota_scans_100k_visits: figures.scans,
  };
}

/**
 * The same at 10,000 stations and 1,000,000 visits (minutes; `npm run bench:national`), then
 * at 1,000 on the same machine, for the rebuild's growth: linear data, linear time (goal ≤ 12×).
 */
export async function benchNational(): Promise<Figures> {
  const national = await quotasAt(NATIONAL_STATIONS);
  const city = await quotasAt(STATIONS);
  return {
    national_progress_requests: national.progress_requests,
    national_progress_ms: national.progress_ms,
    national_dashboard_requests: national.dashboard_requests,
    national_dashboard_ms: national.dashboard_ms,
    national_rebuild_requests: national.rebuild_requests,
    national_rebuild_ms: national.rebuild_ms,
    national_rebuild_calls: national.rebuild_batches,
    national_scans: national.scans,
    national_rebuild_growth: {
      value: Math.round((national.rebuild_ms.value / city.rebuild_ms.value) * 100) / 100,
      unit: 'ratio',
    },
  };
}

async function quotasAt(stationCount: number): Promise<Figures> {
  const api = await startLocalApi();
  try {
    const year = calendarMoment(new Date()).year;
    const stations = await seedStations(api, stationCount);
    await seedVisits(api, stations, year);
    api.cloudbase.resetScans();
    const figures: Figures = {};
    const measure = async <A extends ActionName>(name: string, action: A, data: ActionRequest<A>) => {
      const times: number[] = [];
      let requests = 0;
      for (let run = 0; run < RUNS; run++) {
        api.cloudbase.resetStats();
        const started = performance.now();
        expectOk(await api.call(DEMO_USERS.cityAdmin, action, data));
        times.push(performance.now() - started);
        requests = api.cloudbase.stats().requests;
      }
      times.sort((a, b) => a - b);
      figures[`${name}_requests`] = { value: requests, unit: 'requests' };
      figures[`${name}_ms`] = { value: Math.round(times[RUNS >> 1] * 100) / 100, unit: 'ms' };
    };
    await measure('progress', 'quotas.progress', { stationId: stations[stationCount >> 1]._id });
    await measure('dashboard', 'quotas.dashboard', {});
    Object.assign(figures, await measureRebuild(api, year, stationCount));
    // Queries of these actions that no declared index served: each would read every document in production.
    figures.scans = { value: api.cloudbase.scans().length, unit: 'queries' };
    return figures;
  } finally {
    await api.stop();
  }
}

/** The whole rebuild as the page drives it: every batch, one after the other, requests and time summed. */
async function measureRebuild(api: LocalApi, year: number, stationCount: number): Promise<Figures> {
  let after: string | undefined;
  let batches = 0;
  let checked = 0;
  api.cloudbase.resetStats();
  const started = performance.now();
  for (;;) {
    const input = { year, ...(after && { after }) };
    const batch = expectOk(await api.call(DEMO_USERS.cityAdmin, 'quotas.rebuild', input, `bench-rebuild-${batches}`));
    batches += 1;
    checked += batch.visits;
    if (batch.repairedStations > 0) throw new Error('the seeded counts should agree with the visits');
    if (batch.next === null) break;
    after = batch.next;
  }
  const ms = performance.now() - started;
  const requests = api.cloudbase.stats().requests;
  if (checked < stationCount * VISITS_PER_STATION) throw new Error(`the rebuild checked ${checked} visits`);
  return {
    rebuild_requests: { value: requests, unit: 'requests' },
    rebuild_ms: { value: Math.round(ms), unit: 'ms' },
    rebuild_batches: { value: batches, unit: 'calls' },
  };
}

async function insertChunked(api: LocalApi, collection: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += CHUNK)
    await api.cloudbase.store.insertMany(collection, docs.slice(i, i + CHUNK));
}

async function seedStations(api: LocalApi, stationCount: number): Promise<Station[]> {
  const [template] = (await api.cloudbase.store.find('stations', { _id: 'st-aluminium' })) as unknown as Station[];
  const stations = Array.from({ length: stationCount }, (_, i): Station => {
    const level: SocietyLevel = SOCIETY_LEVELS[i % SOCIETY_LEVELS.length];
    const industry: Industry = INDUSTRIES[i % INDUSTRIES.length];
    return {
      ...template,
      _id: `bench-st-${i}`,
      name: `基准工作站 ${i}`,
      societyId: `bench-soc-${i % 40}`,
      level,
      industry,
    };
  });
  await insertChunked(api, 'stations', stations);
  const at = new Date().toISOString();
  await insertChunked(
    api,
    'roles',
    stations.flatMap((station) =>
      Array.from({ length: EXPERTS_PER_STATION }, (_, e) => ({
        _id: `expert:${station._id}:bench-expert-${e}`,
        openid: `bench-expert-${e}`,
        role: 'expert',
        societyId: station.societyId,
        stationId: station._id,
        grantedAt: at,
        grantedBy: DEMO_USERS.cityAdmin,
      })),
    ),
  );
  return stations;
}

/** Visits spread over the months gone this year; their counters and marks as the confirmations made them. */
async function seedVisits(api: LocalApi, stations: Station[], year: number): Promise<void> {
  const monthsGone = calendarMoment(new Date()).month;
  const visits = stations.flatMap((station, s) =>
    Array.from({ length: VISITS_PER_STATION }, (_, v) => {
      const month = 1 + ((s + v) % monthsGone);
      const at = new Date(Date.UTC(year, month - 1, 1 + (v % 27), 2)).toISOString();
      const counted: CountedVisit = {
        _id: `bench-visit-${s}-${v}`,
        stationId: station._id,
        societyId: station.societyId,
        needId: `bench-need-${s}-${v % NEEDS_PER_STATION}`,
        expertOpenid: `bench-expert-${(v * 7) % EXPERTS_PER_STATION}`,
        year,
        month,
        outOfProvince: v % 3 === 0,
        checkIn: { at },
      };
      return counted;
    }),
  );
  await insertChunked(
    api,
    'visits',
    visits.map((visit) => ({
      ...visit,
      stationName: '基准工作站',
      needTitle: '基准需求',
      expertName: '基准专家',
      serviceType: 'consulting',
      status: 'confirmed',
      checkIn: { at: visit.checkIn.at, receivedAt: visit.checkIn.at, late: false, proof: 'location', photos: [] },
      confirmedAt: visit.checkIn.at,
      createdAt: visit.checkIn.at,
      updatedAt: visit.checkIn.at,
    })),
  );
  const { counters, marks } = countConfirmedVisits(visits, new Date().toISOString());
  await insertChunked(api, 'quotaCounters', counters);
  await insertChunked(api, 'quotaMarks', marks);
}
