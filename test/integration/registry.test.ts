import type { StationRegistration } from '../../types/actions';
import type { Station } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';

let api: LocalApi;
const rid = requestIds('registry');
let counter = 0;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const station: StationRegistration = {
  name: '贵阳市电子学会产业科技服务站（花溪）',
  societyId: 'soc-electronics',
  demandUnit: { name: '花溪区久安乡人民政府', type: 'township', address: '贵阳市花溪区久安乡' },
  industry: 'ecological_food',
  location: { latitude: 26.43, longitude: 106.6 },
  radiusM: 500,
  cooperationStart: '2026-03-01',
  cooperationEnd: '2028-02-29',
  recognition: { documentNumber: '筑科协发〔2026〕3 号', recognisedOn: '2026-02-20' },
};

describe('the station registry', () => {
  it('creates a station whose level comes from its society, with an audit entry', async () => {
    const created = expectOk(await api.call(DEMO_USERS.cityAdmin, 'stations.create', station, rid()));
    expect(created).toMatchObject({
      level: 'city',
      societyName: '贵阳市电子学会',
      radiusM: 500,
      status: 'operating',
      recognition: { documentNumber: '筑科协发〔2026〕3 号', recognisedOn: '2026-02-20' },
    });
    expect(created.canInvite).toEqual(['station_head', 'station_staff', 'expert', 'demand_unit']);
    expect(await api.cloudbase.store.count('audit', { action: 'station.create', stationId: created.id })).toBe(1);
  });

  it.each([
    ['a cooperation shorter than two years', { cooperationEnd: '2028-02-27' }, '两年'],
    ['a radius under 100 m', { radiusM: 50 }, 'radiusM'],
    ['a radius over 5 km', { radiusM: 5001 }, 'radiusM'],
    ['latitude and longitude swapped', { location: { latitude: 106.6, longitude: 26.43 } }, 'latitude'],
    ['a date that does not exist', { cooperationStart: '2026-02-30' }, 'cooperationStart'],
    ['an unknown demand-unit type', { demandUnit: { ...station.demandUnit, type: 'army' } }, 'type'],
    ['no recognition document', { recognition: undefined }, 'documentNumber'],
    [
      'a recognition date that does not exist',
      { recognition: { documentNumber: '文号', recognisedOn: '2026-02-30' } },
      'recognisedOn',
    ],
  ])('refuses %s and writes nothing', async (_label, change, words) => {
    const name = `拒绝测试${++counter}工作站`;
    const result = await api.call(
      DEMO_USERS.cityAdmin,
      'stations.create',
      { ...station, ...change, name } as never,
      rid(),
    );
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining(words) });
    expect(await api.cloudbase.store.count('stations', { name })).toBe(0);
  });

  it('accepts a cooperation of exactly two years (ending the day before the anniversary)', async () => {
    expectOk(
      await api.call(
        DEMO_USERS.cityAdmin,
        'stations.create',
        { ...station, name: '两年整测试工作站', cooperationStart: '2026-03-01', cooperationEnd: '2028-02-29' },
        rid(),
      ),
    );
  });

  it('says when the society does not exist', async () => {
    const result = await api.call(
      DEMO_USERS.cityAdmin,
      'stations.create',
      { ...station, societyId: 'soc-none' },
      rid(),
    );
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('lets the society admin rename the station and set its radius, renaming it on its people’s roles', async () => {
    const stationId = 'st-aluminium';
    const [current] = (await api.cloudbase.store.find('stations', { _id: stationId })) as unknown as Station[];
    // The host, place, industry and agreement stay: those change through a request (stationChanges.test.ts).
    const { demandUnit, industry, location, cooperationStart, cooperationEnd } = current;
    const changes = {
      name: '中国有色金属学会产业科技服务工作站（华铝新材料·白云）',
      demandUnit,
      industry,
      location,
      radiusM: 300,
      cooperationStart,
      cooperationEnd,
    };
    const updated = expectOk(
      await api.call(DEMO_USERS.societyAdmin, 'stations.update', { stationId, ...changes }, rid()),
    );
    expect(updated).toMatchObject({ radiusM: 300, level: 'national', societyId: 'soc-nonferrous' });
    const me = expectOk(await api.call(DEMO_USERS.expert, 'session.whoami', {}));
    expect(me.roles.find((role) => role.stationId === stationId)?.stationName).toBe(changes.name);
  });

  it('shows a society admin only their own society, and the city admin every one', async () => {
    const own = expectOk(await api.call(DEMO_USERS.societyAdmin, 'societies.list', {}));
    expect(own.items.map((society) => society.id)).toEqual(['soc-nonferrous']);
    const all = expectOk(await api.call(DEMO_USERS.cityAdmin, 'societies.list', {}));
    expect(all.total).toBe(3);
  });
});

