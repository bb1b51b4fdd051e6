import type { ApiResult, QuotaDashboardRow, StationDetail } from '../../types/actions';
import type { Station, StationClosure } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed, needInput } from '../support/needs';
import { insertPendingClosure, insertStatusStation, storeStationPaper } from '../support/stationStatus';
import { insertVisit, onSiteCheckIn } from '../support/visits';

/**
 * Suspension, revocation and closure (§四(三)4–5): each step from the states it allows, refused
 * from the others with nothing written; two decisions at once; the dashboards of the years a
 * station operated; and the messages, once each.
 */

const CITY = DEMO_USERS.cityAdmin;
const SOCIETY = DEMO_USERS.societyAdmin;
const HEAD = DEMO_USERS.stationHead;
const STATION_ALERT = 'demo-template-station-alert';
const APPLICATION_STATUS = 'demo-template-application-status';
const AGREEMENT_END = 'demo-template-agreement-end';

let api: LocalApi;
const rid = requestIds('station-status');
beforeAll(async () => {
  api = await startLocalApi({ users: DEMO_SIGN_IN.map(({ openid, label }) => ({ openid, label })) });
});
afterAll(() => api.stop());
afterEach(() => api.cloudbase.setClock(null));

const stored = async (stationId: string) =>
  (await api.cloudbase.store.find('stations', { _id: stationId }))[0] as unknown as Station;
const closureOf = async (closureId: string) =>
  (await api.cloudbase.store.find('stationClosures', { _id: closureId }))[0] as unknown as StationClosure;
const audits = (stationId: string, action: string) => api.cloudbase.store.count('audit', { stationId, action });
type Sent = { touser: string; template_id: string; page: string; data: Record<string, { value: string }> };
const sentSince = (mark: number, template: string) =>
  api.cloudbase
    .openApiCalls()
    .slice(mark)
    .filter((call) => call.api === 'subscribeMessage.send')
    .map((call) => call.data as Sent)
    .filter((message) => message.template_id === template);
const thisYear = () => calendarMoment(new Date()).year;

const suspend = (stationId: string, requestId = rid()) =>
  api.call(CITY, 'stations.suspend', { stationId, reason: '发生安全事故，整改期间暂停' }, requestId);
const resume = (stationId: string) =>
  api.call(CITY, 'stations.resume', { stationId, reason: '整改完成，经复查恢复运行' }, rid());
async function revoke(stationId: string, fields: object = {}) {
  return api.call(
    CITY,
    'stations.revoke',
    {
      stationId,
      revocationReason: 'false_materials',
      reason: '申报材料中的合作协议经核查为伪造',
      documentNumber: '筑科协发〔2026〕31 号',
      attachments: [await storeStationPaper(api, CITY, 'decision.png')],
      ...fields,
    },
    rid(),
  );
}
async function requestClosure(stationId: string, fields: object = {}) {
  return api.call(
    SOCIETY,
    'stations.requestClosure',
    {
      stationId,
      kind: 'withdraw',
      reason: '需求单位停产，工作站无法继续运行',
      attachments: [await storeStationPaper(api, SOCIETY, 'request.png')],
      ...fields,
    },
    rid(),
  );
}
const decide = (closureId: string, fields: { approve: boolean; reason?: string; documentNumber?: string }) =>
  api.call(CITY, 'stations.decideClosure', { closureId, ...fields }, rid());

/** The call is refused with `code`, and neither the station nor the closures nor the audit changed. */
async function expectRefusedWritingNothing(
  stationId: string,
  call: () => Promise<ApiResult<unknown>>,
  code: string,
  message?: string,
) {
  const before = await stored(stationId);
  const closures = await api.cloudbase.store.count('stationClosures');
  const audited = await api.cloudbase.store.count('audit', { stationId });
  const result = await call();
  expect(result).toMatchObject({ ok: false, code, ...(message && { message: expect.stringContaining(message) }) });
  expect(await stored(stationId)).toEqual(before);
  expect(await api.cloudbase.store.count('stationClosures')).toBe(closures);
  expect(await api.cloudbase.store.count('audit', { stationId })).toBe(audited);
}

