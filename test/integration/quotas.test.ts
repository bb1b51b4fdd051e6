import type { QuotaCounter, QuotaMark, Station, UserProfile, Visit } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { insertVisit, onSiteCheckIn } from '../support/visits';
import { emptyCounter } from '../../cloudfunctions/api/src/domain/quotaCount';

/**
 * The station-year counters move in the same transaction as a confirmation: a need or an expert
 * counts once a year, and two confirmations at once do not count anything twice.
 */

const EXPERT = DEMO_USERS.expert;
const HEAD = DEMO_USERS.stationHead;

let api: LocalApi;
const rid = requestIds('quotas');
beforeAll(async () => {
  api = await startLocalApi({ users: DEMO_SIGN_IN.map(({ openid, label }) => ({ openid, label })) });
});
afterAll(() => api.stop());

const year = () => calendarMoment(new Date()).year;
async function counter(): Promise<QuotaCounter> {
  const [found] = await api.cloudbase.store.find('quotaCounters', { _id: `${ALUMINIUM}:${year()}` });
  return found as unknown as QuotaCounter;
}
const figures = ({ needsServed, experts, outOfProvinceExperts, visits }: QuotaCounter) => ({
  needsServed,
  experts,
  outOfProvinceExperts,
  visits,
});

async function serve(needId: string): Promise<void> {
  const visit = expectOk(await api.call(EXPERT, 'visits.checkIn', onSiteCheckIn(needId), rid()));
  const summary = '现场查看熔铸车间，调整了除气转速与氩气流量。';
  const at = new Date().toISOString();
  const checkOut = { visitId: visit.id, at, summary, outcomes: '', photos: [], attachments: [] };
  expectOk(await api.call(EXPERT, 'visits.checkOut', checkOut, rid()));
}

describe('quota counters kept with each confirmation', () => {
  it('start from the demo’s confirmed visits', async () => {
    const seeded = await counter();
    expect(seeded.needsServed).toBeGreaterThan(0);
    expect(seeded.months).toHaveLength(12);
  });

  it('count a newly served need once, the visit each time, and an expert already counted not again', async () => {
    const before = figures(await counter());
    const need = await insertNeed(api, 'accepted');
    await serve(need._id);
    expect(figures(await counter())).toEqual({
      ...before,
      needsServed: before.needsServed + 1,
      visits: before.visits + 1,
    });
    await serve(need._id);
    expect(figures(await counter())).toEqual({
      ...before,
      needsServed: before.needsServed + 1,
      visits: before.visits + 2,
    });
    const [mark] = (await api.cloudbase.store.find('quotaMarks', {
      _id: `need:${ALUMINIUM}:${year()}:${need._id}`,
    })) as unknown as QuotaMark[];
    expect(mark).toMatchObject({ kind: 'need', subject: need._id });
    expect(mark.visits[0].month).toBe(calendarMoment(new Date()).month);
  });

  it('count two confirmations of one need by two new experts at once as one need and two experts', async () => {
    const before = figures(await counter());
    const need = await insertNeed(api, 'accepted');
    const pending = await Promise.all(
      ['expert-quota-1', 'expert-quota-2'].map((openid) =>
        insertVisit(api, 'pending', need._id, { expertOpenid: openid, expertName: openid }),
      ),
    );
    const requests = pending.map((visit) => ({ visit, requestId: rid() }));
    // Each is retried with its own request id until it is answered, as the phone would.
    await Promise.all(
      requests.map(async ({ visit, requestId }) => {
        for (let attempt = 0; attempt < 10; attempt++) {
          const answer = await api.call(HEAD, 'visits.review', { visitId: visit._id, decision: 'approved' }, requestId);
          if (answer.ok) return;
          expect(answer.code).toBe('CONFLICT');
        }
        throw new Error('review never went through');
      }),
    );
    expect(figures(await counter())).toEqual({
      ...before,
      needsServed: before.needsServed + 1,
      experts: before.experts + 2,
      visits: before.visits + 2,
    });
  });
});

