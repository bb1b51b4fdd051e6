import type { CheckInInput, VisitDetail } from '../../types/actions';
import type { Need, Visit } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_FUNCTION_ENV, DEMO_SIGN_IN } from '../../local/demo/seed';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { presenceCode } from '../../cloudfunctions/api/src/domain/presenceCode';
import { dayNumber, stationKey, stationScene } from '../../cloudfunctions/api/src/domain/stationCode';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed, uploadAs } from '../support/needs';
import { ALUMINIUM_LOCATION, insertVisit } from '../support/visits';
import { PNG } from '../support/images';

const EXPERT = DEMO_USERS.expert;
const HEAD = DEMO_USERS.stationHead;
const HOUR = 3_600_000;
/** A point `metres` due north of the aluminium station (radius 500 m). */
const north = (metres: number) => ({
  latitude: ALUMINIUM_LOCATION.latitude + metres / 111_195,
  longitude: ALUMINIUM_LOCATION.longitude,
});

let api: LocalApi;
const rid = requestIds('visits');
beforeAll(async () => {
  api = await startLocalApi({ users: DEMO_SIGN_IN.map(({ openid, label }) => ({ openid, label })) });
});
afterAll(() => api.stop());

const stored = async <T>(collection: string, id: string) =>
  (await api.cloudbase.store.find(collection, { _id: id }))[0] as unknown as T;
const visitCount = () => api.cloudbase.store.count('visits');
const checkInInput = (needId: string, overrides: Partial<CheckInInput> = {}): CheckInInput => ({
  stationId: ALUMINIUM,
  needId,
  serviceType: 'joint_tackling',
  at: new Date().toISOString(),
  location: north(100),
  accuracyM: 25,
  photos: [],
  ...overrides,
});
const checkOutInput = (visit: VisitDetail, at = new Date()) => ({
  visitId: visit.id,
  at: at.toISOString(),
  summary: '现场查看熔铸车间，调整了除气转速与氩气流量。',
  outcomes: '铸锭气孔明显减少',
  photos: [],
  attachments: [],
});
/** Ends whatever visit the expert has open, so each test starts free. */
async function finishOpenVisit(openid: string = EXPERT): Promise<void> {
  const open = expectOk(await api.call(openid, 'visits.current', {}));
  if (open) expectOk(await api.call(openid, 'visits.checkOut', checkOutInput(open), rid()));
}
beforeEach(() => finishOpenVisit());

