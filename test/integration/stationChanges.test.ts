import type { StationRegistration } from '../../types/actions';
import type { Station, StationChange } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';

let api: LocalApi;
const rid = requestIds('station-changes');
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const registration: StationRegistration = {
  name: '中国有色金属学会产业科技服务工作站（变更测试）',
  societyId: 'soc-nonferrous',
  demandUnit: { name: '贵州铝厂有限责任公司', type: 'enterprise', address: '贵阳市白云区铝城大道 1 号' },
  industry: 'aluminium',
  location: { latitude: 26.67, longitude: 106.63 },
  radiusM: 500,
  cooperationStart: '2025-03-01',
  cooperationEnd: '2028-02-29',
  recognition: { documentNumber: '筑科协发〔2025〕7 号', recognisedOn: '2025-02-20' },
};
const moved = {
  demandUnit: { ...registration.demandUnit, address: '贵阳市白云区沙文园区 8 号' },
  location: { latitude: 26.78, longitude: 106.69 },
};
const reason = '需求单位整体搬迁至沙文园区，工作站随之迁址';

let stations = 0;
async function newStation(): Promise<string> {
  const name = `${registration.name}${++stations}`;
  return expectOk(await api.call(DEMO_USERS.cityAdmin, 'stations.create', { ...registration, name }, rid())).id;
}
const stored = async (stationId: string) =>
  (await api.cloudbase.store.find('stations', { _id: stationId }))[0] as unknown as Station;
const requestsOf = async (stationId: string) =>
  (await api.cloudbase.store.find('stationChanges', { stationId })) as unknown as StationChange[];
const audits = (stationId: string, action: string) => api.cloudbase.store.count('audit', { stationId, action });
const ask = (stationId: string, changes: object = moved, requestId = rid()) =>
  api.call(DEMO_USERS.societyAdmin, 'stations.requestChange', { stationId, changes, reason }, requestId);
const decide = (changeId: string, approve: boolean, why?: string, requestId = rid()) =>
  api.call(
    DEMO_USERS.cityAdmin,
    'stations.decideChange',
    { changeId, approve, ...(why && { reason: why }) },
    requestId,
  );

/** stations.update's body: the station as it is, with `changes`. */
function updateOf(station: Station, changes: Partial<Station>) {
  const { name, demandUnit, industry, location, radiusM, cooperationStart, cooperationEnd } = {
    ...station,
    ...changes,
  };
  return { stationId: station._id, name, demandUnit, industry, location, radiusM, cooperationStart, cooperationEnd };
}

describe('a society admin editing a recognised station', () => {
  it('is refused a direct change of the host’s address and writes nothing', async () => {
    const stationId = await newStation();
    const before = await stored(stationId);
    const requests = await api.cloudbase.store.count('requests');
    const result = await api.call(
      DEMO_USERS.societyAdmin,
      'stations.update',
      updateOf(before, { demandUnit: moved.demandUnit }),
      rid(),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'CHANGE_NEEDS_APPROVAL',
      message: '需求单位、位置、产业和合作期限的变更须经市科协批准，请提交变更申请',
    });
    expect(await stored(stationId)).toEqual(before);
    expect(await audits(stationId, 'station.update')).toBe(0);
    expect(await api.cloudbase.store.count('requests')).toBe(requests);
  });

  it.each([
    ['the industry', { industry: 'advanced_equipment' as const }],
    ['the location', { location: moved.location }],
    ['the agreement’s end', { cooperationEnd: '2029-02-28' }],
  ])('is refused a direct change of %s', async (_label, change) => {
    const stationId = await newStation();
    const before = await stored(stationId);
    const result = await api.call(DEMO_USERS.societyAdmin, 'stations.update', updateOf(before, change), rid());
    expect(result).toMatchObject({ ok: false, code: 'CHANGE_NEEDS_APPROVAL' });
    expect(await stored(stationId)).toEqual(before);
  });

  it('still renames the station and sets its radius directly', async () => {
    const stationId = await newStation();
    const before = await stored(stationId);
    const updated = expectOk(
      await api.call(
        DEMO_USERS.societyAdmin,
        'stations.update',
        updateOf(before, { name: `${before.name}（新）`, radiusM: 800 }),
        rid(),
      ),
    );
    expect(updated).toMatchObject({ name: `${before.name}（新）`, radiusM: 800, canRequestChange: true });
    expect(await stored(stationId)).toEqual({ ...before, name: `${before.name}（新）`, radiusM: 800 });
  });

  it('leaves the city admin editing every field directly, audited', async () => {
    const stationId = await newStation();
    const before = await stored(stationId);
    expectOk(await api.call(DEMO_USERS.cityAdmin, 'stations.update', updateOf(before, moved), rid()));
    expect(await stored(stationId)).toMatchObject(moved);
    expect(await audits(stationId, 'station.update')).toBe(1);
  });
});