describe('quotas.progress', () => {
  it('reads the figures against the level’s quota from the counter, in the same requests however many visits', async () => {
    const progress = expectOk(await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM }));
    const counted = await counter();
    expect(progress).toMatchObject({
      stationId: ALUMINIUM,
      level: 'national',
      year: year(),
      quota: { needsServed: 10, experts: 10, outOfProvinceExperts: 5 },
      figures: {
        needsServed: counted.needsServed,
        experts: counted.experts,
        outOfProvinceExperts: counted.outOfProvinceExperts,
      },
      confirmedVisits: counted.visits,
      months: counted.months,
    });
    expect(progress.remaining.needsServed).toBe(Math.max(0, 10 - counted.needsServed));
    expect(progress.statusRule.length).toBeGreaterThan(0);
    const roster = expectOk(await api.call(HEAD, 'roster.list', { stationId: ALUMINIUM }));
    expect(progress.rosterExperts).toBe(roster.members.filter((member) => member.role === 'expert').length);

    api.cloudbase.resetStats();
    await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM });
    const before = api.cloudbase.stats().requests;
    const need = await insertNeed(api, 'accepted');
    await Promise.all(Array.from({ length: 30 }, () => insertVisit(api, 'confirmed', need._id)));
    api.cloudbase.resetStats();
    await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM });
    expect(api.cloudbase.stats().requests).toBe(before);
  });

  it('answers a year with no confirmed visits with zeros, on track before the year has begun', async () => {
    const next = expectOk(await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM, year: year() + 1 }));
    expect(next).toMatchObject({
      figures: { needsServed: 0, experts: 0, outOfProvinceExperts: 0 },
      elapsed: 0,
      status: 'on_track',
      confirmedVisits: 0,
    });
    expect(next.months).toHaveLength(12);
    expect(await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM, year: 1999 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});

