import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { dayNumber } from '../../cloudfunctions/api/src/domain/stationCode';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';

let api: LocalApi;
const rid = requestIds('stations');
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const idsSeenBy = async (openid: string) =>
  expectOk(await api.call(openid, 'stations.list', {}))
    .items.map((station) => station.id)
    .sort();

describe('stations.list shows each caller only the stations their roles reach', () => {
  it.each([
    ['city admin', DEMO_USERS.cityAdmin, ['st-aluminium', 'st-electronics', 'st-seed']],
    ['society admin (its society only)', DEMO_USERS.societyAdmin, ['st-aluminium']],
    ['station head (own station)', DEMO_USERS.stationHead, ['st-aluminium']],
    ['expert (stations on the roster)', DEMO_USERS.expert, ['st-aluminium', 'st-electronics']],
    ['demand-unit contact (own unit)', DEMO_USERS.demandUnit, ['st-aluminium']],
    ['head of another station', 'head-seed', ['st-seed']],
    ['unbound user', 'someone-new', []],
  ])('%s', async (_who, openid, expected) => {
    expect(await idsSeenBy(openid)).toEqual(expected);
  });

  it('returns the summary a list needs, with level, the demand unit and where check-in counts', async () => {
    const { items } = expectOk(await api.call(DEMO_USERS.demandUnit, 'stations.list', {}));
    expect(items).toEqual([
      {
        id: 'st-aluminium',
        name: '中国有色金属学会产业科技服务工作站（华铝新材料）',
        societyId: 'soc-nonferrous',
        societyName: '中国有色金属学会',
        level: 'national',
        industry: 'aluminium',
        demandUnitName: '贵州华铝新材料有限公司',
        status: 'operating',
        location: { latitude: 26.6785, longitude: 106.6328 },
        radiusM: 500,
      },
    ]);
  });

  it('pages with a total', async () => {
    const first = expectOk(await api.call(DEMO_USERS.cityAdmin, 'stations.list', { page: 1, pageSize: 2 }));
    const second = expectOk(await api.call(DEMO_USERS.cityAdmin, 'stations.list', { page: 2, pageSize: 2 }));
    expect([first.total, first.items.length, second.items.length]).toEqual([3, 2, 1]);
    expect(new Set([...first.items, ...second.items].map((s) => s.id)).size).toBe(3);
  });

  it('refuses a bad page size with INVALID_INPUT', async () => {
    expect(await api.call(DEMO_USERS.cityAdmin, 'stations.list', { pageSize: 5000 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });

  it('costs three database requests whether there are 3 stations or 1,003', async () => {
    api.cloudbase.resetStats();
    await api.call(DEMO_USERS.cityAdmin, 'stations.list', {});
    const before = api.cloudbase.stats().requests;
    const more = Array.from({ length: 1000 }, (_, i) => ({
      _id: `bulk-${i}`,
      name: `批量站点${i}`,
      societyId: 'soc-nonferrous',
      societyName: '中国有色金属学会',
      level: 'national',
      industry: 'aluminium',
      demandUnit: { name: `企业${i}`, type: 'enterprise', address: '贵阳' },
      headOpenid: 'h',
      location: { latitude: 26.6, longitude: 106.6 },
      radiusM: 500,
      cooperationStart: '2026-01-01',
      cooperationEnd: '2028-01-01',
      status: 'operating',
      createdAt: '2026-01-01T00:00:00.000Z',
    }));
    await api.cloudbase.store.insertMany('stations', more);
    api.cloudbase.resetStats();
    const page = expectOk(await api.call(DEMO_USERS.societyAdmin, 'stations.list', { pageSize: 100 }));
    expect(page.total).toBe(1001);
    expect(page.items).toHaveLength(100);
    expect(api.cloudbase.stats().requests).toBe(before);
    expect(before).toBe(3);
  });
});

describe('stationCodes.create bounds the first day of a poster', () => {
  /** The calendar date `days` after today in Guiyang. */
  const daysAhead = (days: number) =>
    new Date((dayNumber(calendarMoment(new Date()).date) + days) * 86_400_000).toISOString().slice(0, 10);
  const createCode = (firstDate: string) =>
    api.call(DEMO_USERS.stationHead, 'stationCodes.create', { stationId: 'st-aluminium', firstDate, days: 30 }, rid());
  const postersMade = () => api.cloudbase.openApiCalls().filter((call) => call.api === 'wxacode.getUnlimited').length;

  it('makes a poster starting a year ahead', async () => {
    expect(expectOk(await createCode(daysAhead(365)))).toMatchObject({ firstDate: daysAhead(365) });
  });

  it.each([
    ['yesterday', -1, '不能早于今天'],
    ['a year and a day ahead', 366, `不能晚于 ${daysAhead(365)}`],
    ['9999-12-31', null, `不能晚于 ${daysAhead(365)}`],
  ])('refuses to start on %s, making no poster', async (_label, days, words) => {
    const before = postersMade();
    const result = await createCode(days === null ? '9999-12-31' : daysAhead(days));
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining(words) });
    expect(postersMade()).toBe(before);
  });
});
