import type { ActionName, ActionRequest } from '../types/actions';
import type { Visit } from '../types/domain';
import { DEMO_USERS } from '../local/demo/people';
import { expectOk, startLocalApi, type LocalApi } from '../test/support/localApi';
import { calendarMoment } from '../cloudfunctions/api/src/domain/calendar';
import type { Figures } from './figures';

const RUNS = 20;
/** A busy expert's year: about four visits a week. */
const VISITS = 200;
/** The most one request returns: the statement's requests must be the same there. */
const MOST_VISITS = 1_000;
const YEAR = 2024;
const BUSY_YEAR = 2023;
const STATIONS = ['st-aluminium', 'st-seed', 'st-electronics'];
const SOCIETIES = ['soc-nonferrous', 'soc-agri', 'soc-electronics'];

/**
 * The expert's 服务证明 for a year of 200 confirmed visits at three stations, 40 needs, a third
 * rated: database requests (counted at the local runtime) and wall time of the page's action and
 * of the Word file; and the requests for a year of 1,000, which must be the same.
 */
export async function benchExpertStatement(): Promise<Figures> {
  const api = await startLocalApi();
  try {
    await insertYear(api, YEAR, VISITS);
    await insertYear(api, BUSY_YEAR, MOST_VISITS);
    const figures: Figures = {};
    const measure = async <A extends ActionName>(name: string, action: A, data: ActionRequest<A>, runs = RUNS) => {
      const times: number[] = [];
      let requests = 0;
      for (let run = 0; run < runs; run++) {
        api.cloudbase.resetStats();
        const started = performance.now();
        expectOk(await api.call(DEMO_USERS.expert, action, data));
        times.push(performance.now() - started);
        requests = api.cloudbase.stats().requests;
      }
      times.sort((a, b) => a - b);
      figures[`api_requests_${name}`] = { value: requests, unit: 'requests' };
      figures[`api_ms_p50_${name}`] = { value: Math.round(times[runs >> 1] * 100) / 100, unit: 'ms' };
    };
    await measure('reports_expert_statement', 'reports.expertStatement', { year: YEAR });
    await measure(`reports_expert_statement_${MOST_VISITS}`, 'reports.expertStatement', { year: BUSY_YEAR }, 5);
    await measure('reports_expert_statement_document', 'reports.expertStatementDocument', { year: YEAR }, 5);
    return figures;
  } finally {
    await api.stop();
  }
}

/** `count` confirmed visits of the demo expert spread over `year`, each checked out after 2 hours. */
async function insertYear(api: LocalApi, year: number, count: number): Promise<void> {
  const start = Date.parse(`${year}-01-01T09:00:00+08:00`);
  const spacing = Math.floor((365 * 86_400_000) / count);
  const visits: Visit[] = Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * spacing).toISOString();
    const end = new Date(start + i * spacing + 2 * 3_600_000).toISOString();
    const s = i % STATIONS.length;
    return {
      _id: `bench-statement-${year}-${i}`,
      stationId: STATIONS[s],
      societyId: SOCIETIES[s],
      stationName: STATIONS[s],
      needId: `bench-statement-need-${i % 40}`,
      needTitle: `第 ${i % 40} 号需求`,
      expertOpenid: DEMO_USERS.expert,
      expertName: '陈静',
      serviceType: 'consulting',
      status: 'confirmed',
      checkIn: { at, receivedAt: at, late: false, proof: 'location', photos: [] },
      checkOut: {
        at: end,
        receivedAt: end,
        late: false,
        summary: '现场诊断熔铸车间的除气工艺，给出改进建议并培训操作人员。',
        outcomes: '形成书面建议',
        photos: [],
        attachments: [],
      },
      durationMinutes: 120,
      ...(i % 3 === 0 && {
        rating: {
          responsiveness: 5,
          professionalism: 4,
          effect: 4,
          comment: '',
          by: DEMO_USERS.demandUnit,
          firstAt: end,
          at: end,
        },
      }),
      year: calendarMoment(at).year,
      month: calendarMoment(at).month,
      outOfProvince: true,
      confirmedAt: end,
      createdAt: at,
      updatedAt: end,
    };
  });
  await api.cloudbase.store.insertMany('visits', visits);
}