describe('checking in and out at the station', () => {
  it('confirms an on-site visit at check-out, snapshots the counting fields and starts serving the need', async () => {
    const need = await insertNeed(api, 'accepted');
    const photo = await uploadAs(api, EXPERT, `visits/${EXPERT}/in-1.jpg`, PNG);
    const opened = expectOk(
      await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id, { photos: [photo] }), rid()),
    );
    expect(opened).toMatchObject({
      status: 'open',
      proof: 'location',
      distanceM: 100,
      late: false,
      can: { checkOut: true },
    });
    expect(opened.checkInPhotos[0].url).toMatch(/^http/);
    expect(await stored('openVisits', EXPERT)).toMatchObject({ visitId: opened.id });
    expect(expectOk(await api.call(EXPERT, 'visits.current', {}))?.id).toBe(opened.id);

    const closed = expectOk(await api.call(EXPERT, 'visits.checkOut', checkOutInput(opened), rid()));
    expect(closed).toMatchObject({ status: 'confirmed', outOfProvince: true, can: { checkOut: false } });
    const visit = await stored<Visit>('visits', opened.id);
    expect(visit).toMatchObject({
      status: 'confirmed',
      outOfProvince: true,
      expertName: '陈静',
      needTitle: need.title,
    });
    expect(visit.confirmedAt).toBeDefined();
    expect(await api.cloudbase.store.count('openVisits', { _id: EXPERT })).toBe(0);
    const served = await stored<Need>('needs', need._id);
    expect(served.status).toBe('in_service');
    const page = expectOk(await api.call(DEMO_USERS.demandUnit, 'needs.get', { needId: need._id }));
    expect(page.visits).toEqual([expect.objectContaining({ id: opened.id, status: 'confirmed', expertName: '陈静' })]);
    expect(served.history.at(-1)).toMatchObject({ kind: 'in_service', by: 'system', role: 'system' });
  });

  it('refuses a coarse fix with advice, and an off-site check-in without a reason, writing nothing', async () => {
    const need = await insertNeed(api, 'accepted');
    const before = await visitCount();
    const coarse = await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id, { accuracyM: 201 }), rid());
    expect(coarse).toMatchObject({ ok: false, code: 'LOCATION_TOO_COARSE', message: expect.stringContaining('室外') });
    const far = await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id, { location: north(1200) }), rid());
    expect(far).toMatchObject({
      ok: false,
      code: 'OUTSIDE_RADIUS',
      message: expect.stringContaining('约 1.2 公里，超出签到范围（500 米）'),
    });
    expect(await visitCount()).toBe(before);
  });

  it('lets the accuracy bring a fix just outside the radius on site, up to its cap', async () => {
    const need = await insertNeed(api, 'accepted');
    const near = await api.call(
      EXPERT,
      'visits.checkIn',
      checkInInput(need._id, { location: north(540), accuracyM: 60 }),
      rid(),
    );
    expect(expectOk(near).proof).toBe('location');
    await finishOpenVisit();
    const capped = await api.call(
      EXPERT,
      'visits.checkIn',
      checkInInput(need._id, { location: north(580), accuracyM: 150 }),
      rid(),
    );
    expect(capped).toMatchObject({ code: 'OUTSIDE_RADIUS' });
  });

  it('refuses a need that is not the station’s to serve', async () => {
    const submitted = await insertNeed(api, 'submitted');
    expect(await api.call(EXPERT, 'visits.checkIn', checkInInput(submitted._id), rid())).toMatchObject({
      code: 'NEED_NOT_SERVABLE',
    });
  });

  it('refuses an expert not on the roster, and one removed from it', async () => {
    const need = await insertNeed(api, 'accepted');
    expect(await api.call('expert-02', 'visits.checkIn', checkInInput(need._id), rid())).toMatchObject({ ok: true });
    await finishOpenVisit('expert-02');
    expectOk(
      await api.call(HEAD, 'roster.remove', { stationId: ALUMINIUM, grantId: `expert:${ALUMINIUM}:expert-02` }, rid()),
    );
    expect(await api.call('expert-02', 'visits.checkIn', checkInInput(need._id), rid())).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await api.call('head-seed', 'visits.checkIn', checkInInput(need._id), rid())).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('one open visit per expert', () => {
  it('leaves exactly one open visit after 50 concurrent check-ins', async () => {
    const need = await insertNeed(api, 'accepted');
    const before = await visitCount();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => api.call(EXPERT, 'visits.checkIn', checkInInput(need._id), rid())),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const answer of answers.filter((a) => !a.ok)) {
      expect(answer).toMatchObject({ code: expect.stringMatching(/^(VISIT_ALREADY_OPEN|CONFLICT)$/) });
    }
    expect(await visitCount()).toBe(before + 1);
    expect(await api.cloudbase.store.count('visits', { expertOpenid: EXPERT, status: 'open' })).toBe(1);
  });

  it('answers a check-in replayed three times with one record', async () => {
    const need = await insertNeed(api, 'accepted');
    const before = await visitCount();
    const requestId = rid();
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push(expectOk(await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id), requestId)).id);
    expect(new Set(ids).size).toBe(1);
    expect(await visitCount()).toBe(before + 1);
  });
});

describe('entries sent late from the phone', () => {
  it('accepts one made 71 hours ago, marked late, and refuses one made 73 hours ago', async () => {
    const need = await insertNeed(api, 'accepted');
    const at71 = new Date(Date.now() - 71 * HOUR).toISOString();
    const late = expectOk(await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id, { at: at71 }), rid()));
    expect(late).toMatchObject({ late: true, checkInAt: at71 });
    expect(
      expectOk(await api.call(EXPERT, 'visits.checkOut', checkOutInput(late, new Date(Date.now() - 69 * HOUR)), rid()))
        .status,
    ).toBe('confirmed');
    const at73 = new Date(Date.now() - 73 * HOUR).toISOString();
    const before = await visitCount();
    const refused = await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id, { at: at73 }), rid());
    expect(refused).toMatchObject({ ok: false, code: 'ENTRY_TOO_LATE', message: expect.stringContaining('72 小时') });
    expect(await visitCount()).toBe(before);
  });
});

