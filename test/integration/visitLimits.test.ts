import type { Visit } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_FUNCTION_ENV, DEMO_SIGN_IN } from '../../local/demo/seed';
import { presenceCode } from '../../cloudfunctions/api/src/domain/presenceCode';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed, uploadAs } from '../support/needs';
import { PNG } from '../support/images';
import { ALUMINIUM_LOCATION, checkOutReport, fixtureCheckOut, insertVisit, onSiteCheckIn } from '../support/visits';

/** Holes found by hostile input in the visit actions; each test failed before its fix. */
const EXPERT = DEMO_USERS.expert;
const HEAD = DEMO_USERS.stationHead;
const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();
const rid = requestIds('visit-limits');

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi({ users: DEMO_SIGN_IN });
});
afterAll(() => api.stop());

const stored = async (id: string) => (await api.cloudbase.store.find('visits', { _id: id }))[0] as unknown as Visit;
describe('a correction (补录) is bounded like any entry', () => {
  it.each([
    ['a check-out in 2100', () => '2100-01-01T00:00:00.000Z', '不能晚于当前时间'],
    ['a check-out before the check-in', () => ago(24 * 60 + 1), '不能早于签到时间'],
    ['a visit longer than 12 hours', () => ago(60), '最长 12 小时'],
  ])('refuses %s and writes nothing', async (_name, at, words) => {
    const need = await insertNeed(api, 'accepted');
    const incomplete = await insertVisit(api, 'incomplete', need._id, { checkIn: { at: ago(24 * 60) } });
    const before = await api.cloudbase.store.count('visits');
    const answer = await api.call(EXPERT, 'visits.correct', checkOutReport(incomplete._id, at()), rid());
    expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(!answer.ok && answer.message).toContain(words);
    expect(await api.cloudbase.store.count('visits')).toBe(before);
    expect(await stored(incomplete._id)).toMatchObject({ status: 'incomplete' });
  });

  it('takes a check-out within 12 hours of the check-in', async () => {
    const need = await insertNeed(api, 'accepted');
    const incomplete = await insertVisit(api, 'incomplete', need._id, { checkIn: { at: ago(24 * 60) } });
    const answer = await api.call(EXPERT, 'visits.correct', checkOutReport(incomplete._id, ago(22 * 60)), rid());
    expect(answer).toMatchObject({ ok: true, data: { status: 'pending', durationMinutes: 120 } });
  });
});

describe('one person is in one place at a time', () => {
  it('refuses a second offline entry captured at the same moment as a visit already recorded', async () => {
    const need = await insertNeed(api, 'accepted');
    const capturedAt = ago(6 * 60);
    const first = expectOk(
      await api.call(EXPERT, 'visits.checkIn', onSiteCheckIn(need._id, { at: capturedAt }), rid()),
    );
    expectOk(await api.call(EXPERT, 'visits.checkOut', checkOutReport(first.id, ago(5 * 60)), rid()));
    // The same moment again, as a unit's code 500 km away would let it through: the place is not the point.
    const far = { latitude: ALUMINIUM_LOCATION.latitude + 4.5, longitude: ALUMINIUM_LOCATION.longitude };
    const photo = await uploadAs(api, EXPERT, `visits/${EXPERT}/far-away.png`, PNG);
    const second = await api.call(
      EXPERT,
      'visits.checkIn',
      onSiteCheckIn(need._id, { at: capturedAt, location: far, offSiteReason: '在外地企业现场服务', photos: [photo] }),
      rid(),
    );
    expect(second).toMatchObject({ ok: false, code: 'VISIT_OVERLAPS' });
    expect(!second.ok && second.message).toContain('同一时间只能在一个地方服务');
    expect(await api.cloudbase.store.count('visits', { expertOpenid: EXPERT, 'checkIn.at': capturedAt })).toBe(1);
  });

  it('refuses a check-out whose span covers another visit, and an approval that would overlap a confirmed one', async () => {
    const need = await insertNeed(api, 'accepted');
    const confirmed = await insertVisit(api, 'confirmed', need._id, {
      checkIn: { at: ago(10 * 60) },
      checkOut: fixtureCheckOut(ago(9 * 60)),
    });
    const pending = await insertVisit(api, 'pending', need._id, {
      checkIn: { at: ago(9 * 60 + 30) },
      checkOut: fixtureCheckOut(ago(8 * 60)),
    });
    const approval = await api.call(HEAD, 'visits.review', { visitId: pending._id, decision: 'approved' }, rid());
    expect(approval).toMatchObject({ ok: false, code: 'VISIT_OVERLAPS' });
    expect(await stored(pending._id)).toMatchObject({ status: 'pending' });

    const open = expectOk(
      await api.call(EXPERT, 'visits.checkIn', onSiteCheckIn(need._id, { at: ago(11 * 60) }), rid()),
    );
    const out = await api.call(EXPERT, 'visits.checkOut', checkOutReport(open.id, ago(8 * 60 + 50)), rid());
    expect(out).toMatchObject({ ok: false, code: 'VISIT_OVERLAPS' });
    expect(await stored(open.id)).toMatchObject({ status: 'open' });
    expect(await stored(confirmed._id)).toMatchObject({ status: 'confirmed' });
    // A check-out that ends before the confirmed visit begins is fine.
    expectOk(await api.call(EXPERT, 'visits.checkOut', checkOutReport(open.id, ago(10 * 60 + 30)), rid()));
  });

  it('confirms only one of two overlapping visits approved at once', async () => {
    const need = await insertNeed(api, 'accepted');
    const span = (start: number, end: number) => ({
      checkIn: { at: ago(start) },
      checkOut: fixtureCheckOut(ago(end)),
    });
    const a = await insertVisit(api, 'pending', need._id, span(40 * 60, 39 * 60));
    const b = await insertVisit(api, 'pending', need._id, span(40 * 60 - 30, 39 * 60 - 30));
    const answers = await Promise.all(
      [a, b].map((visit) => api.call(HEAD, 'visits.review', { visitId: visit._id, decision: 'approved' }, rid())),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.find((answer) => !answer.ok)).toMatchObject({
      code: expect.stringMatching(/VISIT_OVERLAPS|CONFLICT/),
    });
    const statuses = [(await stored(a._id)).status, (await stored(b._id)).status].sort();
    expect(statuses).toEqual(['confirmed', 'pending']);
  });
});

