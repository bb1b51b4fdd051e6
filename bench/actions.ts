import type { ActionName, ActionRequest } from '../types/actions';
import { DEMO_NEWCOMERS, DEMO_USERS } from '../local/demo/people';
import { expectOk, startLocalApi, type LocalApi } from '../test/support/localApi';
import { needInput } from '../test/support/needs';
import { calendarMoment } from '../cloudfunctions/api/src/domain/calendar';
import type { Figures } from './figures';

const RUNS = 20;
/** Needs at the measured station: years of a busy station's work. */
const NEEDS = 5_000;
/** Visits of the measured expert: a decade of weekly service. */
const VISITS = 500;

/**
 * Database requests (counted at the local runtime) and wall time of one call of each action,
 * on the demo data with 1,000 extra roster members and 5,000 needs at the measured station:
 * requests must not grow with the data.
 */
export async function benchActions(): Promise<Figures> {
  const api = await startLocalApi();
  try {
    await padRoster(api, 1_000);
    const figures: Figures = {};
    let serial = 0;
    const measure = async <A extends ActionName>(
      name: string,
      openid: string,
      action: A,
      data: () => Promise<ActionRequest<A>> | ActionRequest<A>,
      write = false,
    ) => {
      const times: number[] = [];
      let requests = 0;
      for (let run = 0; run < RUNS; run++) {
        const input = await data();
        api.cloudbase.resetStats();
        const started = performance.now();
        expectOk(await api.call(openid, action, input, write ? `bench-request-${++serial}` : undefined));
        times.push(performance.now() - started);
        requests = api.cloudbase.stats().requests;
      }
      times.sort((a, b) => a - b);
      figures[`api_requests_${name}`] = { value: requests, unit: 'requests' };
      figures[`api_ms_p50_${name}`] = { value: Math.round(times[RUNS >> 1] * 100) / 100, unit: 'ms' };
    };

    await measure('whoami', DEMO_USERS.expert, 'session.whoami', () => ({}));
    await measure('stations_get', DEMO_USERS.stationHead, 'stations.get', () => ({ stationId: 'st-aluminium' }));
    await measure('roster_list_1000', DEMO_USERS.stationHead, 'roster.list', () => ({ stationId: 'st-aluminium' }));
    const codes: string[] = [];
    await measure(
      'invitations_create',
      DEMO_USERS.stationHead,
      'invitations.create',
      () => ({ role: 'expert', stationId: 'st-aluminium', validDays: 7, maxUses: 50 }),
      true,
    );
    const latest = await api.cloudbase.store.find('invitations', { createdBy: DEMO_USERS.stationHead });
    codes.push(...latest.map((doc) => doc._id));
    let next = 0;
    await measure('invitations_bind', DEMO_NEWCOMERS[0], 'invitations.bind', () => ({ code: codes[next++] }), true);

    const needIds = await padNeeds(api, NEEDS);
    await measure(`needs_list_${NEEDS}`, DEMO_USERS.stationHead, 'needs.list', () => ({
      stationId: 'st-aluminium',
      statuses: ['submitted'],
      search: '工艺',
    }));
    await measure('needs_get', DEMO_USERS.demandUnit, 'needs.get', () => ({ needId: needIds[0] }));
    await measure('needs_create', DEMO_USERS.demandUnit, 'needs.create', () => needInput(), true);
    let accepted = 0;
    await measure(
      'needs_accept',
      DEMO_USERS.stationHead,
      'needs.accept',
      () => ({ needId: needIds[++accepted], expertOpenids: [DEMO_USERS.expert, 'expert-02'] }),
      true,
    );
    await measure('evaluations_summary_society', DEMO_USERS.societyAdmin, 'evaluations.summary', () => ({
      societyId: 'soc-nonferrous',
    }));

    await padVisits(api, VISITS);
    const at = () => new Date().toISOString();
    await measure(
      'visits_check_in',
      DEMO_USERS.expert,
      'visits.checkIn',
      async () => {
        // Each run checks in afresh: the previous run's visit is checked out first (not measured).
        const open = expectOk(await api.call(DEMO_USERS.expert, 'visits.current', {}));
        if (open) {
          const out = {
            visitId: open.id,
            at: at(),
            summary: '基准测试：现场服务内容记录。',
            outcomes: '',
            photos: [],
            attachments: [],
          };
          expectOk(await api.call(DEMO_USERS.expert, 'visits.checkOut', out, `bench-out-${open.id}`));
        }
        return {
          stationId: 'st-aluminium',
          needId: 'need-st-aluminium-1',
          serviceType: 'consulting' as const,
          at: at(),
          location: { latitude: 26.6785, longitude: 106.6328 },
          accuracyM: 20,
          photos: [],
        };
      },
      true,
    );
    await measure(`visits_mine_${VISITS}`, DEMO_USERS.expert, 'visits.mine', () => ({}));
    return figures;
  } finally {
    await api.stop();
  }
}