describe('off-site visits and corrections go to the station head', () => {
  it('refuses an off-site check-in without a photo, in words and with a stable code, writing nothing', async () => {
    const need = await insertNeed(api, 'accepted');
    const [visits, locks, needBefore] = [
      await visitCount(),
      await api.cloudbase.store.count('openVisits'),
      await stored<Need>('needs', need._id),
    ];
    const refused = await api.call(
      EXPERT,
      'visits.checkIn',
      checkInInput(need._id, { location: north(30_023), offSiteReason: '在县里的分厂现场服务' }),
      rid(),
    );
    expect(refused).toMatchObject({
      ok: false,
      code: 'OFF_SITE_PHOTO_REQUIRED',
      message: expect.stringContaining('异地服务签到须拍摄至少 1 张现场照片'),
    });
    expect(await visitCount()).toBe(visits);
    expect(await api.cloudbase.store.count('openVisits')).toBe(locks);
    expect(await stored<Need>('needs', need._id)).toEqual(needBefore);
    expect(expectOk(await api.call(EXPERT, 'visits.current', {}))).toBeNull();

    // Without the reason it is refused for the distance first, written by the phone's own rule.
    const far = await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id, { location: north(30_023) }), rid());
    expect(far).toMatchObject({ ok: false, code: 'OUTSIDE_RADIUS', message: expect.stringContaining('约 30.0 公里') });
    expect(await visitCount()).toBe(visits);
  });

  it('keeps an off-site visit pending until the head approves it', async () => {
    const need = await insertNeed(api, 'accepted');
    const photo = await uploadAs(api, EXPERT, `visits/${EXPERT}/off-site-1.jpg`, PNG);
    const opened = expectOk(
      await api.call(
        EXPERT,
        'visits.checkIn',
        checkInInput(need._id, { location: north(3000), offSiteReason: '在县里的分厂现场服务', photos: [photo] }),
        rid(),
      ),
    );
    expect(opened).toMatchObject({ proof: 'off_site', offSiteReason: '在县里的分厂现场服务' });
    const pending = expectOk(await api.call(EXPERT, 'visits.checkOut', checkOutInput(opened), rid()));
    expect(pending.status).toBe('pending');
    expect((await stored<Need>('needs', need._id)).status).toBe('accepted');
    const queue = expectOk(await api.call(HEAD, 'visits.reviewQueue', { stationId: ALUMINIUM }));
    expect(queue.items.map((item) => item.id)).toContain(opened.id);
    expect(await api.call(HEAD, 'visits.review', { visitId: opened.id, decision: 'rejected' }, rid())).toMatchObject({
      code: 'INVALID_INPUT',
    });
    const approved = expectOk(
      await api.call(HEAD, 'visits.review', { visitId: opened.id, decision: 'approved' }, rid()),
    );
    expect(approved).toMatchObject({ status: 'confirmed', review: { decision: 'approved', byName: '张伟' } });
    expect((await stored<Need>('needs', need._id)).status).toBe('in_service');
    expect(await api.call(HEAD, 'visits.review', { visitId: opened.id, decision: 'approved' }, rid())).toMatchObject({
      code: 'VISIT_WRONG_STATUS',
    });
  });

  it('closes a visit left open 12 hours, and the expert’s correction replaces it once approved', async () => {
    const need = await insertNeed(api, 'accepted');
    const at = new Date(Date.now() - 13 * HOUR).toISOString();
    const opened = expectOk(await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id, { at }), rid()));
    await api.cloudbase.invoke(
      'api',
      { Type: 'Timer', TriggerName: 'hourly', Time: new Date().toISOString() },
      { openid: '' },
    );
    const closed = await stored<Visit>('visits', opened.id);
    expect(closed.status).toBe('incomplete');
    expect(await api.cloudbase.store.count('openVisits', { _id: EXPERT })).toBe(0);
    expect(await api.call(EXPERT, 'visits.checkOut', checkOutInput(opened), rid())).toMatchObject({
      code: 'VISIT_WRONG_STATUS',
      message: expect.stringContaining('补录'),
    });

    const correction = expectOk(
      await api.call(EXPERT, 'visits.correct', { ...checkOutInput(opened, new Date(Date.now() - 10 * HOUR)) }, rid()),
    );
    expect(correction).toMatchObject({ status: 'pending', isCorrection: true, checkInAt: at });
    expect(await api.call(EXPERT, 'visits.correct', checkOutInput(opened), rid())).toMatchObject({
      code: 'VISIT_WRONG_STATUS',
    });
    expectOk(await api.call(HEAD, 'visits.review', { visitId: correction.id, decision: 'approved' }, rid()));
    expect(await stored<Visit>('visits', opened.id)).toMatchObject({
      status: 'superseded',
      supersededBy: correction.id,
    });
    expect(await stored<Visit>('visits', correction.id)).toMatchObject({
      status: 'confirmed',
      correctionOf: opened.id,
    });
  });
});

