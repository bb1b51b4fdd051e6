import type { ApiResult, MakeUpInput, VisitDetail } from '../../types/actions';
import type { MakeUpCount, Need, Visit } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { COLLECTIONS } from '../../cloudfunctions/api/src/store/collections';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { checkOutReport, fixtureCheckOut, insertVisit, onSiteCheckIn, storePhoto } from '../support/visits';

/**
 * 补卡 through the built function and the real wx-server-sdk: an expert enters a visit they
 * forgot to check in to, the head approves it (and it counts) or rejects it (and it still
 * counts toward the month's three), the fourth of a month is refused, twins at the limit have
 * one effect, and every refusal writes nothing.
 */
const EXPERT = DEMO_USERS.expert;
const HEAD = DEMO_USERS.stationHead;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const rid = requestIds('make-up');
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());
afterEach(() => api.cloudbase.setClock(null));

let photos = 0;
/** A make-up by `openid` of a need assigned to them, from `start` for `hours`, with one photo of theirs. */
async function makeUpInput(
  openid: string,
  start: string,
  overrides: Partial<MakeUpInput> & { hours?: number } = {},
): Promise<MakeUpInput> {
  const { hours = 2, ...fields } = overrides;
  const need = fields.needId ? null : await insertNeed(api, 'accepted', { assignedExperts: [openid] });
  return {
    needId: need?._id ?? '',
    serviceType: 'consulting',
    start,
    end: new Date(Date.parse(start) + hours * HOUR).toISOString(),
    summary: '现场检查熔铸车间 2 号炉，调整除气工艺参数',
    outcomes: '气孔缺陷减少',
    reason: '到站时手机没电，未能签到',
    photos: [await storePhoto(api, openid, `make-up-${++photos}.png`)],
    attachments: [],
    ...fields,
  };
}
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const makeUp = (openid: string, input: MakeUpInput, requestId = rid()) =>
  api.call(openid, 'visits.makeUp', input, requestId);
const stored = async <T>(collection: string, id: string) =>
  (await api.cloudbase.store.find(collection, { _id: id }))[0] as unknown as T;
const monthOf = (iso: string) => new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 7);
const countOf = async (openid: string, at = new Date().toISOString()) =>
  (await stored<MakeUpCount | undefined>('makeUpCounts', `${openid}:${monthOf(at)}`))?.used ?? 0;

/** Every collection's documents: a refusal leaves them exactly as they were. */
async function snapshot(): Promise<Record<string, unknown>> {
  const parts = await Promise.all(COLLECTIONS.map(async (name) => [name, await api.cloudbase.store.find(name)]));
  return Object.fromEntries(parts);
}

async function expectRefusedWritingNothing(
  send: () => Promise<ApiResult<VisitDetail>>,
  code: string,
  words?: string,
): Promise<void> {
  const before = await snapshot();
  const answer = await send();
  expect(answer).toMatchObject({ ok: false, code });
  if (words) expect(!answer.ok && answer.message).toContain(words);
  expect(await snapshot()).toEqual(before);
}