async function padRoster(api: LocalApi, count: number): Promise<void> {
  const at = new Date().toISOString();
  await api.cloudbase.store.insertMany(
    'roles',
    Array.from({ length: count }, (_, i) => ({
      _id: `expert:st-aluminium:bench-${i}`,
      openid: `bench-${i}`,
      role: 'expert',
      societyId: 'soc-nonferrous',
      stationId: 'st-aluminium',
      grantedAt: at,
      grantedBy: DEMO_USERS.stationHead,
    })),
  );
}

/** Submitted needs, a tenth of them closed with a rating; answers the submitted ones' ids. */
async function padNeeds(api: LocalApi, count: number): Promise<string[]> {
  const at = new Date().toISOString();
  const needs = Array.from({ length: count }, (_, i) => {
    const closed = i % 10 === 9;
    return {
      _id: `bench-need-${i}`,
      stationId: 'st-aluminium',
      societyId: 'soc-nonferrous',
      stationName: '中国有色金属学会产业科技服务工作站（华铝新材料）',
      demandUnitName: '贵州华铝新材料有限公司',
      title: `第 ${i} 号需求：${i % 3 === 0 ? '熔铸工艺' : '设备改造'}`,
      description: '用于基准测试的需求。',
      industry: 'aluminium',
      serviceType: 'consulting',
      expectedOutcome: '方案',
      urgency: 'normal',
      desiredDate: '',
      attachments: [],
      status: closed ? 'closed' : 'submitted',
      submittedBy: DEMO_USERS.demandUnit,
      onBehalf: false,
      year: 2020 + (i % 7),
      assignedExperts: closed ? [DEMO_USERS.expert] : [],
      history: [{ kind: 'submitted', at, by: DEMO_USERS.demandUnit, role: 'demand_unit' }],
      ...(closed && { evaluation: { rating: 1 + (i % 5), comment: '', by: DEMO_USERS.demandUnit, at } }),
      createdAt: at,
      updatedAt: at,
    };
  });
  await api.cloudbase.store.insertMany('needs', needs);
  return needs.filter((need) => need.status === 'submitted').map((need) => need._id);
}

/** Confirmed visits of the demo expert at the measured station, spread over the past years. */
async function padVisits(api: LocalApi, count: number): Promise<void> {
  const visits = Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.now() - (i + 1) * 7 * 86_400_000).toISOString();
    const { year, month } = calendarMoment(at);
    return {
      _id: `bench-visit-${i}`,
      stationId: 'st-aluminium',
      societyId: 'soc-nonferrous',
      stationName: '中国有色金属学会产业科技服务工作站（华铝新材料）',
      needId: 'need-st-aluminium-1',
      needTitle: '电解槽能耗偏高的原因诊断',
      expertOpenid: DEMO_USERS.expert,
      expertName: '陈静',
      serviceType: 'consulting',
      status: 'confirmed',
      checkIn: { at, receivedAt: at, late: false, proof: 'location', photos: [] },
      year,
      month,
      outOfProvince: true,
      createdAt: at,
      updatedAt: at,
    };
  });
  await api.cloudbase.store.insertMany('visits', visits);
}