describe('suspension and its lifting', () => {
  it('suspends an operating station with the reason, audited, and tells the head and the society once', async () => {
    const station = await insertStatusStation(api, { headOpenid: HEAD });
    const mark = api.cloudbase.openApiCalls().length;
    const requestId = rid();
    const detail = expectOk(await suspend(station._id, requestId));
    expect(detail).toMatchObject({ status: 'suspended', canSuspend: false, canResume: true, canRevoke: true });
    expect(detail.statusHistory).toEqual([
      expect.objectContaining({ status: 'suspended', by: CITY, reason: '发生安全事故，整改期间暂停' }),
    ]);
    const after = await stored(station._id);
    expect(after).toMatchObject({ status: 'suspended' });
    expect(after.endedYear).toBeUndefined();
    expect(await audits(station._id, 'station.suspend')).toBe(1);
    // A replay of the same request is answered from its record: nothing written or sent again.
    expectOk(await suspend(station._id, requestId));
    const sent = sentSince(mark, STATION_ALERT);
    expect(sent.map((message) => message.touser).sort()).toEqual([HEAD, SOCIETY].sort());
    expect(sent[0]).toMatchObject({
      page: `packages/station/pages/detail/index?stationId=${station._id}`,
      data: { thing1: { value: expect.any(String) }, phrase2: { value: '已暂停' } },
    });
    expect(await audits(station._id, 'station.suspend')).toBe(1);

    const resumed = expectOk(await resume(station._id));
    expect(resumed).toMatchObject({ status: 'operating', canSuspend: true, canResume: false });
    expect(resumed.statusHistory.map((entry) => entry.status)).toEqual(['suspended', 'operating']);
  });

  it('refuses to resume a running station or suspend a suspended one, writing nothing', async () => {
    const station = await insertStatusStation(api);
    await expectRefusedWritingNothing(station._id, () => resume(station._id), 'STATION_WRONG_STATUS', '运行中');
    expectOk(await suspend(station._id));
    await expectRefusedWritingNothing(station._id, () => suspend(station._id), 'STATION_WRONG_STATUS', '已暂停');
  });

  it('refuses a reason too short', async () => {
    const station = await insertStatusStation(api);
    const short = () => api.call(CITY, 'stations.suspend', { stationId: station._id, reason: '整改' }, rid());
    await expectRefusedWritingNothing(station._id, short, 'INVALID_INPUT');
  });

  it('decides two suspensions sent at once on the station as the transaction reads it: one passes', async () => {
    const station = await insertStatusStation(api);
    const results = await Promise.all([suspend(station._id), suspend(station._id)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      code: expect.stringMatching(/^(STATION_WRONG_STATUS|CONFLICT)$/),
    });
    expect((await stored(station._id)).statusHistory).toHaveLength(1);
  });
});

describe('revocation', () => {
  it('revokes a suspended station for one of the seed’s reasons, on a document, and ends it this year', async () => {
    const station = await insertStatusStation(api);
    expectOk(await suspend(station._id));
    const detail = expectOk(await revoke(station._id));
    expect(detail).toMatchObject({ status: 'revoked', canSuspend: false, canResume: false, canRevoke: false });
    const after = await stored(station._id);
    expect(after).toMatchObject({ status: 'revoked', endedYear: thisYear() });
    expect(after.statusHistory?.[1]).toMatchObject({
      status: 'revoked',
      revocationReason: 'false_materials',
      documentNumber: '筑科协发〔2026〕31 号',
      attachments: [expect.objectContaining({ name: 'decision.png' })],
    });
    expect(await audits(station._id, 'station.revoke')).toBe(1);
  });

  it('is final: nothing resumes, suspends or revokes it again', async () => {
    const station = await insertStatusStation(api);
    expectOk(await revoke(station._id));
    await expectRefusedWritingNothing(station._id, () => resume(station._id), 'STATION_WRONG_STATUS', '已撤销');
    await expectRefusedWritingNothing(station._id, () => suspend(station._id), 'STATION_WRONG_STATUS');
    await expectRefusedWritingNothing(station._id, () => revoke(station._id), 'STATION_WRONG_STATUS');
    await expectRefusedWritingNothing(station._id, () => requestClosure(station._id), 'STATION_WRONG_STATUS');
    const detail = expectOk(await api.call(CITY, 'stations.get', { stationId: station._id }));
    expect(detail.canEdit).toBe(false);
    const { demandUnit, industry, location, radiusM, cooperationStart, cooperationEnd } = station;
    const renamed = {
      name: '改名后的工作站',
      demandUnit,
      industry,
      location,
      radiusM,
      cooperationStart,
      cooperationEnd,
    };
    await expectRefusedWritingNothing(
      station._id,
      () => api.call(CITY, 'stations.update', { stationId: station._id, ...renamed }, rid()),
      'STATION_NOT_OPERATING',
      '不再修改',
    );
  });

  it('needs a listed reason, a document number and a file the city admin uploaded', async () => {
    const station = await insertStatusStation(api);
    const id = station._id;
    await expectRefusedWritingNothing(id, () => revoke(id, { revocationReason: 'bad_mood' }), 'INVALID_INPUT');
    await expectRefusedWritingNothing(id, () => revoke(id, { documentNumber: '' }), 'INVALID_INPUT');
    await expectRefusedWritingNothing(id, () => revoke(id, { attachments: [] }), 'INVALID_INPUT', '至少上传一个附件');
    const theirs = await storeStationPaper(api, SOCIETY, 'theirs.png');
    await expectRefusedWritingNothing(id, () => revoke(id, { attachments: [theirs] }), 'ATTACHMENT_INVALID');
    const missing = { ...theirs, fileId: `cloud://${api.cloudbase.envId}.local/stations/${CITY}/never.png` };
    await expectRefusedWritingNothing(id, () => revoke(id, { attachments: [missing] }), 'ATTACHMENT_INVALID');
  });
});