describe('an expert enters a visit they forgot to check in to', () => {
  it('becomes a pending 补卡 in the review queue, and counts once the head approves it', async () => {
    const input = await makeUpInput(EXPERT, ago(3 * DAY));
    const need = await stored<Need>('needs', input.needId);
    const year = new Date(Date.parse(input.start) + 8 * HOUR).getUTCFullYear();
    const progress = () => api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM, year }).then(expectOk);
    const before = await progress();
    const allowance = expectOk(await api.call(EXPERT, 'visits.makeUpAllowance', {}));
    expect(allowance).toMatchObject({ limit: 3, used: 0, remaining: 3, windowDays: 7 });

    const entered = expectOk(await makeUp(EXPERT, input));
    expect(entered).toMatchObject({
      status: 'pending',
      proof: 'make_up',
      makeUpReason: '到站时手机没电，未能签到',
      checkInAt: input.start,
      checkOutAt: input.end,
      durationMinutes: 120,
      summary: input.summary,
      stationId: ALUMINIUM,
      late: false,
      isCorrection: false,
    });
    expect(entered.checkOutPhotos).toHaveLength(1);
    expect(await stored<Visit>('visits', entered.id)).toMatchObject({
      status: 'pending',
      checkIn: { proof: 'make_up', makeUpReason: '到站时手机没电，未能签到', photos: [] },
      checkOut: { photos: input.photos },
    });
    expect(expectOk(await api.call(EXPERT, 'visits.makeUpAllowance', {}))).toMatchObject({ used: 1, remaining: 2 });
    const queue = expectOk(await api.call(HEAD, 'visits.reviewQueue', { stationId: ALUMINIUM, pageSize: 100 }));
    expect(queue.items.find((item) => item.id === entered.id)).toMatchObject({ proof: 'make_up' });
    // Pending: nothing counted yet.
    expect((await progress()).confirmedVisits).toBe(before.confirmedVisits);

    const head = expectOk(await api.call(HEAD, 'visits.get', { visitId: entered.id }));
    expect(head).toMatchObject({ can: { review: true }, makeUpReason: '到站时手机没电，未能签到' });
    const sentBefore = api.cloudbase.openApiCalls().length;
    const approved = expectOk(
      await api.call(HEAD, 'visits.review', { visitId: entered.id, decision: 'approved' }, rid()),
    );
    expect(approved).toMatchObject({ status: 'confirmed', proof: 'make_up', review: { decision: 'approved' } });
    const after = await progress();
    expect(after.confirmedVisits).toBe(before.confirmedVisits + 1);
    expect(after.figures.needsServed).toBe(before.figures.needsServed + 1);
    const month = entered.month - 1;
    expect(after.months[month].visits).toBe(before.months[month].visits + 1);
    expect((await stored<Need>('needs', need._id)).status).toBe('in_service');
    const reviewed = api.cloudbase
      .openApiCalls()
      .slice(sentBefore)
      .find((call) => call.api === 'subscribeMessage.send' && (call.data as { touser: string }).touser === EXPERT);
    expect(reviewed?.data).toMatchObject({ data: { thing1: { value: '补卡服务记录' }, phrase2: { value: '已认可' } } });
  });

  it('still counts toward the month when the head rejects it', async () => {
    const used = await countOf(EXPERT);
    const entered = expectOk(await makeUp(EXPERT, await makeUpInput(EXPERT, ago(4 * DAY))));
    const rejected = expectOk(
      await api.call(
        HEAD,
        'visits.review',
        { visitId: entered.id, decision: 'rejected', reason: '当天未见到专家' },
        rid(),
      ),
    );
    expect(rejected).toMatchObject({ status: 'rejected', review: { decision: 'rejected', reason: '当天未见到专家' } });
    expect(await countOf(EXPERT)).toBe(used + 1);
    expect(expectOk(await api.call(EXPERT, 'visits.makeUpAllowance', {}))).toMatchObject({ used: used + 1 });
  });

  it('refuses the fourth of a month, naming the limit and when it resets, and writes nothing', async () => {
    while ((await countOf(EXPERT)) < 3) {
      expectOk(await makeUp(EXPERT, await makeUpInput(EXPERT, ago(5 * DAY + (await countOf(EXPERT)) * 3 * HOUR))));
    }
    const fourth = await makeUpInput(EXPERT, ago(6 * DAY));
    await expectRefusedWritingNothing(() => makeUp(EXPERT, fourth), 'MAKE_UP_LIMIT_REACHED', '每月最多 3 次');
    const answer = await makeUp(EXPERT, fourth);
    expect(!answer.ok && answer.message).toMatch(/\d{4} 年 \d{1,2} 月 1 日 0 时起可再补卡/);
    expect(expectOk(await api.call(EXPERT, 'visits.makeUpAllowance', {}))).toMatchObject({ used: 3, remaining: 0 });
  });

  it('starts the count again in the next month (Asia/Shanghai)', async () => {
    const expert = 'expert-04';
    api.cloudbase.setClock(shanghai('2027-03-31T23:50:00'));
    for (let i = 0; i < 3; i++) {
      expectOk(await makeUp(expert, await makeUpInput(expert, shanghai(`2027-03-2${5 + i}T09:00:00`))));
    }
    const late = await makeUpInput(expert, shanghai('2027-03-28T09:00:00'));
    expect(await makeUp(expert, late)).toMatchObject({ ok: false, code: 'MAKE_UP_LIMIT_REACHED' });
    api.cloudbase.setClock(shanghai('2027-04-01T00:00:00'));
    // The same visit, a few minutes later: April's first. It counts for March's quota figures, where it happened.
    const april = expectOk(await makeUp(expert, late));
    expect(april).toMatchObject({ status: 'pending', year: 2027, month: 3 });
    expect(await countOf(expert, shanghai('2027-04-01T00:00:00'))).toBe(1);
    expect(await countOf(expert, shanghai('2027-03-31T00:00:00'))).toBe(3);
  });
});