describe('reading visits', () => {
  it('lists the expert’s own visits by month, newest first, in a constant number of requests', async () => {
    const mine = expectOk(await api.call(EXPERT, 'visits.mine', { pageSize: 100 }));
    expect(mine.items.length).toBeGreaterThan(0);
    const times = mine.items.map((item) => item.checkInAt);
    expect([...times].sort().reverse()).toEqual(times);
    const { year, month } = mine.items[0];
    const thatMonth = expectOk(await api.call(EXPERT, 'visits.mine', { year, month, pageSize: 100 }));
    expect(thatMonth.items.every((item) => item.year === year && item.month === month)).toBe(true);
    api.cloudbase.resetStats();
    await api.call(EXPERT, 'visits.mine', {});
    // The page, its count, and the first visit (for the years the picker offers).
    expect(api.cloudbase.stats().requests).toBe(3);
  });
});

describe('the demand unit rates a confirmed visit', () => {
  const UNIT = DEMO_USERS.demandUnit;
  const sentSince = (mark: number) =>
    api.cloudbase
      .openApiCalls()
      .slice(mark)
      .filter((call) => call.api === 'subscribeMessage.send')
      .map((call) => call.data as { touser: string; template_id: string; page: string });

  it('is asked to rate when a visit is confirmed, and the expert hears the head’s decision', async () => {
    const need = await insertNeed(api, 'accepted');
    const photo = await uploadAs(api, EXPERT, `visits/${EXPERT}/off-site-2.jpg`, PNG);
    const opened = expectOk(
      await api.call(
        EXPERT,
        'visits.checkIn',
        checkInInput(need._id, { location: north(2500), offSiteReason: '在分厂服务', photos: [photo] }),
        rid(),
      ),
    );
    expectOk(await api.call(EXPERT, 'visits.checkOut', checkOutInput(opened), rid()));
    const mark = api.cloudbase.openApiCalls().length;
    expectOk(await api.call(HEAD, 'visits.review', { visitId: opened.id, decision: 'approved' }, rid()));
    expect(sentSince(mark)).toEqual([
      expect.objectContaining({ touser: EXPERT, template_id: 'demo-template-visit-reviewed' }),
      expect.objectContaining({
        touser: UNIT,
        template_id: 'demo-template-visit-to-rate',
        page: `packages/visits/pages/detail/index?visitId=${opened.id}`,
      }),
    ]);
  });

  it('keeps one rating per visit, editable for 7 days, then fixed', async () => {
    const need = await insertNeed(api, 'in_service');
    const visit = await insertVisit(api, 'confirmed', need._id);
    const rate = (effect: number) =>
      api.call(
        UNIT,
        'visits.rate',
        { visitId: visit._id, responsiveness: 5, professionalism: 4, effect, comment: '很专业' },
        rid(),
      );
    expect(expectOk(await rate(3)).rating).toMatchObject({ effect: 3, byName: '刘洋' });
    const changed = expectOk(await rate(5));
    expect(changed.rating).toMatchObject({ effect: 5 });
    const stored1 = await stored<Visit>('visits', visit._id);
    expect(stored1.rating).toMatchObject({ effect: 5, by: UNIT });

    const eightDaysAgo = new Date(Date.now() - 8 * 24 * HOUR).toISOString();
    const old = await insertVisit(api, 'confirmed', need._id, {
      rating: {
        responsiveness: 2,
        professionalism: 2,
        effect: 2,
        comment: '',
        by: UNIT,
        firstAt: eightDaysAgo,
        at: eightDaysAgo,
      },
    });
    const locked = await api.call(
      UNIT,
      'visits.rate',
      { visitId: old._id, responsiveness: 5, professionalism: 5, effect: 5, comment: '' },
      rid(),
    );
    expect(locked).toMatchObject({ ok: false, code: 'RATING_LOCKED' });
    expect((await stored<Visit>('visits', old._id)).rating?.effect).toBe(2);
    expect(expectOk(await api.call(UNIT, 'visits.get', { visitId: old._id })).can.rate).toBe(false);

    const pending = await insertVisit(api, 'pending', need._id);
    expect(
      await api.call(
        UNIT,
        'visits.rate',
        { visitId: pending._id, responsiveness: 5, professionalism: 5, effect: 5, comment: '' },
        rid(),
      ),
    ).toMatchObject({ code: 'VISIT_WRONG_STATUS' });
  });

  it('averages per expert for the station head, and an expert sees their own', async () => {
    const forHead = expectOk(await api.call(HEAD, 'ratings.experts', { stationId: ALUMINIUM }));
    const chen = forHead.experts.find((expert) => expert.expertOpenid === EXPERT);
    expect(chen).toMatchObject({ expertName: '陈静', ratedVisits: 2, responsiveness: 3.5, effect: 3.5 });
    const own = expectOk(await api.call(EXPERT, 'ratings.experts', { mine: true }));
    expect(own.experts).toEqual([chen]);
    expect(await api.call(HEAD, 'ratings.experts', {})).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('codes that prove presence', () => {
  const SECRET = DEMO_FUNCTION_ENV.PRESENCE_SECRET;
  const today = () => calendarMoment(new Date()).date;

  it('lets an expert who scanned today’s station code check in wherever the fix says', async () => {
    const need = await insertNeed(api, 'accepted');
    const code = expectOk(
      await api.call(HEAD, 'stationCodes.create', { stationId: ALUMINIUM, firstDate: today(), days: 1 }, rid()),
    );
    expect(code.scene.length).toBeLessThanOrEqual(32);
    expect(code).toMatchObject({ firstDate: today(), lastDate: today(), qrCodeUrl: expect.stringMatching(/^http/) });
    const wxacode = api.cloudbase
      .openApiCalls()
      .filter((call) => call.api === 'wxacode.getUnlimited')
      .at(-1);
    expect(wxacode?.data).toMatchObject({ scene: code.scene, page: 'packages/visits/pages/check-in/index' });
    expect(expectOk(await api.call(EXPERT, 'stationCodes.resolve', { scene: code.scene }))).toMatchObject({
      stationId: ALUMINIUM,
      verdict: 'valid',
    });
    const opened = expectOk(
      await api.call(
        EXPERT,
        'visits.checkIn',
        checkInInput(need._id, { location: north(5000), accuracyM: 400, stationScene: code.scene }),
        rid(),
      ),
    );
    expect(opened).toMatchObject({ proof: 'station_code', distanceM: 5000 });
  });

  it('refuses yesterday’s code, a code of another station and a code with a changed character', async () => {
    const need = await insertNeed(api, 'accepted');
    const yesterday = stationScene(SECRET, {
      key: stationKey(SECRET, ALUMINIUM),
      firstDay: dayNumber(today()) - 1,
      days: 1,
    });
    const elsewhere = stationScene(SECRET, {
      key: stationKey(SECRET, 'st-seed'),
      firstDay: dayNumber(today()),
      days: 1,
    });
    const genuine = stationScene(SECRET, { key: stationKey(SECRET, ALUMINIUM), firstDay: dayNumber(today()), days: 1 });
    const tampered = genuine.replace(/\.1\./, '.9.');
    const before = await visitCount();
    for (const [scene, words] of [
      [yesterday, '过期'],
      [elsewhere, '有效'],
      [tampered, '有效'],
    ]) {
      const result = await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id, { stationScene: scene }), rid());
      expect(result).toMatchObject({
        ok: false,
        code: 'STATION_CODE_INVALID',
        message: expect.stringContaining(words),
      });
    }
    expect(await visitCount()).toBe(before);
  });

  it('takes the unit’s current code, calls an old one expired, and stops an expert after five wrong ones', async () => {
    const need = await insertNeed(api, 'accepted');
    const shown = expectOk(await api.call(DEMO_USERS.demandUnit, 'presence.unitCode', { stationId: ALUMINIUM }));
    expect(shown.code).toMatch(/^\d{6}$/);
    expect(shown.secondsLeft).toBeLessThanOrEqual(30);
    const old = presenceCode(SECRET, ALUMINIUM, new Date(Date.now() - 5 * 60_000));
    expect(
      await api.call(EXPERT, 'visits.checkIn', checkInInput(need._id, { unitCode: old, location: north(3000) }), rid()),
    ).toMatchObject({
      code: 'CODE_EXPIRED',
    });
    const current = presenceCode(SECRET, ALUMINIUM, new Date());
    expect(
      expectOk(
        await api.call(
          EXPERT,
          'visits.checkIn',
          checkInInput(need._id, { unitCode: current, location: north(3000) }),
          rid(),
        ),
      ).proof,
    ).toBe('unit_code');

    const guesser = 'expert-03';
    const wrong = String((Number(current) + 1) % 1_000_000).padStart(6, '0');
    const guesses = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.call(guesser, 'visits.checkIn', checkInInput(need._id, { unitCode: wrong }), rid()),
      ),
    );
    expect(guesses.every((guess) => !guess.ok && guess.code === 'CODE_WRONG')).toBe(true);
    const fresh = presenceCode(SECRET, ALUMINIUM, new Date());
    expect(await api.call(guesser, 'visits.checkIn', checkInInput(need._id, { unitCode: fresh }), rid())).toMatchObject(
      {
        code: 'CODE_ATTEMPTS_EXCEEDED',
      },
    );
  });
});
