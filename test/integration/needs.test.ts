import type { ActionName, ActionRequest, NeedDetail } from '../../types/actions';
import type { Need, NeedStatus } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed, needInput, uploadAs } from '../support/needs';
import { PNG } from '../support/images';

const UNIT = DEMO_USERS.demandUnit;
const HEAD = DEMO_USERS.stationHead;
const STAFF = 'staff-aluminium';
const EXPERT = DEMO_USERS.expert;

let api: LocalApi;
const rid = requestIds('needs');
beforeAll(async () => {
  api = await startLocalApi({ users: DEMO_SIGN_IN.map(({ openid, label }) => ({ openid, label })) });
});
afterAll(() => api.stop());
beforeEach(() => api.cloudbase.setRejectWords([]));

const storedNeed = async (id: string) => (await api.cloudbase.store.find('needs', { _id: id }))[0] as unknown as Need;
const needCount = () => api.cloudbase.store.count('needs');
const write = <A extends ActionName>(openid: string, action: A, data: ActionRequest<A>, requestId = rid()) =>
  api.call(openid, action, data, requestId);
const sentSince = (mark: number) =>
  api.cloudbase
    .openApiCalls()
    .slice(mark)
    .filter((call) => call.api === 'subscribeMessage.send')
    .map(
      (call) =>
        call.data as { touser: string; template_id: string; page: string; data: Record<string, { value: string }> },
    );

describe('submitting a need', () => {
  it('stores what the unit typed, with its attachment, as submitted this year', async () => {
    const fileId = await uploadAs(api, UNIT, `needs/${UNIT}/photo-1.png`, PNG);
    const detail = expectOk(
      await write(UNIT, 'needs.create', {
        ...needInput({ title: '  铸锭气孔率超标  ', desiredDate: '2099-06-30' }),
        attachments: [{ fileId, name: '现场照片.png', size: PNG.length, kind: 'image' }],
      }),
    );
    expect(detail).toMatchObject({
      title: '铸锭气孔率超标',
      status: 'submitted',
      onBehalf: false,
      demandUnitName: '贵州华铝新材料有限公司',
      can: { withdraw: true, accept: false, decline: false },
    });
    expect(detail.attachments[0].url).toMatch(/^http/);
    const stored = await storedNeed(detail.id);
    expect(stored).toMatchObject({
      stationId: ALUMINIUM,
      societyId: 'soc-nonferrous',
      submittedBy: UNIT,
      year: calendarMoment(new Date()).year,
      desiredDate: '2099-06-30',
      attachments: [{ fileId, kind: 'image' }],
      history: [{ kind: 'submitted', by: UNIT, role: 'demand_unit' }],
    });
  });

  it('marks a need recorded by the station head as recorded on the unit’s behalf', async () => {
    const detail = expectOk(await write(HEAD, 'needs.create', needInput()));
    expect(detail.onBehalf).toBe(true);
    expect((await storedNeed(detail.id)).history[0]).toMatchObject({ by: HEAD, role: 'station_head' });
  });

  it.each([
    ['a title of three characters', { title: '太短了' }, 'INVALID_INPUT', 'title'],
    ['an unknown service type', { serviceType: 'mining' }, 'INVALID_INPUT', 'serviceType'],
    ['a desired date in the past', { desiredDate: '2020-01-01' }, 'INVALID_INPUT', '期望完成日期'],
    ['an unexpected field', { status: 'accepted' }, 'INVALID_INPUT', 'status'],
    [
      'a PDF posing as an image',
      { attachments: [{ fileId: `cloud://local.local/needs/${UNIT}/a.pdf`, name: 'a.pdf', size: 10, kind: 'image' }] },
      'ATTACHMENT_INVALID',
      '不是图片',
    ],
    [
      'an image over 10 MB',
      {
        attachments: [
          { fileId: `cloud://local.local/needs/${UNIT}/b.png`, name: 'b.png', size: 11 * 1024 * 1024, kind: 'image' },
        ],
      },
      'ATTACHMENT_INVALID',
      '10 MB',
    ],
    [
      'someone else’s file',
      { attachments: [{ fileId: `cloud://local.local/needs/${HEAD}/c.png`, name: 'c.png', size: 10, kind: 'image' }] },
      'ATTACHMENT_INVALID',
      '本人上传',
    ],
    [
      'a file that was never uploaded',
      { attachments: [{ fileId: `cloud://local.local/needs/${UNIT}/d.png`, name: 'd.png', size: 10, kind: 'image' }] },
      'ATTACHMENT_INVALID',
      '没有上传成功',
    ],
  ])('refuses %s and stores nothing', async (_label, change, code, words) => {
    const before = await needCount();
    const result = await write(UNIT, 'needs.create', { ...needInput(), ...change } as never);
    expect(result).toMatchObject({ ok: false, code, message: expect.stringContaining(words) });
    expect(await needCount()).toBe(before);
  });

  it('refuses text that fails WeChat’s content check, naming the field, and stores nothing', async () => {
    api.cloudbase.setRejectWords(['违禁词']);
    const before = await needCount();
    const result = await write(UNIT, 'needs.create', needInput({ description: '这是一段包含违禁词的需求描述文字。' }));
    expect(result).toMatchObject({ ok: false, code: 'CONTENT_REJECTED', message: expect.stringContaining('需求描述') });
    expect(await needCount()).toBe(before);
    const checks = api.cloudbase.openApiCalls().filter((call) => call.api === 'security.msgSecCheck');
    expect(checks.at(-1)?.data).toMatchObject({ openid: UNIT, version: 2, scene: 1 });
  });
});