describe('at the limit, requests sent at once', () => {
  const expert = 'expert-02';

  it('have one effect for five copies of one request, and all five get its answer', async () => {
    for (let i = 0; i < 2; i++) expectOk(await makeUp(expert, await makeUpInput(expert, ago((2 + i) * DAY))));
    const visitsBefore = await api.cloudbase.store.count('visits', { expertOpenid: expert });
    const third = await makeUpInput(expert, ago(4 * DAY));
    const requestId = rid();
    const answers = await Promise.all(Array.from({ length: 5 }, () => makeUp(expert, third, requestId)));
    expect(answers[0]).toMatchObject({ ok: true, data: { status: 'pending' } });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(await api.cloudbase.store.count('visits', { expertOpenid: expert })).toBe(visitsBefore + 1);
    expect(await countOf(expert)).toBe(3);

    // At the limit the copies are all refused, and none writes anything.
    const fourth = await makeUpInput(expert, ago(5 * DAY));
    const before = await snapshot();
    const refused = await Promise.all(Array.from({ length: 5 }, () => makeUp(expert, fourth, rid())));
    for (const answer of refused) expect(answer).toMatchObject({ ok: false, code: 'MAKE_UP_LIMIT_REACHED' });
    expect(await snapshot()).toEqual(before);
  });

  it('let only one of two different requests through when one is left', async () => {
    const other = 'expert-03';
    for (let i = 0; i < 2; i++) expectOk(await makeUp(other, await makeUpInput(other, ago((2 + i) * DAY))));
    const [a, b] = [await makeUpInput(other, ago(4 * DAY)), await makeUpInput(other, ago(5 * DAY))];
    const answers = await Promise.all([makeUp(other, a), makeUp(other, b)]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.find((answer) => !answer.ok)).toMatchObject({ code: 'MAKE_UP_LIMIT_REACHED' });
    expect(await countOf(other)).toBe(3);
    expect(await api.cloudbase.store.count('visits', { expertOpenid: other, 'checkIn.proof': 'make_up' })).toBe(3);
  });
});

