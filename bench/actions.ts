import type { ActionName, ActionRequest } from '../types/actions';
import { DEMO_NEWCOMERS, DEMO_USERS } from '../local/demo/people';
import { expectOk, startLocalApi, type LocalApi } from '../test/support/localApi';
import type { Figures } from './figures';

const RUNS = 20;

/**
 * Database requests (counted at the local runtime) and wall time of one call of each action,
 * on the demo data with 1,000 extra roster members at the measured station: requests must not
 * grow with the data.
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