describe('a closure at the society’s written request', () => {
  it('waits for the city, one at a time, then closes the station on approval with the document number', async () => {
    const station = await insertStatusStation(api, { headOpenid: HEAD });
    const view = expectOk(await requestClosure(station._id));
    expect(view).toMatchObject({ status: 'pending', kind: 'withdraw', requestedByName: expect.any(String) });
    expect(await stored(station._id)).toMatchObject({ status: 'operating', pendingClosureId: view.id });
    const detail = expectOk(await api.call(SOCIETY, 'stations.get', { stationId: station._id }));
    expect(detail).toMatchObject({ closurePending: true, canRequestClosure: false });
    await expectRefusedWritingNothing(station._id, () => requestClosure(station._id), 'CLOSURE_PENDING');

    const listed = expectOk(await api.call(CITY, 'stations.closures', { stationId: station._id }));
    expect(listed.canDecide).toBe(true);
    expect(listed.items[0].attachments[0].url).toMatch(/^http/);

    await expectRefusedWritingNothing(station._id, () => decide(view.id, { approve: true }), 'INVALID_INPUT', '文号');
    const mark = api.cloudbase.openApiCalls().length;
    const decided = expectOk(await decide(view.id, { approve: true, documentNumber: '筑科协发〔2026〕40 号' }));
    expect(decided).toMatchObject({ status: 'approved', documentNumber: '筑科协发〔2026〕40 号' });
    expect(await stored(station._id)).toMatchObject({ status: 'closed', endedYear: thisYear(), pendingClosureId: '' });
    expect((await stored(station._id)).statusHistory?.[0]).toMatchObject({
      status: 'closed',
      closureKind: 'withdraw',
      closureId: view.id,
      documentNumber: '筑科协发〔2026〕40 号',
    });
    expect(await audits(station._id, 'station.closure.decide')).toBe(1);
    const sent = sentSince(mark, STATION_ALERT);
    expect(sent.map((message) => message.touser).sort()).toEqual([HEAD, SOCIETY].sort());
    expect(sent[0].data.phrase2.value).toBe('已撤并');
    await expectRefusedWritingNothing(
      station._id,
      () => decide(view.id, { approve: false, reason: '再议再议' }),
      'CONFLICT',
    );
  });

  it('refused with a reason leaves the station running, told to the society, and lets it ask again', async () => {
    const station = await insertStatusStation(api);
    const view = expectOk(await requestClosure(station._id));
    await expectRefusedWritingNothing(station._id, () => decide(view.id, { approve: false }), 'INVALID_INPUT', '理由');
    const mark = api.cloudbase.openApiCalls().length;
    expectOk(await decide(view.id, { approve: false, reason: '需求单位已恢复生产，请继续运行' }));
    expect(await stored(station._id)).toMatchObject({ status: 'operating', pendingClosureId: '' });
    expect(await closureOf(view.id)).toMatchObject({
      status: 'refused',
      decisionReason: '需求单位已恢复生产，请继续运行',
    });
    expect(sentSince(mark, APPLICATION_STATUS).map((message) => message.touser)).toEqual([SOCIETY]);
    expectOk(await requestClosure(station._id));
  });

  it('merges only into another operating station of the same society', async () => {
    const station = await insertStatusStation(api);
    const into = await insertStatusStation(api);
    const stopped = await insertStatusStation(api, { status: 'suspended' });
    const elsewhere = await insertStatusStation(api, { societyId: 'soc-other' });
    const merge = (intoStationId?: string) =>
      requestClosure(station._id, { kind: 'merge', ...(intoStationId && { intoStationId }) });
    await expectRefusedWritingNothing(station._id, () => merge(), 'INVALID_INPUT', '选择并入');
    await expectRefusedWritingNothing(station._id, () => merge(station._id), 'INVALID_INPUT', '自身');
    await expectRefusedWritingNothing(station._id, () => merge(stopped._id), 'INVALID_INPUT', '不在运行中');
    await expectRefusedWritingNothing(station._id, () => merge(elsewhere._id), 'INVALID_INPUT', '本学会');
    const view = expectOk(await merge(into._id));
    expect(view).toMatchObject({ kind: 'merge', intoStationId: into._id, intoStationName: into.name });
    expect(await stored(station._id)).toMatchObject({ pendingClosureId: view.id });
  });

  it('decides two decisions sent at once on the request as the transaction reads it: one passes', async () => {
    const { station, closureId } = await insertPendingClosure(api);
    const results = await Promise.all([
      decide(closureId, { approve: true, documentNumber: '筑科协发〔2026〕41 号' }),
      decide(closureId, { approve: false, reason: '材料不全，请补充后再申请' }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: 'CONFLICT' });
    const closure = await closureOf(closureId);
    expect((await stored(station._id)).status).toBe(closure.status === 'approved' ? 'closed' : 'operating');
    expect(await audits(station._id, 'station.closure.decide')).toBe(1);
  });
});

describe('the dashboards of the years a station operated', () => {
  const rowOf = async (year: number, stationId: string): Promise<QuotaDashboardRow | undefined> => {
    const dashboard = expectOk(
      await api.call(CITY, 'quotas.dashboard', { year, societyId: 'soc-nonferrous', pageSize: 100 }),
    );
    return dashboard.items.find((row) => row.stationId === stationId);
  };

  it('shows a station revoked last year in last year’s dashboard with its status, and not in this year’s', async () => {
    const last = thisYear() - 1;
    const station = await insertStatusStation(api, { createdAt: `${last - 1}-05-01T02:00:00.000Z` });
    api.cloudbase.setClock(`${last}-06-01T10:00:00+08:00`);
    expectOk(await revoke(station._id));
    api.cloudbase.setClock(null);
    expect(await stored(station._id)).toMatchObject({ endedYear: last });
    expect(await rowOf(last, station._id)).toMatchObject({ stationStatus: 'revoked' });
    expect(await rowOf(last - 1, station._id)).toMatchObject({ stationStatus: 'revoked' });
    expect(await rowOf(thisYear(), station._id)).toBeUndefined();
  });

  it('keeps a suspended station with its status, and leaves out a station recognised after the year', async () => {
    const suspended = await insertStatusStation(api, { status: 'suspended' });
    const later = await insertStatusStation(api, {
      recognition: { documentNumber: '筑科协发〔2026〕9 号', recognisedOn: `${thisYear()}-01-10` },
    });
    expect(await rowOf(thisYear(), suspended._id)).toMatchObject({ stationStatus: 'suspended' });
    expect(await rowOf(thisYear(), later._id)).toMatchObject({ stationStatus: 'operating' });
    expect(await rowOf(thisYear() - 1, later._id)).toBeUndefined();
  });

  it('flags a station whose agreement has ended', async () => {
    const ended = await insertStatusStation(api, { cooperationStart: '2020-01-01', cooperationEnd: '2022-12-31' });
    expect(await rowOf(thisYear(), ended._id)).toMatchObject({ agreementEnded: true });
    const detail = expectOk(await api.call(CITY, 'stations.get', { stationId: ended._id }));
    expect(detail).toMatchObject({ agreementEnded: true, agreementEndsInDays: null });
  });
});

describe('the agreement’s end', () => {
  /** A tick of the hourly trigger with the function's clock at `time`. */
  const tick = (time: string) => {
    api.cloudbase.setClock(time);
    return api.cloudbase.invoke('api', { Type: 'Timer', TriggerName: 'hourly', Time: time }, { openid: '' });
  };

  it('tells the head and the society once, 60 days before, and again after a renewal', async () => {
    const year = thisYear() + 1;
    const station = await insertStatusStation(api, {
      headOpenid: HEAD,
      cooperationStart: `${year - 3}-03-01`,
      cooperationEnd: `${year}-04-30`,
    });
    // Not yet: 61 days before.
    let mark = api.cloudbase.openApiCalls().length;
    expect(await tick(`${year}-02-28T10:05:00+08:00`)).toMatchObject({
      ran: expect.arrayContaining(['agreement-reminders']),
    });
    expect(sentSince(mark, AGREEMENT_END).filter((m) => m.page.endsWith(station._id))).toEqual([]);

    mark = api.cloudbase.openApiCalls().length;
    await tick(`${year}-03-01T10:05:00+08:00`);
    const sent = sentSince(mark, AGREEMENT_END).filter((m) => m.page.endsWith(station._id));
    expect(sent.map((message) => message.touser).sort()).toEqual([HEAD, SOCIETY].sort());
    expect(sent[0].data.date2.value).toBe(`${year}-04-30`);
    const detail = expectOk(await api.call(SOCIETY, 'stations.get', { stationId: station._id })) as StationDetail;
    expect(detail).toMatchObject({ agreementEndsInDays: 60, agreementEnded: false });

    mark = api.cloudbase.openApiCalls().length;
    await tick(`${year}-03-02T10:05:00+08:00`);
    expect(sentSince(mark, AGREEMENT_END).filter((m) => m.page.endsWith(station._id))).toEqual([]);

    // The renewal: a change request for a new end date, approved by the city.
    const change = expectOk(
      await api.call(
        SOCIETY,
        'stations.requestChange',
        { stationId: station._id, changes: { cooperationEnd: `${year}-05-15` }, reason: '续签合作协议，延长合作期限' },
        rid(),
      ),
    );
    expectOk(await api.call(CITY, 'stations.decideChange', { changeId: change.id, approve: true }, rid()));
    mark = api.cloudbase.openApiCalls().length;
    await tick(`${year}-03-20T10:05:00+08:00`);
    expect(sentSince(mark, AGREEMENT_END).filter((m) => m.page.endsWith(station._id))).toHaveLength(2);
  });

  it('says nothing about a revoked station', async () => {
    const year = thisYear() + 1;
    const station = await insertStatusStation(api, {
      status: 'revoked',
      endedYear: year,
      cooperationEnd: `${year}-04-30`,
    });
    const mark = api.cloudbase.openApiCalls().length;
    await tick(`${year}-04-01T10:05:00+08:00`);
    expect(sentSince(mark, AGREEMENT_END).filter((m) => m.page.endsWith(station._id))).toEqual([]);
  });
});

describe('a station revoked by the city', () => {
  it('refuses a check-in and a need, and keeps its history and past figures readable', async () => {
    const need = await insertNeed(api, 'accepted');
    const past = await insertVisit(api, 'confirmed', need._id);
    const before = expectOk(await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM }));
    expectOk(await revoke(ALUMINIUM));
    const checkIn = await api.call(DEMO_USERS.expert, 'visits.checkIn', onSiteCheckIn(need._id), rid());
    expect(checkIn).toMatchObject({ ok: false, code: 'STATION_NOT_OPERATING' });
    const submitted = await api.call(DEMO_USERS.demandUnit, 'needs.create', needInput(), rid());
    expect(submitted).toMatchObject({ ok: false, code: 'STATION_NOT_OPERATING' });
    expect(await api.call(HEAD, 'visits.get', { visitId: past._id })).toMatchObject({ ok: true });
    expect(await api.call(HEAD, 'needs.get', { needId: need._id })).toMatchObject({ ok: true });
    const after = expectOk(await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM }));
    expect(after.figures).toEqual(before.figures);
    const detail = expectOk(await api.call(DEMO_USERS.expert, 'stations.get', { stationId: ALUMINIUM }));
    expect(detail.statusHistory.map((entry) => entry.status)).toEqual(['revoked']);
  });
});
