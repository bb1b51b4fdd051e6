import type { VisitSummary } from '../../types/actions';
import type { Visit, VisitCheckIn } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { ALUMINIUM_LOCATION, fixtureCheckOut, insertVisit, storePhoto } from '../support/visits';

/**
 * The review flags through the built function and the real wx-server-sdk: the head's queue and
 * the visit's page name what deserves a second look on each waiting visit, read from the records
 * as they are; nobody else sees them, nothing but waiting visits carries them, and a page of the
 * queue costs the same requests however many visits wait.
 */
const EXPERT = DEMO_USERS.expert;
const HEAD = DEMO_USERS.stationHead;
const STAFF = 'staff-aluminium';
const HOUR = 3_600_000;
const rid = requestIds('review-flags');
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const queue = async (status?: 'incomplete'): Promise<VisitSummary[]> =>
  expectOk(
    await api.call(HEAD, 'visits.reviewQueue', { stationId: ALUMINIUM, pageSize: 100, ...(status && { status }) }),
  ).items;
const flagsInQueue = async (id: string) => (await queue()).find((item) => item.id === id)?.flags;

let fixtures = 0;
/**
 * A pending off-site visit of an expert of its own (so no other record is like it), two hours on
 * `start` (Shanghai), 800 m from the station, a photo, its own words; `overrides` change that.
 */
async function waiting(
  start: string,
  { checkIn, ...overrides }: Partial<Omit<Visit, 'checkIn'>> & { checkIn?: Partial<VisitCheckIn> } = {},
): Promise<Visit> {
  const n = ++fixtures;
  const at = shanghai(start);
  const end = new Date(Date.parse(at) + 2 * HOUR).toISOString();
  const need = await insertNeed(api, 'accepted');
  return insertVisit(api, 'pending', need._id, {
    expertOpenid: `expert-flags-${n}`,
    checkIn: { at, distanceM: 800, offSiteReason: `在第 ${n} 分厂服务`, photos: ['cloud://local/in.png'], ...checkIn },
    checkOut: { ...fixtureCheckOut(end), summary: `第 ${n} 次：调整熔铸车间除气工艺参数` },
    durationMinutes: 120,
    ...overrides,
  });
}
/** The same report as `visit`'s, on a check-out at `end`. */
const sameWords = (visit: Visit, end: string) => ({ ...visit.checkOut!, at: shanghai(end), receivedAt: shanghai(end) });