describe('the wrong-code limit holds under concurrency', () => {
  it('counts ten wrong guesses sent at once exactly up to the limit, and answers each', async () => {
    const need = await insertNeed(api, 'accepted');
    const guesser = 'expert-02';
    const right = presenceCode(DEMO_FUNCTION_ENV.PRESENCE_SECRET, ALUMINIUM, new Date());
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    const far = { latitude: ALUMINIUM_LOCATION.latitude + 0.05, longitude: ALUMINIUM_LOCATION.longitude };
    const guesses = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.call(guesser, 'visits.checkIn', onSiteCheckIn(need._id, { unitCode: wrong, location: far }), rid()),
      ),
    );
    const codes = guesses.map((guess) => (guess.ok ? 'ok' : guess.code)).sort();
    expect(codes).toEqual([...Array(5).fill('CODE_ATTEMPTS_EXCEEDED'), ...Array(5).fill('CODE_WRONG')]);
    const [attempts] = await api.cloudbase.store.find('codeAttempts', { _id: { $regex: `^${guesser}:` } });
    expect(attempts).toMatchObject({ wrong: 5 });
  });
});

describe('a station that is not operating', () => {
  it.each(['suspended', 'revoked', 'closed'] as const)(
    'takes no check-in or new need when %s, and keeps its history readable',
    async (status) => {
      const need = await insertNeed(api, 'accepted');
      const past = await insertVisit(api, 'confirmed', need._id, { checkIn: { at: ago(30 * 24 * 60) } });
      const [station] = await api.cloudbase.store.find('stations', { _id: ALUMINIUM });
      const issued = await api.cloudbase.store.count('invitations', { stationId: ALUMINIUM });
      await api.cloudbase.store.insertMany('stations', [{ ...station, status }]);
      try {
        const checkIn = await api.call(EXPERT, 'visits.checkIn', onSiteCheckIn(need._id), rid());
        expect(checkIn).toMatchObject({ ok: false, code: 'STATION_NOT_OPERATING' });
        const submitted = await api.call(
          DEMO_USERS.demandUnit,
          'needs.create',
          {
            stationId: ALUMINIUM,
            title: '停运后提交的需求',
            description: '工作站已经不在运行状态时提交的一条技术需求，应被拒绝。',
            industry: 'aluminium',
            serviceType: 'consulting',
            expectedOutcome: '不应保存',
            urgency: 'normal',
            attachments: [],
          },
          rid(),
        );
        expect(submitted).toMatchObject({ ok: false, code: 'STATION_NOT_OPERATING' });
        expect(await api.cloudbase.store.count('needs', { title: '停运后提交的需求' })).toBe(0);
        const invitation = await api.call(
          HEAD,
          'invitations.create',
          { role: 'expert', stationId: ALUMINIUM, validDays: 7, maxUses: 1 },
          rid(),
        );
        expect(invitation).toMatchObject({ ok: false, code: 'STATION_NOT_OPERATING' });
        expect(await api.cloudbase.store.count('invitations', { stationId: ALUMINIUM })).toBe(issued);
        expect(await api.call(HEAD, 'visits.get', { visitId: past._id })).toMatchObject({ ok: true });
        expect(await api.call(HEAD, 'needs.list', { stationId: ALUMINIUM })).toMatchObject({ ok: true });
      } finally {
        await api.cloudbase.store.insertMany('stations', [station]);
      }
    },
  );
});