describe('quotas.dashboard', () => {
  const CITY = DEMO_USERS.cityAdmin;
  const SOCIETY = DEMO_USERS.societyAdmin;

  it('gives the city admin every station with the figures of its counter, worst first, and the status counts', async () => {
    const board = expectOk(await api.call(CITY, 'quotas.dashboard', { pageSize: 50 }));
    const stations = await api.cloudbase.store.find('stations', {});
    expect(board.total).toBe(stations.filter((station) => station.status !== 'revoked').length);
    expect(Object.values(board.statusCounts).reduce((sum, n) => sum + n, 0)).toBe(board.total);
    const aluminium = board.items.find((row) => row.stationId === ALUMINIUM);
    const counted = await counter();
    expect(aluminium).toMatchObject({
      level: 'national',
      figures: { needsServed: counted.needsServed, experts: counted.experts },
      confirmedVisits: counted.visits,
    });
    const order = ['behind', 'at_risk', 'on_track', 'met'];
    const ranks = board.items.map((row) => order.indexOf(row.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('gives a society admin their own society only, and refuses another', async () => {
    const board = expectOk(await api.call(SOCIETY, 'quotas.dashboard', {}));
    expect(board.items.length).toBeGreaterThan(0);
    expect(new Set(board.items.map((row) => row.societyId))).toEqual(new Set(['soc-nonferrous']));
    const other = (await api.cloudbase.store.find('societies', {})).find((society) => society._id !== 'soc-nonferrous');
    expect(await api.call(SOCIETY, 'quotas.dashboard', { societyId: String(other?._id) })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('takes the same requests with 60 more stations and their counters', async () => {
    api.cloudbase.resetStats();
    await api.call(CITY, 'quotas.dashboard', {});
    const before = api.cloudbase.stats().requests;
    const [template] = await api.cloudbase.store.find('stations', { _id: ALUMINIUM });
    const extra = Array.from({ length: 60 }, (_, i) => ({ ...template, _id: `st-bulk-${i}`, name: `批量工作站 ${i}` }));
    await api.cloudbase.store.insertMany('stations', extra);
    await api.cloudbase.store.insertMany(
      'quotaCounters',
      extra.map((station) => ({ ...emptyCounter(station._id, 'soc-nonferrous', year(), new Date().toISOString()) })),
    );
    api.cloudbase.resetStats();
    const board = expectOk(await api.call(CITY, 'quotas.dashboard', {}));
    expect(api.cloudbase.stats().requests).toBe(before);
    expect(before).toBeLessThanOrEqual(5);
    expect(board.total).toBeGreaterThanOrEqual(60);
  });
});

describe("a station's drill-down for those who supervise it", () => {
  const CITY = DEMO_USERS.cityAdmin;
  const SOCIETY = DEMO_USERS.societyAdmin;

  /** The latest confirmed visit of a station as the database has it, of any year. */
  async function latestConfirmed(stationId: string): Promise<Visit | undefined> {
    const visits = (await api.cloudbase.store.find('visits', { stationId, status: 'confirmed' })) as unknown as Visit[];
    return visits.sort((a, b) => b.checkIn.at.localeCompare(a.checkIn.at))[0];
  }

  it("gives the head's name and phone and the latest confirmed visit, passing over newer ones that do not count", async () => {
    const need = await insertNeed(api, 'accepted');
    // Newer than any confirmed visit, and neither counts.
    await insertVisit(api, 'pending', need._id, { checkIn: { at: new Date(Date.now() - 60_000).toISOString() } });
    await insertVisit(api, 'revoked', need._id, { checkIn: { at: new Date(Date.now() - 30_000).toISOString() } });
    const last = await latestConfirmed(ALUMINIUM);
    expect(last).toBeDefined();

    for (const caller of [CITY, SOCIETY]) {
      const progress = expectOk(await api.call(caller, 'quotas.progress', { stationId: ALUMINIUM }));
      expect(progress.lastVisit).toEqual({ visitId: last?._id, at: last?.checkIn.at, expertName: last?.expertName });
      const station = expectOk(await api.call(caller, 'stations.get', { stationId: ALUMINIUM }));
      const [head] = (await api.cloudbase.store.find('users', { _id: HEAD })) as unknown as UserProfile[];
      expect(station.head).toMatchObject({ openid: HEAD, name: head.name, mobile: head.mobile });
    }
  });

  it('gives the latest visit of any year, whichever year is asked, and none for a station never served', async () => {
    const [seed] = (await api.cloudbase.store.find('stations', { _id: 'st-seed' })) as unknown as Station[];
    const never: Station = { ...seed, _id: 'st-never-served', name: '从未服务的工作站' };
    await api.cloudbase.store.insertMany('stations', [never]);
    const progress = expectOk(await api.call(CITY, 'quotas.progress', { stationId: never._id }));
    expect(progress.lastVisit).toBeNull();

    const lastYear = expectOk(await api.call(CITY, 'quotas.progress', { stationId: 'st-seed', year: year() - 1 }));
    const last = await latestConfirmed('st-seed');
    expect(lastYear.lastVisit?.visitId).toBe(last?._id);
  });

  it("answers this month's pace for the current year only", async () => {
    const progress = expectOk(await api.call(CITY, 'quotas.progress', { stationId: ALUMINIUM }));
    const { month } = calendarMoment(new Date());
    expect(progress.monthPace?.month).toBe(month);
    for (const figure of ['needsServed', 'experts', 'outOfProvinceExperts'] as const) {
      expect(progress.monthPace?.figures[figure]).toBeGreaterThanOrEqual(progress.pace[figure]);
      expect(progress.monthPace?.figures[figure]).toBeLessThanOrEqual(progress.quota[figure]);
    }
    const past = expectOk(await api.call(CITY, 'quotas.progress', { stationId: ALUMINIUM, year: year() - 1 }));
    expect(past.monthPace).toBeNull();
  });

  it("refuses a society admin another society's station, on both reads", async () => {
    expect(await api.call(SOCIETY, 'quotas.progress', { stationId: 'st-seed' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await api.call(SOCIETY, 'stations.get', { stationId: 'st-seed' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
