import type { QuotaCounter, RoleGrant, Station } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { dashboardRow } from '../../cloudfunctions/api/src/domain/quotaDashboard';
import { yearElapsed } from '../../cloudfunctions/api/src/domain/quota';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM } from '../support/needs';

/**
 * The enforcement messages: on the 1st of each month the heads of stations at risk or behind
 * hear of it, once; and an expert leaving a roster is told to the head and the society's admins.
 */

const TEMPLATE = 'demo-template-station-alert';
let api: LocalApi;
const rid = requestIds('quota-alerts');
beforeAll(async () => {
  api = await startLocalApi({ users: DEMO_SIGN_IN.map(({ openid, label }) => ({ openid, label })) });
});
afterAll(() => api.stop());

const year = () => calendarMoment(new Date()).year;
type Sent = { touser: string; template_id: string; page: string; data: Record<string, { value: string }> };
const alertsSince = (mark: number) =>
  api.cloudbase
    .openApiCalls()
    .slice(mark)
    .filter((call) => call.api === 'subscribeMessage.send')
    .map((call) => call.data as Sent)
    .filter((message) => message.template_id === TEMPLATE);
/** A tick of the hourly trigger with the function's clock at `time`: the clock decides, not the event. */
const tick = (time: string) => {
  api.cloudbase.setClock(time);
  return api.cloudbase.invoke('api', { Type: 'Timer', TriggerName: 'hourly', Time: time }, { openid: '' });
};
afterEach(() => api.cloudbase.setClock(null));

describe('the monthly quota check', () => {
  it('tells the head of every station at risk or behind, by the same rule as the pages, and only once', async () => {
    const time = `${year()}-07-01T09:05:00+08:00`;
    const now = new Date(time);
    const stations = (await api.cloudbase.store.find('stations', {})) as unknown as Station[];
    const counters = (await api.cloudbase.store.find('quotaCounters', { year: year() })) as unknown as QuotaCounter[];
    const roles = (await api.cloudbase.store.find('roles', { role: 'expert' })) as unknown as RoleGrant[];
    const expected = stations
      .filter((station) => station.status === 'operating' && station.headOpenid)
      .map((station) =>
        dashboardRow(
          station,
          counters.find((counter) => counter.stationId === station._id),
          roles.filter((grant) => grant.stationId === station._id && !grant.revokedAt).length,
          yearElapsed(year(), now),
          now,
        ),
      )
      .filter((row) => row.status === 'at_risk' || row.status === 'behind');
    expect(expected.length).toBeGreaterThan(0);

    const mark = api.cloudbase.openApiCalls().length;
    expect(await tick(time)).toMatchObject({ ran: expect.arrayContaining(['monthly-quota-alerts']) });
    const sent = alertsSince(mark);
    const heads = new Map(stations.map((station) => [station._id, station.headOpenid]));
    expect(sent.map((message) => message.touser).sort()).toEqual(
      expected.map((row) => heads.get(row.stationId)).sort(),
    );
    for (const row of expected) {
      const message = sent.find((m) => m.page.includes(`stationId=${row.stationId}&`));
      expect(message?.data.phrase2.value).toBe(row.status === 'behind' ? '进度落后' : '进度有风险');
      expect(message?.data.thing3.value).toMatch(/^年度任务还差/);
    }
    expect(await api.cloudbase.store.count('quotaAlerts', { year: year(), month: 7 })).toBe(expected.length);

    const again = api.cloudbase.openApiCalls().length;
    await tick(`${year()}-07-01T09:40:00+08:00`);
    expect(alertsSince(again)).toEqual([]);
  });

  it('does not run on other days', async () => {
    expect(await tick(`${year()}-07-02T09:05:00+08:00`)).toMatchObject({
      ran: expect.not.arrayContaining(['monthly-quota-alerts']),
    });
  });
});

describe('an expert leaving a roster', () => {
  it('is told to the head and the society’s admins, with the roster below the quota named', async () => {
    const openid = 'expert-leaving';
    const grantId = `expert:${ALUMINIUM}:${openid}`;
    await api.cloudbase.store.insertMany('roles', [
      {
        _id: grantId,
        openid,
        role: 'expert',
        societyId: 'soc-nonferrous',
        stationId: ALUMINIUM,
        grantedAt: new Date().toISOString(),
        grantedBy: DEMO_USERS.stationHead,
      },
    ]);
    const mark = api.cloudbase.openApiCalls().length;
    expectOk(await api.call(DEMO_USERS.stationHead, 'roster.remove', { stationId: ALUMINIUM, grantId }, rid()));
    const sent = alertsSince(mark);
    expect(sent.map((message) => message.touser).sort()).toEqual(
      [DEMO_USERS.stationHead, DEMO_USERS.societyAdmin].sort(),
    );
    const roster = await api.cloudbase.store.count('roles', { stationId: ALUMINIUM, role: 'expert' });
    expect(roster).toBeLessThan(10);
    expect(sent[0].data.phrase2.value).toBe('名册不足');
    expect(sent[0].data.thing3.value).toContain('少于要求10人');
  });

  it('says nothing when someone other than an expert leaves', async () => {
    const grantId = `demand_unit:${ALUMINIUM}:unit-leaving`;
    await api.cloudbase.store.insertMany('roles', [
      {
        _id: grantId,
        openid: 'unit-leaving',
        role: 'demand_unit',
        societyId: 'soc-nonferrous',
        stationId: ALUMINIUM,
        grantedAt: new Date().toISOString(),
        grantedBy: DEMO_USERS.stationHead,
      },
    ]);
    const mark = api.cloudbase.openApiCalls().length;
    expectOk(await api.call(DEMO_USERS.stationHead, 'roster.remove', { stationId: ALUMINIUM, grantId }, rid()));
    expect(alertsSince(mark)).toEqual([]);
  });
});