describe('WeChat’s content check on names others are shown', () => {
  const society = {
    name: '贵阳市测试学会',
    level: 'city' as const,
    supervisor: '贵阳市科协',
    contactName: '某人',
    contactPhone: '0851-1234567',
  };
  beforeEach(() => api.cloudbase.setRejectWords(['违禁']));
  afterEach(() => api.cloudbase.setRejectWords([]));

  const checkedSince = (mark: number) =>
    api.cloudbase
      .openApiCalls()
      .slice(mark)
      .filter((call) => call.api === 'security.msgSecCheck')
      .map((call) => call.data);

  it.each([
    ['name', { name: '违禁学会' }, '学会名称'],
    ['supervisor', { supervisor: '违禁主管' }, '业务主管'],
    ['contact name', { contactName: '违禁' }, '联系人'],
  ])('refuses a society whose %s it rejects, naming the field, and writes nothing', async (_label, change, label) => {
    const before = await api.cloudbase.store.count('societies');
    const mark = api.cloudbase.openApiCalls().length;
    const result = await api.call(DEMO_USERS.cityAdmin, 'societies.create', { ...society, ...change }, rid());
    expect(result).toMatchObject({ ok: false, code: 'CONTENT_REJECTED', message: expect.stringContaining(label) });
    expect(await api.cloudbase.store.count('societies')).toBe(before);
    expect(checkedSince(mark)).toContainEqual(
      expect.objectContaining({ openid: DEMO_USERS.cityAdmin, content: expect.stringContaining('违禁') }),
    );
  });

  it.each([
    ['name', { name: '违禁产业科技服务工作站' }, '工作站名称'],
    ['demand unit name', { demandUnit: { ...station.demandUnit, name: '违禁单位' } }, '单位名称'],
    ['demand unit address', { demandUnit: { ...station.demandUnit, address: '违禁路 1 号' } }, '地址'],
  ])(
    'refuses a new station whose %s it rejects, naming the field, and writes nothing',
    async (_label, change, label) => {
      const before = await api.cloudbase.store.count('stations');
      const mark = api.cloudbase.openApiCalls().length;
      const result = await api.call(DEMO_USERS.cityAdmin, 'stations.create', { ...station, ...change }, rid());
      expect(result).toMatchObject({ ok: false, code: 'CONTENT_REJECTED', message: expect.stringContaining(label) });
      expect(await api.cloudbase.store.count('stations')).toBe(before);
      expect(checkedSince(mark)).toContainEqual(
        expect.objectContaining({ openid: DEMO_USERS.cityAdmin, content: expect.stringContaining('违禁') }),
      );
    },
  );

  it('refuses renaming a station to a name it rejects, and changes nothing', async () => {
    const stationId = 'st-aluminium';
    const [before] = await api.cloudbase.store.find('stations', { _id: stationId });
    const audits = () => api.cloudbase.store.count('audit', { stationId });
    const auditsBefore = await audits();
    const { _id, demandUnit, industry, location, radiusM, cooperationStart, cooperationEnd } =
      before as unknown as Station;
    const mark = api.cloudbase.openApiCalls().length;
    const result = await api.call(
      DEMO_USERS.societyAdmin,
      'stations.update',
      {
        stationId: _id,
        name: '违禁产业科技服务工作站',
        demandUnit,
        industry,
        location,
        radiusM,
        cooperationStart,
        cooperationEnd,
      },
      rid(),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'CONTENT_REJECTED',
      message: expect.stringContaining('工作站名称'),
    });
    expect((await api.cloudbase.store.find('stations', { _id: stationId }))[0]).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
    expect(checkedSince(mark)).toContainEqual(
      expect.objectContaining({ openid: DEMO_USERS.societyAdmin, content: '违禁产业科技服务工作站' }),
    );
  });
});

describe('the first city admin', () => {
  it('comes from the CITY_ADMIN_OPENIDS setting, and nobody else is one', async () => {
    expect(expectOk(await api.call(DEMO_USERS.cityAdmin, 'session.whoami', {})).roles).toEqual([
      { role: 'city_admin' },
    ]);
    expect(await api.cloudbase.store.count('roles', { role: 'city_admin' })).toBe(0);
    const other = await startLocalApi({ functionEnv: { CITY_ADMIN_OPENIDS: 'someone-else, another' } });
    try {
      expect(expectOk(await other.call(DEMO_USERS.cityAdmin, 'session.whoami', {})).roles).toEqual([]);
      expect(expectOk(await other.call('another', 'session.whoami', {})).roles).toEqual([{ role: 'city_admin' }]);
    } finally {
      await other.stop();
    }
  });
});
