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

describe('stations.list searches by name and filters by society, level, industry and status', () => {
  const extra = (id: string, name: string, societyId: string, fields: Record<string, unknown>) => ({
    _id: id,
    name,
    societyId,
    demandUnit: { name: '检索测试单位', type: 'enterprise', address: '贵阳' },
    headOpenid: '',
    location: { latitude: 26.6, longitude: 106.6 },
    radiusM: 500,
    cooperationStart: '2026-01-01',
    cooperationEnd: '2028-01-01',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  });
  beforeAll(async () => {
    await api.cloudbase.store.insertMany('stations', [
      extra('st-search-plus', '贵阳市电子学会产业科技服务站（A+B 联合实验室）', 'soc-electronics', {
        societyName: '贵阳市电子学会',
        level: 'city',
        industry: 'electronics',
        status: 'suspended',
      }),
      extra('st-search-aab', '贵州省农学会产业科技服务站（AAB 种业基地）', 'soc-agri', {
        societyName: '贵州省农学会',
        level: 'provincial',
        industry: 'modern_seed',
        status: 'operating',
      }),
    ]);
  });
  afterAll(() => api.cloudbase.store.removeMany('stations', ['st-search-plus', 'st-search-aab']));

  const found = async (openid: string, filter: Record<string, unknown>) => {
    const page = expectOk(await api.call(openid, 'stations.list', filter));
    expect(page.total).toBe(page.items.length);
    return page.items.map((station) => station.id).sort();
  };

  it.each([
    ['part of a name', { name: '电子学会' }, ['st-electronics', 'st-search-plus']],
    ['a name in another letter case', { name: 'aab' }, ['st-search-aab']],
    ['a society', { societyId: 'soc-agri' }, ['st-search-aab', 'st-seed']],
    ['a level', { level: 'city' }, ['st-electronics', 'st-search-plus']],
    ['an industry', { industry: 'modern_seed' }, ['st-search-aab', 'st-seed']],
    ['a status', { status: 'suspended' }, ['st-search-plus']],
    [
      'a name, a level and a status together',
      { name: '服务站', level: 'provincial', status: 'operating' },
      ['st-search-aab', 'st-seed'],
    ],
    ['a society and a status that no station has together', { societyId: 'soc-agri', status: 'suspended' }, []],
  ])('the city admin finds by %s', async (_label, filter, expected) => {
    expect(await found(DEMO_USERS.cityAdmin, filter)).toEqual(expected);
  });

  it.each([
    ['a+b', ['st-search-plus']],
    ['A+B 联合', ['st-search-plus']],
    ['.*', []],
    ['（AAB', ['st-search-aab']],
    ['[', []],
  ])('searches %s literally, not as a regular expression', async (name, expected) => {
    expect(await found(DEMO_USERS.cityAdmin, { name })).toEqual(expected);
  });

  it.each([
    ['a society admin naming another society', DEMO_USERS.societyAdmin, { societyId: 'soc-agri' }, []],
    ['a society admin searching a name found elsewhere', DEMO_USERS.societyAdmin, { name: '服务站' }, []],
    [
      'a society admin in its own society',
      DEMO_USERS.societyAdmin,
      { name: '华铝', status: 'operating' },
      ['st-aluminium'],
    ],
    ['an expert filtering by level', DEMO_USERS.expert, { level: 'city' }, ['st-electronics']],
    ['an unbound user', 'someone-new', { name: '服务站' }, []],
  ])('keeps the caller to their scope: %s', async (_label, openid, filter, expected) => {
    expect(await found(openid, filter)).toEqual(expected);
  });

  it('costs as many database requests filtered as unfiltered', async () => {
    api.cloudbase.resetStats();
    await api.call(DEMO_USERS.societyAdmin, 'stations.list', {});
    const unfiltered = api.cloudbase.stats().requests;
    api.cloudbase.resetStats();
    await api.call(DEMO_USERS.societyAdmin, 'stations.list', {
      name: '华铝',
      societyId: 'soc-nonferrous',
      level: 'national',
      industry: 'aluminium',
      status: 'operating',
    });
    expect(api.cloudbase.stats().requests).toBe(unfiltered);
  });

  it.each([
    ['an empty name', { name: '  ' }],
    ['a name of 41 characters', { name: '站'.repeat(41) }],
    ['a name that is not text', { name: 42 }],
    ['a malformed society id', { societyId: 'soc agri' }],
    ['an unknown level', { level: 'county' }],
    ['an unknown industry', { industry: 'mining' }],
    ['an unknown status', { status: 'deleted' }],
    ['an unknown filter', { city: '贵阳' }],
  ])('refuses %s with INVALID_INPUT before reading or writing anything', async (_label, filter) => {
    api.cloudbase.resetStats();
    expect(await api.call(DEMO_USERS.cityAdmin, 'stations.list', filter as never)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(api.cloudbase.stats().requests).toBe(0);
  });
});

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