describe('every refusal writes nothing', () => {
  const expert = 'expert-03';
  // expert-03 has used this month's three above; these run in another month of the clock.
  beforeEach(() => api.cloudbase.setClock(shanghai('2027-05-20T10:00:00')));

  it('refuses a visit that started before the 7-day window, naming the earliest day', async () => {
    const input = await makeUpInput(expert, shanghai('2027-05-12T23:30:00'));
    await expectRefusedWritingNothing(() => makeUp(expert, input), 'MAKE_UP_TOO_OLD', '最早可补 2027-05-13 00:00');
    expectOk(await makeUp(expert, await makeUpInput(expert, shanghai('2027-05-13T00:00:00'))));
  });

  it('refuses a visit that has not ended yet', async () => {
    const input = await makeUpInput(expert, shanghai('2027-05-20T09:00:00'));
    await expectRefusedWritingNothing(() => makeUp(expert, input), 'MAKE_UP_IN_FUTURE', '晚于现在');
  });

  it('refuses an end before the start, a visit without a photo, and one over 12 hours', async () => {
    const start = shanghai('2027-05-18T09:00:00');
    const backwards = await makeUpInput(expert, start, { hours: -1 });
    await expectRefusedWritingNothing(() => makeUp(expert, backwards), 'INVALID_INPUT', '结束时间须晚于开始时间');
    const noPhoto = await makeUpInput(expert, start, { photos: [] });
    await expectRefusedWritingNothing(() => makeUp(expert, noPhoto), 'INVALID_INPUT', '至少拍摄一张');
    const long = await makeUpInput(expert, start, { hours: 13 });
    await expectRefusedWritingNothing(() => makeUp(expert, long), 'INVALID_INPUT', '最长 12 小时');
  });

  it('refuses a visit overlapping another of the expert’s, or ending after the visit they are checked in to began', async () => {
    const need = await insertNeed(api, 'accepted', { assignedExperts: [expert] });
    await insertVisit(api, 'confirmed', need._id, {
      expertOpenid: expert,
      checkIn: { at: shanghai('2027-05-17T09:00:00') },
      checkOut: fixtureCheckOut(shanghai('2027-05-17T11:00:00')),
    });
    const clash = await makeUpInput(expert, shanghai('2027-05-17T10:00:00'), { needId: need._id });
    await expectRefusedWritingNothing(() => makeUp(expert, clash), 'VISIT_OVERLAPS', '同一时间只能在一个地方服务');

    const open = expectOk(
      await api.call(expert, 'visits.checkIn', onSiteCheckIn(need._id, { at: shanghai('2027-05-20T08:00:00') }), rid()),
    );
    const during = await makeUpInput(expert, shanghai('2027-05-20T07:00:00'), { needId: need._id, hours: 1.5 });
    await expectRefusedWritingNothing(() => makeUp(expert, during), 'VISIT_OVERLAPS', '还没有签退');
    expectOk(
      await api.call(expert, 'visits.checkOut', checkOutReport(open.id, shanghai('2027-05-20T09:30:00')), rid()),
    );
    // Ended before that check-in: fine.
    const before = await makeUpInput(expert, shanghai('2027-05-20T06:00:00'), { needId: need._id, hours: 1.5 });
    expectOk(await makeUp(expert, before));
  });

  it('refuses a need not assigned to the expert, or not being served', async () => {
    const start = shanghai('2027-05-16T09:00:00');
    const notMine = await insertNeed(api, 'accepted', { assignedExperts: ['expert-02'] });
    const submitted = await insertNeed(api, 'submitted', { assignedExperts: [expert] });
    for (const need of [notMine, submitted]) {
      const input = await makeUpInput(expert, start, { needId: need._id });
      await expectRefusedWritingNothing(() => makeUp(expert, input), 'NEED_NOT_SERVABLE', '指派给您');
    }
  });

  it('refuses at a station that is not operating', async () => {
    const input = await makeUpInput(expert, shanghai('2027-05-15T09:00:00'));
    const [station] = await api.cloudbase.store.find('stations', { _id: ALUMINIUM });
    await api.cloudbase.store.insertMany('stations', [{ ...station, status: 'suspended' }]);
    try {
      await expectRefusedWritingNothing(() => makeUp(expert, input), 'STATION_NOT_OPERATING', '已暂停运行');
    } finally {
      await api.cloudbase.store.insertMany('stations', [station]);
    }
  });

  it('refuses a visit of a frozen year, naming the close date', async () => {
    api.cloudbase.setClock(shanghai('2028-01-03T10:00:00'));
    await api.cloudbase.store.insertMany('quotaYears', [{ _id: '2027', year: 2027, closesOn: '2028-01-02' }]);
    try {
      const input = await makeUpInput(expert, shanghai('2027-12-30T09:00:00'));
      await expectRefusedWritingNothing(() => makeUp(expert, input), 'YEAR_FROZEN', '已于 2028-01-02 封存');
      // The same days, in the new year: open.
      expectOk(await makeUp(expert, await makeUpInput(expert, shanghai('2028-01-02T09:00:00'))));
    } finally {
      await api.cloudbase.store.removeMany('quotaYears', ['2027']);
    }
  });
});