describe('the lifecycle', () => {
  it('accepts with experts from the roster, telling each expert and the unit', async () => {
    const need = await insertNeed(api, 'submitted');
    const mark = api.cloudbase.openApiCalls().length;
    const detail = expectOk(
      await write(HEAD, 'needs.accept', { needId: need._id, expertOpenids: [EXPERT, 'expert-02'] }),
    );
    expect(detail).toMatchObject({ status: 'accepted', can: { assign: true, accept: false } });
    expect(detail.assignedExperts.map((person) => person.name)).toEqual(['陈静', '周涛']);
    const stored = await storedNeed(need._id);
    expect(stored.assignedExperts).toEqual([EXPERT, 'expert-02']);
    expect(stored.history.at(-1)).toMatchObject({
      kind: 'accepted',
      by: HEAD,
      role: 'station_head',
      experts: [EXPERT, 'expert-02'],
    });
    const sent = sentSince(mark);
    expect(
      sent
        .filter((m) => m.template_id === 'demo-template-need-assigned')
        .map((m) => m.touser)
        .sort(),
    ).toEqual([EXPERT, 'expert-02'].sort());
    expect(sent.find((m) => m.template_id === 'demo-template-need-decided')).toMatchObject({
      touser: UNIT,
      page: `packages/needs/pages/detail/index?needId=${need._id}`,
      data: { phrase2: { value: '已受理' } },
    });
  });

  it('refuses an expert who is not on the roster, or was removed from it, and changes nothing', async () => {
    const need = await insertNeed(api, 'submitted');
    await api.cloudbase.store.insertMany('roles', [
      {
        _id: `expert:${ALUMINIUM}:expert-gone`,
        openid: 'expert-gone',
        role: 'expert',
        societyId: 'soc-nonferrous',
        stationId: ALUMINIUM,
        grantedAt: '2025-01-01T00:00:00.000Z',
        grantedBy: HEAD,
        revokedAt: '2025-06-01T00:00:00.000Z',
        revokedBy: HEAD,
      },
    ]);
    for (const stranger of ['head-seed', 'expert-gone']) {
      const result = await write(HEAD, 'needs.accept', { needId: need._id, expertOpenids: [EXPERT, stranger] });
      expect(result).toMatchObject({ ok: false, code: 'NOT_ON_ROSTER' });
    }
    expect(await write(HEAD, 'needs.accept', { needId: need._id, expertOpenids: [] })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await storedNeed(need._id)).toEqual(need);
  });

  it('declines with a reason the unit reads in the timeline and the message', async () => {
    const need = await insertNeed(api, 'submitted');
    expect(await write(STAFF, 'needs.decline', { needId: need._id, reason: ' ' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    const mark = api.cloudbase.openApiCalls().length;
    expectOk(await write(STAFF, 'needs.decline', { needId: need._id, reason: '超出本站服务的专业范围' }));
    const seen = expectOk(await api.call(UNIT, 'needs.get', { needId: need._id }));
    expect(seen.status).toBe('declined');
    expect(seen.timeline.at(-1)).toMatchObject({
      kind: 'declined',
      reason: '超出本站服务的专业范围',
      actorRole: 'station_staff',
    });
    expect(sentSince(mark)).toEqual([
      expect.objectContaining({
        touser: UNIT,
        data: expect.objectContaining({ phrase2: { value: '未受理' }, thing3: { value: '超出本站服务的专业范围' } }),
      }),
    ]);
  });

  it('lets the unit withdraw only before the station has decided', async () => {
    const need = await insertNeed(api, 'submitted');
    expect(expectOk(await write(UNIT, 'needs.withdraw', { needId: need._id, reason: '已自行解决' })).status).toBe(
      'withdrawn',
    );
    const accepted = await insertNeed(api, 'accepted');
    const refused = await write(UNIT, 'needs.withdraw', { needId: accepted._id });
    expect(refused).toMatchObject({ ok: false, code: 'NEED_WRONG_STATUS', message: expect.stringContaining('已受理') });
    expect(await storedNeed(accepted._id)).toEqual(accepted);
  });

  it('goes from in service to resolved to closed: the head proposes, the unit confirms and evaluates', async () => {
    const need = await insertNeed(api, 'in_service');
    const proposed = expectOk(await write(HEAD, 'needs.proposeResolution', { needId: need._id, note: '方案已落地' }));
    expect(proposed).toMatchObject({ status: 'in_service', resolutionProposed: true });
    expect(await write(HEAD, 'needs.proposeResolution', { needId: need._id })).toMatchObject({
      code: 'NEED_WRONG_STATUS',
    });
    const forUnit = expectOk(await api.call(UNIT, 'needs.get', { needId: need._id }));
    expect(forUnit.can).toMatchObject({ resolve: true, evaluate: false, withdraw: false });
    expect(expectOk(await write(UNIT, 'needs.resolve', { needId: need._id })).status).toBe('resolved');
    const closed = expectOk(await write(UNIT, 'needs.evaluate', { needId: need._id, rating: 4, comment: '响应很快' }));
    expect(closed).toMatchObject({ status: 'closed', evaluation: { rating: 4, comment: '响应很快', byName: '刘洋' } });
    const stored = await storedNeed(need._id);
    expect(stored.history.map((event) => event.kind)).toEqual([
      'submitted',
      'resolution_proposed',
      'resolved',
      'closed',
    ]);
    expect(stored.evaluation).toMatchObject({ rating: 4, by: UNIT });
  });

  it.each([
    ['resolve an accepted need (no visit yet)', 'accepted', UNIT, 'needs.resolve', {}],
    ['evaluate a need still in service', 'in_service', UNIT, 'needs.evaluate', { rating: 5, comment: '' }],
    ['accept a declined need', 'declined', HEAD, 'needs.accept', { expertOpenids: [EXPERT] }],
    ['decline an accepted need', 'accepted', HEAD, 'needs.decline', { reason: '改变主意' }],
    ['assign experts to a closed need', 'closed', HEAD, 'needs.assign', { expertOpenids: [EXPERT] }],
    ['propose resolving a submitted need', 'submitted', HEAD, 'needs.proposeResolution', {}],
  ] as const)('refuses to %s and changes nothing', async (_label, status, who, action, extra) => {
    const need = await insertNeed(api, status);
    const result = await write(who, action, { needId: need._id, ...extra } as never);
    expect(result).toMatchObject({ ok: false, code: 'NEED_WRONG_STATUS' });
    expect(await storedNeed(need._id)).toEqual(need);
  });

  it('tells only the newly assigned expert when the team changes', async () => {
    const need = await insertNeed(api, 'accepted');
    const mark = api.cloudbase.openApiCalls().length;
    expectOk(await write(HEAD, 'needs.assign', { needId: need._id, expertOpenids: [EXPERT, 'expert-03'] }));
    expect(sentSince(mark).map((m) => m.touser)).toEqual(['expert-03']);
    expect((await storedNeed(need._id)).assignedExperts).toEqual([EXPERT, 'expert-03']);
  });

  it('does not tell the unit about a need the station recorded for it', async () => {
    const need = await insertNeed(api, 'submitted', { onBehalf: true, submittedBy: HEAD });
    const mark = api.cloudbase.openApiCalls().length;
    expectOk(await write(HEAD, 'needs.accept', { needId: need._id, expertOpenids: [EXPERT] }));
    expect(sentSince(mark).map((m) => m.touser)).toEqual([EXPERT]);
  });
});

describe('idempotency and concurrency', () => {
  it('answers an accept replayed three times with the first outcome, recording and telling once', async () => {
    const need = await insertNeed(api, 'submitted');
    const requestId = rid();
    const mark = api.cloudbase.openApiCalls().length;
    const answers: NeedDetail[] = [];
    for (let i = 0; i < 3; i++) {
      answers.push(
        expectOk(await write(HEAD, 'needs.accept', { needId: need._id, expertOpenids: [EXPERT] }, requestId)),
      );
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect((await storedNeed(need._id)).history.filter((event) => event.kind === 'accepted')).toHaveLength(1);
    expect(sentSince(mark)).toHaveLength(2);
  });

  it('creates one need from a submission sent three times at once', async () => {
    const before = await needCount();
    const requestId = rid();
    const input = needInput();
    const answers = await Promise.all([1, 2, 3].map(() => write(UNIT, 'needs.create', input, requestId)));
    const ids = answers.map((answer) => expectOk(answer).id);
    expect(new Set(ids).size).toBe(1);
    expect(await needCount()).toBe(before + 1);
  });

  it('lets exactly one of a head and a staff member deciding at once win', async () => {
    const need = await insertNeed(api, 'submitted');
    const [accept, decline] = await Promise.all([
      write(HEAD, 'needs.accept', { needId: need._id, expertOpenids: [EXPERT] }),
      write(STAFF, 'needs.decline', { needId: need._id, reason: '同时操作' }),
    ]);
    expect([accept.ok, decline.ok].filter(Boolean)).toHaveLength(1);
    const loser = accept.ok ? decline : accept;
    expect(loser).toMatchObject({ ok: false, code: expect.stringMatching(/^(NEED_WRONG_STATUS|CONFLICT)$/) });
    const stored = await storedNeed(need._id);
    expect(stored.history).toHaveLength(2);
    expect(stored.status).toBe(accept.ok ? 'accepted' : 'declined');
  });
});

describe('lists and the need’s page', () => {
  beforeAll(async () => {
    await insertNeed(api, 'submitted', { title: '光伏级高纯铝提纯', industry: 'aluminium', serviceType: 'training' });
    await insertNeed(api, 'closed', { title: '旧年度的需求', year: 2024 });
  });

  const titles = async (openid: string, filter: Omit<ActionRequest<'needs.list'>, 'stationId'>) =>
    expectOk(await api.call(openid, 'needs.list', { stationId: ALUMINIUM, pageSize: 100, ...filter })).items.map(
      (item) => item.title,
    );

  it('filters by status, year, service type and a part of the title', async () => {
    expect(await titles(HEAD, { search: '高纯铝' })).toEqual(['光伏级高纯铝提纯']);
    expect(await titles(HEAD, { search: '高纯铝', statuses: ['accepted'] })).toEqual([]);
    expect(await titles(HEAD, { year: 2024 })).toEqual(['旧年度的需求']);
    expect(await titles(HEAD, { serviceType: 'training', statuses: ['submitted'] })).toContain('光伏级高纯铝提纯');
    expect(await titles(HEAD, { search: '.*' })).toEqual([]);
  });

  it('lists several statuses in one call, and an expert only those of them the station took on', async () => {
    const statusesOf = async (openid: string, statuses: NeedStatus[]) =>
      new Set(
        expectOk(await api.call(openid, 'needs.list', { stationId: ALUMINIUM, pageSize: 100, statuses })).items.map(
          (item) => item.status,
        ),
      );
    expect(await statusesOf(HEAD, ['submitted', 'closed'])).toEqual(new Set(['submitted', 'closed']));
    expect(await statusesOf(EXPERT, ['submitted', 'closed'])).toEqual(new Set(['closed']));
    expect(await api.call(HEAD, 'needs.list', { stationId: ALUMINIUM, statuses: ['open'] } as never)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });

  it('shows an expert only what the station has taken on, and their own assignments', async () => {
    const forExpert = expectOk(await api.call(EXPERT, 'needs.list', { stationId: ALUMINIUM, pageSize: 100 }));
    expect(
      forExpert.items.every((item) => ['accepted', 'in_service', 'resolved', 'closed'].includes(item.status)),
    ).toBe(true);
    expect(await titles(EXPERT, { search: '高纯铝' })).toEqual([]);
    const mine = expectOk(await api.call(EXPERT, 'needs.list', { assignedToMe: true, pageSize: 100 }));
    expect(mine.total).toBeGreaterThan(0);
    const hidden = (await api.cloudbase.store.find('needs', { status: 'submitted', stationId: ALUMINIUM }))[0];
    expect(await api.call(EXPERT, 'needs.get', { needId: String(hidden._id) })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows the unit its experts’ mobiles and the experts the unit’s, but not to other viewers', async () => {
    const need = await insertNeed(api, 'accepted');
    const forUnit = expectOk(await api.call(UNIT, 'needs.get', { needId: need._id }));
    expect(forUnit.assignedExperts[0].mobile).toMatch(/^1\d{10}$/);
    const forExpert = expectOk(await api.call(EXPERT, 'needs.get', { needId: need._id }));
    expect(forExpert.submittedBy.mobile).toMatch(/^1\d{10}$/);
    const other = expectOk(await api.call('expert-02', 'needs.get', { needId: need._id }));
    expect(other.submittedBy.mobile).toBeUndefined();
    expect(other.assignedExperts[0].mobile).toBeUndefined();
  });

  it('reads a list and a need’s page in the same number of requests however many needs there are', async () => {
    const requestsFor = async (call: () => Promise<unknown>) => {
      api.cloudbase.resetStats();
      await call();
      return api.cloudbase.stats().requests;
    };
    const need = await insertNeed(api, 'accepted');
    const list = () => api.call(HEAD, 'needs.list', { stationId: ALUMINIUM, search: '需求' });
    const page = () => api.call(HEAD, 'needs.get', { needId: need._id });
    const [listBefore, pageBefore] = [await requestsFor(list), await requestsFor(page)];
    for (let i = 0; i < 60; i++) await insertNeed(api, 'submitted');
    expect(await requestsFor(list)).toBe(listBefore);
    expect(await requestsFor(page)).toBe(pageBefore);
    // station, caller's roles, caller's profile (a head must have one), the page and its count
    expect(listBefore).toBe(5);
    // the need, caller's roles and profile, the people named on the page, the need's visits
    expect(pageBefore).toBe(5);
  });
});