describe('the head’s queue names what deserves a second look', () => {
  it('flags a real off-site visit checked out at once, far from the station', async () => {
    const need = await insertNeed(api, 'accepted');
    const photo = await storePhoto(api, EXPERT, 'flags-far.png');
    // 8 km due north of the aluminium station.
    const location = {
      latitude: ALUMINIUM_LOCATION.latitude + 8000 / 111_195,
      longitude: ALUMINIUM_LOCATION.longitude,
    };
    const at = new Date().toISOString();
    const opened = expectOk(
      await api.call(
        EXPERT,
        'visits.checkIn',
        {
          stationId: ALUMINIUM,
          needId: need._id,
          serviceType: 'consulting',
          at,
          location,
          accuracyM: 20,
          offSiteReason: '在县城的另一家企业',
          photos: [photo],
        },
        rid(),
      ),
    );
    const pending = expectOk(
      await api.call(
        EXPERT,
        'visits.checkOut',
        { visitId: opened.id, at, summary: '到场后即离开，未开展服务内容', outcomes: '', photos: [], attachments: [] },
        rid(),
      ),
    );
    expect(pending).toMatchObject({ status: 'pending', durationMinutes: 0, distanceM: 8000 });
    expect(await flagsInQueue(opened.id)).toEqual(['zero_minutes', 'far_from_station']);
  });

  it('flags each kind from the stored records, and nothing on an ordinary one', async () => {
    const ordinary = await waiting('2026-11-02T09:00:00');
    const short = await waiting('2026-11-03T09:00:00', { durationMinutes: 4 });
    const far = await waiting('2026-11-04T09:00:00', { checkIn: { distanceM: 5001 } });
    const atTheLimit = await waiting('2026-11-04T09:00:00', { checkIn: { distanceM: 5000 }, durationMinutes: 5 });
    const bare = await waiting('2026-11-05T09:00:00', { checkIn: { photos: [] } });

    const items = await queue();
    const flagsOf = (visit: Visit) => items.find((item) => item.id === visit._id)?.flags;
    expect(flagsOf(ordinary)).toEqual([]);
    expect(flagsOf(short)).toEqual(['zero_minutes']);
    expect(flagsOf(far)).toEqual(['far_from_station']);
    expect(flagsOf(atTheLimit)).toEqual([]);
    expect(flagsOf(bare)).toEqual(['no_photo']);
  });

  it('flags the expert’s entries of one month that look alike, and not another expert’s or another month’s', async () => {
    const expert = 'expert-flags-alike';
    const first = await waiting('2026-10-06T09:00:00', { expertOpenid: expert });
    // The same day at the same station, already confirmed.
    await waiting('2026-10-06T14:00:00', { expertOpenid: expert, status: 'confirmed' });
    // At another station, confirmed; a week later the same words at this one.
    const original = await waiting('2026-10-13T09:00:00', {
      expertOpenid: expert,
      stationId: 'st-elsewhere',
      status: 'confirmed',
    });
    const copy = await waiting('2026-10-20T09:00:00', {
      expertOpenid: expert,
      checkOut: sameWords(original, '2026-10-20T11:00:00'),
    });
    // The same words next month, and by someone else the same month: neither is alike.
    const nextMonth = await waiting('2026-11-06T09:00:00', {
      expertOpenid: expert,
      checkOut: sameWords(original, '2026-11-06T11:00:00'),
    });
    const someoneElse = await waiting('2026-10-06T15:00:00', { checkOut: sameWords(original, '2026-10-06T17:00:00') });

    const items = await queue();
    const flagsOf = (visit: Visit) => items.find((item) => item.id === visit._id)?.flags;
    expect(flagsOf(first)).toEqual(['similar_entries']);
    expect(flagsOf(copy)).toEqual(['similar_entries']);
    expect(flagsOf(nextMonth)).toEqual([]);
    expect(flagsOf(someoneElse)).toEqual([]);
  });
});

describe('visits.get', () => {
  it('gives the head and the staff the flags of a waiting visit, the expert none, and none once decided', async () => {
    const need = await insertNeed(api, 'accepted');
    const visit = await insertVisit(api, 'pending', need._id, {
      checkIn: { at: shanghai('2026-11-20T09:00:00'), photos: [] },
      checkOut: { ...fixtureCheckOut(shanghai('2026-11-20T09:03:00')), summary: '只签了到，尚未开展服务' },
      durationMinutes: 3,
    });
    const flags = ['zero_minutes', 'no_photo'];
    expect(expectOk(await api.call(HEAD, 'visits.get', { visitId: visit._id })).flags).toEqual(flags);
    expect(expectOk(await api.call(STAFF, 'visits.get', { visitId: visit._id })).flags).toEqual(flags);
    expect(expectOk(await api.call(EXPERT, 'visits.get', { visitId: visit._id })).flags).toBeUndefined();

    const decided = expectOk(
      await api.call(HEAD, 'visits.review', { visitId: visit._id, decision: 'rejected', reason: '未开展服务' }, rid()),
    );
    expect(decided.flags).toBeUndefined();
    expect(expectOk(await api.call(HEAD, 'visits.get', { visitId: visit._id })).flags).toBeUndefined();
  });
});

describe('what the flags cost', () => {
  it('costs a page of the queue the same requests with 3 visits waiting or 60', async () => {
    const requestsOf = async (call: () => Promise<unknown>) => {
      api.cloudbase.resetStats();
      await call();
      return api.cloudbase.stats().requests;
    };
    const before = await requestsOf(() => queue());
    for (let i = 0; i < 60; i++) {
      await waiting(
        `2026-09-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + Math.floor(i / 28)).padStart(2, '0')}:00:00`,
        {
          expertOpenid: `expert-flags-cost-${i % 7}`,
        },
      );
    }
    expect(await requestsOf(() => queue())).toBe(before);
  });

  it('leaves the visits of the incomplete queue without flags', async () => {
    const need = await insertNeed(api, 'accepted');
    const open = await insertVisit(api, 'incomplete', need._id);
    const item = (await queue('incomplete')).find((visit) => visit.id === open._id);
    expect(item).toBeDefined();
    expect(item).not.toHaveProperty('flags');
  });
});