describe('a change request', () => {
  it('records only what changes and what it was, leaves the station as it is, and shows as pending', async () => {
    const stationId = await newStation();
    const before = await stored(stationId);
    const view = expectOk(await ask(stationId, { ...moved, industry: 'aluminium' }));
    expect(view).toMatchObject({
      status: 'pending',
      changes: moved,
      before: { demandUnit: registration.demandUnit, location: registration.location },
      reason,
      requestedByName: expect.any(String),
    });
    expect(view.changes).not.toHaveProperty('industry');
    expect(await stored(stationId)).toEqual({ ...before, pendingChangeId: view.id });
    expect(await audits(stationId, 'station.change.request')).toBe(1);

    const detail = expectOk(await api.call(DEMO_USERS.stationHead, 'stations.get', { stationId: 'st-aluminium' }));
    expect(detail).toMatchObject({ canRequestChange: false, canDecideChange: false });
    const seen = expectOk(await api.call(DEMO_USERS.cityAdmin, 'stations.get', { stationId }));
    expect(seen).toMatchObject({ changePending: true, canDecideChange: true, canRequestChange: false });
    const list = expectOk(await api.call(DEMO_USERS.societyAdmin, 'stations.changes', { stationId }));
    expect(list).toEqual({ items: [view], canDecide: false });
  });

  it('refuses a second one while the first waits, and writes nothing', async () => {
    const stationId = await newStation();
    expectOk(await ask(stationId));
    const result = await ask(stationId, { industry: 'advanced_equipment' });
    expect(result).toMatchObject({
      ok: false,
      code: 'CHANGE_PENDING',
      message: expect.stringContaining('等待市科协审定'),
    });
    expect(await requestsOf(stationId)).toHaveLength(1);
  });

  it('refuses a request that changes nothing', async () => {
    const stationId = await newStation();
    const result = await ask(stationId, { industry: 'aluminium', location: registration.location });
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('没有需要变更'),
    });
    expect(await requestsOf(stationId)).toHaveLength(0);
  });

  it.each([
    ['an end one day short of two years', { cooperationEnd: '2027-02-27' }, false],
    ['a start moved so the kept end is short', { cooperationStart: '2026-03-02' }, false],
    ['an agreement of exactly two years', { cooperationStart: '2026-03-01', cooperationEnd: '2028-02-29' }, true],
  ])('judges the agreement it leaves: %s', async (_label, changes, accepted) => {
    const stationId = await newStation();
    const result = await ask(stationId, changes);
    if (accepted) expect(result).toMatchObject({ ok: true });
    else expect(result).toMatchObject({ ok: false, code: 'AGREEMENT_TOO_SHORT' });
    expect(await requestsOf(stationId)).toHaveLength(accepted ? 1 : 0);
  });

  it('refuses a field the city does not control, such as the name', async () => {
    const stationId = await newStation();
    const result = await ask(stationId, { name: '改名' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('answers a replay from the record and writes once', async () => {
    const stationId = await newStation();
    const id = rid();
    const first = await ask(stationId, moved, id);
    expect(first).toMatchObject({ ok: true });
    expect(await ask(stationId, moved, id)).toEqual(first);
    expect(await requestsOf(stationId)).toHaveLength(1);
    expect(await audits(stationId, 'station.change.request')).toBe(1);
  });
});

describe('the city admin’s decision', () => {
  it('approving applies the changes to the station in the same step, audited', async () => {
    const stationId = await newStation();
    const before = await stored(stationId);
    const change = expectOk(await ask(stationId));
    const decided = expectOk(await decide(change.id, true));
    expect(decided).toMatchObject({
      status: 'approved',
      decidedByName: expect.any(String),
      decidedAt: expect.any(String),
    });
    expect(await stored(stationId)).toEqual({ ...before, ...moved, pendingChangeId: '' });
    expect(await audits(stationId, 'station.change.decide')).toBe(1);
    // The next request may be asked.
    expectOk(await ask(stationId, { industry: 'advanced_equipment' }));
  });

  it('refusing needs a reason, and keeps the station as it is', async () => {
    const stationId = await newStation();
    const before = await stored(stationId);
    const change = expectOk(await ask(stationId));
    expect(await decide(change.id, false)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('理由'),
    });
    const mark = api.cloudbase.openApiCalls().length;
    const refused = expectOk(await decide(change.id, false, '新址距离原需求单位过远，请补充搬迁证明后重新申请'));
    // The society admin who asked is told, and the message opens the station.
    const sent = api.cloudbase
      .openApiCalls()
      .slice(mark)
      .filter((call) => call.api === 'subscribeMessage.send')
      .map((call) => call.data as { touser: string; page: string; data: Record<string, { value: string }> });
    expect(sent).toEqual([
      expect.objectContaining({
        touser: DEMO_USERS.societyAdmin,
        page: `packages/station/pages/detail/index?stationId=${stationId}`,
        data: expect.objectContaining({ phrase2: { value: '不批准' } }),
      }),
    ]);
    expect(refused).toMatchObject({ status: 'refused', decisionReason: expect.stringContaining('搬迁证明') });
    expect(await stored(stationId)).toEqual({ ...before, pendingChangeId: '' });
    const list = expectOk(await api.call(DEMO_USERS.cityAdmin, 'stations.changes', { stationId }));
    expect(list.items.map((item) => item.status)).toEqual(['refused']);
  });

  it('refuses a society admin deciding, and deciding twice', async () => {
    const stationId = await newStation();
    const change = expectOk(await ask(stationId));
    const byAdmin = await api.call(
      DEMO_USERS.societyAdmin,
      'stations.decideChange',
      { changeId: change.id, approve: true },
      rid(),
    );
    expect(byAdmin).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expectOk(await decide(change.id, true));
    expect(await decide(change.id, false, '重复审定测试的理由')).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('will not approve a request whose fields the city changed directly since', async () => {
    const stationId = await newStation();
    const change = expectOk(await ask(stationId));
    const station = await stored(stationId);
    expectOk(
      await api.call(
        DEMO_USERS.cityAdmin,
        'stations.update',
        updateOf(station, { location: { latitude: 26.7, longitude: 106.7 } }),
        rid(),
      ),
    );
    const result = await decide(change.id, true);
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('签到位置') });
    expect((await stored(stationId)).demandUnit).toEqual(registration.demandUnit);
  });

  it('answers a replayed approval from the record and writes once', async () => {
    const stationId = await newStation();
    const change = expectOk(await ask(stationId));
    const id = rid();
    const first = await decide(change.id, true, undefined, id);
    expect(first).toMatchObject({ ok: true });
    expect(await decide(change.id, true, undefined, id)).toEqual(first);
    expect(await audits(stationId, 'station.change.decide')).toBe(1);
  });
});
