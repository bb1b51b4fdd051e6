import type { QuotaRebuildReport } from '../../types/actions';
import type { AuditEntry, QuotaCounter, QuotaMark, QuotaYear, Visit } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { counterId, expertMarkId, needMarkId } from '../../cloudfunctions/api/src/domain/quotaCount';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { insertVisit } from '../support/visits';

/**
 * Counts taken back (a confirmation revoked), recounted from the visits (the rebuild), and
 * closed for good (a frozen year): the counters stay what the confirmed visits make them.
 */

const HEAD = DEMO_USERS.stationHead;
const CITY = DEMO_USERS.cityAdmin;

let api: LocalApi;
const rid = requestIds('quota-corrections');
beforeAll(async () => {
  api = await startLocalApi({ users: DEMO_SIGN_IN.map(({ openid, label }) => ({ openid, label })) });
});
afterAll(() => api.stop());

const year = () => calendarMoment(new Date()).year;
async function one<T>(collection: string, id: string): Promise<T | undefined> {
  const [found] = await api.cloudbase.store.find(collection, { _id: id });
  return found as T | undefined;
}
const counter = (y = year()) => one<QuotaCounter>('quotaCounters', counterId(ALUMINIUM, y));
const figures = (c: QuotaCounter | undefined) => ({
  needsServed: c?.needsServed ?? 0,
  experts: c?.experts ?? 0,
  outOfProvinceExperts: c?.outOfProvinceExperts ?? 0,
  visits: c?.visits ?? 0,
  months: c?.months,
});

let confirmations = 0;
/**
 * A visit of `expert` for `needId`, checked in on the 10th of `month`, approved by the head; each
 * a few minutes after the last, since one expert's visits never overlap.
 */
async function confirmed(needId: string, expert: string, month = calendarMoment(new Date()).month): Promise<Visit> {
  const at = new Date(Date.UTC(year(), month - 1, 10, 2, 3 * ++confirmations)).toISOString();
  const visit = await insertVisit(api, 'pending', needId, {
    expertOpenid: expert,
    expertName: expert,
    checkIn: { at, receivedAt: at },
  });
  expectOk(await api.call(HEAD, 'visits.review', { visitId: visit._id, decision: 'approved' }, rid()));
  return visit;
}

/** Every batch of the rebuild, as the page calls it, summed. */
async function rebuild(y = year()): Promise<QuotaRebuildReport> {
  let after: string | undefined;
  let sum: QuotaRebuildReport | undefined;
  for (;;) {
    const batch = expectOk(await api.call(CITY, 'quotas.rebuild', { year: y, ...(after && { after }) }, rid()));
    sum = sum
      ? {
          ...batch,
          stations: sum.stations + batch.stations,
          visits: sum.visits + batch.visits,
          repairedStations: sum.repairedStations + batch.repairedStations,
          countersWritten: sum.countersWritten + batch.countersWritten,
          marksWritten: sum.marksWritten + batch.marksWritten,
          marksRemoved: sum.marksRemoved + batch.marksRemoved,
        }
      : batch;
    if (batch.next === null) return sum;
    after = batch.next;
  }
}

describe('revoking a confirmed visit', () => {
  it('takes the visit out of the counts, keeps what other visits still make count, and tells the expert', async () => {
    const need = await insertNeed(api, 'accepted');
    const before = figures(await counter());
    const first = await confirmed(need._id, 'expert-revoke-1');
    await confirmed(need._id, 'expert-revoke-2');
    expect(figures(await counter())).toMatchObject({
      needsServed: before.needsServed + 1,
      experts: before.experts + 2,
      visits: before.visits + 2,
    });

    const calls = api.cloudbase.openApiCalls().length;
    const requestId = rid();
    const input = { visitId: first._id, reason: '经核实当天并未到站服务' };
    const revoked = expectOk(await api.call(HEAD, 'visits.revoke', input, requestId));
    expect(revoked).toMatchObject({ status: 'revoked', revocation: { reason: input.reason }, can: { revoke: false } });
    expect(figures(await counter())).toMatchObject({
      needsServed: before.needsServed + 1,
      experts: before.experts + 1,
      visits: before.visits + 1,
    });
    expect(await one<QuotaMark>('quotaMarks', expertMarkId(ALUMINIUM, year(), 'expert-revoke-1'))).toBeUndefined();
    const needMark = await one<QuotaMark>('quotaMarks', needMarkId(ALUMINIUM, year(), need._id));
    expect(needMark?.visits.map((visit) => visit.visitId)).not.toContain(first._id);
    expect(await one<Visit>('visits', first._id)).toMatchObject({
      status: 'revoked',
      revocation: { by: HEAD, role: 'station_head', reason: input.reason },
    });
    const [entry] = (await api.cloudbase.store.find('audit', { subject: first._id })) as unknown as AuditEntry[];
    expect(entry).toMatchObject({ action: 'visit.revoke', actor: HEAD, detail: input.reason });
    const sent = api.cloudbase
      .openApiCalls()
      .slice(calls)
      .filter((call) => call.api === 'subscribeMessage.send');
    expect(sent).toEqual([expect.objectContaining({ data: expect.objectContaining({ touser: 'expert-revoke-1' }) })]);

    expect(await api.call(HEAD, 'visits.revoke', input, requestId)).toEqual({ ok: true, data: revoked });
    expect(await api.call(HEAD, 'visits.revoke', input, rid())).toMatchObject({
      ok: false,
      code: 'VISIT_WRONG_STATUS',
    });
    expect(figures(await counter())).toMatchObject({ visits: before.visits + 1 });
  });

  it('counts right when one visit is revoked while another of the same need and expert is approved', async () => {
    const need = await insertNeed(api, 'accepted');
    const expert = 'expert-revoke-race';
    const before = figures(await counter());
    const first = await confirmed(need._id, expert);
    const second = await insertVisit(api, 'pending', need._id, { expertOpenid: expert, expertName: expert });
    const calls = [
      { action: 'visits.revoke', input: { visitId: first._id, reason: '同一天重复登记，撤销一条' }, requestId: rid() },
      { action: 'visits.review', input: { visitId: second._id, decision: 'approved' }, requestId: rid() },
    ] as const;
    // Each is retried with its own request id until it is answered, as the phone would.
    await Promise.all(
      calls.map(async ({ action, input, requestId }) => {
        for (let attempt = 0; attempt < 10; attempt++) {
          const answer = await api.call(HEAD, action, input, requestId);
          if (answer.ok) return;
          expect(answer.code).toBe('CONFLICT');
        }
        throw new Error(`${action} never went through`);
      }),
    );
    expect(figures(await counter())).toMatchObject({
      needsServed: before.needsServed + 1,
      experts: before.experts + 1,
      visits: before.visits + 1,
    });
    const expertMark = await one<QuotaMark>('quotaMarks', expertMarkId(ALUMINIUM, year(), expert));
    expect(expertMark?.visits.map((visit) => visit.visitId)).toEqual([second._id]);
    expect(await rebuild()).toMatchObject({ repairedStations: 0, marksWritten: 0, marksRemoved: 0 });
  });

  it('refuses a reason too short to explain, and changes nothing', async () => {
    const need = await insertNeed(api, 'accepted');
    const visit = await confirmed(need._id, 'expert-revoke-3');
    const before = await counter();
    expect(await api.call(HEAD, 'visits.revoke', { visitId: visit._id, reason: '错' }, rid())).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await counter()).toEqual(before);
    expect(await one<Visit>('visits', visit._id)).toMatchObject({ status: 'confirmed' });
  });
});

/** A small deterministic generator, so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
}

describe('rebuilding a year from its visits', () => {
  it('finds the demo’s counts and the incremental counts agreeing after random confirmations and reversals', async () => {
    expect(await rebuild()).toMatchObject({ repairedStations: 0, marksWritten: 0, marksRemoved: 0 });
    const pick = random(20_261_125);
    const needs = await Promise.all(Array.from({ length: 4 }, () => insertNeed(api, 'accepted')));
    const experts = ['expert-random-1', 'expert-random-2', 'expert-random-3', DEMO_USERS.expert];
    const counted: Visit[] = [];
    for (let step = 0; step < 24; step += 1) {
      if (counted.length > 0 && pick(3) === 0) {
        const [visit] = counted.splice(pick(counted.length), 1);
        expectOk(await api.call(HEAD, 'visits.revoke', { visitId: visit._id, reason: '随机撤销以核对计数' }, rid()));
      } else {
        const month = 1 + pick(calendarMoment(new Date()).month);
        counted.push(await confirmed(needs[pick(needs.length)]._id, experts[pick(experts.length)], month));
      }
    }
    const incremental = await counter();
    const report = await rebuild();
    expect(report).toMatchObject({ repairedStations: 0, countersWritten: 0, marksWritten: 0, marksRemoved: 0 });
    expect(report.visits).toBeGreaterThanOrEqual(counted.length);
    expect(await counter()).toEqual(incremental);

    // From nothing: the station-year's counter and marks gone, the rebuild alone makes them again.
    const marks = await api.cloudbase.store.find('quotaMarks', { stationId: ALUMINIUM, year: year() });
    await api.cloudbase.store.removeMany(
      'quotaMarks',
      marks.map((mark) => String(mark._id)),
    );
    await api.cloudbase.store.removeMany('quotaCounters', [counterId(ALUMINIUM, year())]);
    expect(await rebuild()).toMatchObject({ repairedStations: 1, marksWritten: marks.length, marksRemoved: 0 });
    expect(figures(await counter())).toEqual(figures(incremental));
  });

  it('puts right a counter and marks that disagree with the visits, and only that station-year', async () => {
    const right = await counter();
    const need = await insertNeed(api, 'accepted');
    const visit = await confirmed(need._id, 'expert-rebuild-1');
    const counted = await counter();
    const marks = (await api.cloudbase.store.find('quotaMarks', { stationId: ALUMINIUM, year: year() })) as unknown[];
    await api.cloudbase.store.insertMany('quotaCounters', [{ ...counted, needsServed: 99, experts: 0 }]);
    await api.cloudbase.store.removeMany('quotaMarks', [needMarkId(ALUMINIUM, year(), need._id)]);
    await api.cloudbase.store.insertMany('quotaMarks', [
      { ...(marks[0] as QuotaMark), _id: needMarkId(ALUMINIUM, year(), 'need-that-was-never-served') },
    ]);
    // A visit written as confirmed without being counted, as a faulty import would leave it.
    const uncounted = await insertVisit(api, 'confirmed', need._id, { expertOpenid: 'expert-rebuild-2' });

    const report = await rebuild();
    expect(report).toMatchObject({ repairedStations: 1, countersWritten: 1, marksRemoved: 1 });
    expect(report.marksWritten).toBe(2);
    expect(figures(await counter())).toMatchObject({
      needsServed: (right?.needsServed ?? 0) + 1,
      experts: (right?.experts ?? 0) + 2,
      visits: (right?.visits ?? 0) + 2,
    });
    const needMark = await one<QuotaMark>('quotaMarks', needMarkId(ALUMINIUM, year(), need._id));
    expect(needMark?.visits.map((entry) => entry.visitId).sort()).toEqual([visit._id, uncounted._id].sort());
    expect(await rebuild()).toMatchObject({ repairedStations: 0 });
  });

  it('checks every station in batches of 100, each answer naming where the next begins', async () => {
    const [template] = await api.cloudbase.store.find('stations', { _id: ALUMINIUM });
    const extra = Array.from({ length: 130 }, (_, i) => ({ ...template, _id: `st-batch-${i}`, name: `工作站 ${i}` }));
    await api.cloudbase.store.insertMany('stations', extra);
    const first = expectOk(await api.call(CITY, 'quotas.rebuild', { year: year() }, rid()));
    expect(first).toMatchObject({ stations: 100, next: expect.any(String) });
    const all = await rebuild();
    expect(all.stations).toBe(all.stationsTotal);
    expect(all.stationsTotal).toBe(await api.cloudbase.store.count('stations', {}));
    expect(all.repairedStations).toBe(0);
  });

  it('is the city admin’s, and takes a year', async () => {
    expect(await api.call(HEAD, 'quotas.rebuild', { year: year() }, rid())).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await api.call(CITY, 'quotas.rebuild', {} as { year: number }, rid())).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});

describe('a frozen year', () => {
  const tick = (time: string, openid = '') =>
    api.cloudbase.invoke('api', { Type: 'Timer', TriggerName: 'hourly', Time: time }, { openid });
  const lastYear = () => year() - 1;
  const lastJune = () => `${lastYear()}-06-10T02:00:00.000Z`;
  afterEach(() => api.cloudbase.setClock(null));

  it('is frozen by the tick after its close, once, by the server clock and never by the time a tick claims', async () => {
    // The tick claims last year's close has come; the server's clock says it has not.
    api.cloudbase.setClock(`${year()}-01-14T23:00:00+08:00`);
    expect(await tick(`${year()}-01-15T00:10:00+08:00`)).toMatchObject({
      ran: expect.arrayContaining(['freeze-quota-year']),
      failed: [],
    });
    expect(await one<QuotaYear>('quotaYears', String(lastYear()))).toBeUndefined();
    // A caller with an OPENID is not the platform's trigger: nothing runs.
    api.cloudbase.setClock(`${year()}-01-15T00:10:00+08:00`);
    expect(await tick('', HEAD)).toMatchObject({ ok: false });
    expect(await one<QuotaYear>('quotaYears', String(lastYear()))).toBeUndefined();

    expect(await tick('')).toMatchObject({ ran: expect.arrayContaining(['freeze-quota-year']) });
    api.cloudbase.setClock(`${year()}-01-16T00:10:00+08:00`);
    expect(await tick('')).toMatchObject({ ran: expect.arrayContaining(['freeze-quota-year']) });
    expect(await one<QuotaYear>('quotaYears', String(lastYear()))).toMatchObject({
      year: lastYear(),
      frozenAt: expect.any(String),
    });
    expect(await api.cloudbase.store.count('audit', { action: 'quota.freeze' })).toBe(1);
  });

  it('refuses approvals, revocations and rebuilds for it with the reason, and writes nothing', async () => {
    const need = await insertNeed(api, 'accepted');
    const before = await counter(lastYear());
    const lastJulyAt = `${lastYear()}-07-10T02:00:00.000Z`;
    const pending = await insertVisit(api, 'pending', need._id, {
      checkIn: { at: lastJulyAt, receivedAt: lastJulyAt },
    });
    const approval = await api.call(HEAD, 'visits.review', { visitId: pending._id, decision: 'approved' }, rid());
    expect(approval).toMatchObject({ ok: false, code: 'YEAR_FROZEN' });
    expect(approval.ok === false && approval.message).toContain(
      `${lastYear()} 年度的任务数据已于 ${year()}-01-15 封存`,
    );
    expect(await one<Visit>('visits', pending._id)).toMatchObject({ status: 'pending' });
    expect(await counter(lastYear())).toEqual(before);

    const old = await insertVisit(api, 'confirmed', need._id, { checkIn: { at: lastJune() } });
    const detail = expectOk(await api.call(HEAD, 'visits.get', { visitId: old._id }));
    expect(detail.can.revoke).toBe(false);
    expect(
      await api.call(HEAD, 'visits.revoke', { visitId: old._id, reason: '年度已过仍想撤销' }, rid()),
    ).toMatchObject({
      ok: false,
      code: 'YEAR_FROZEN',
    });
    const incomplete = await insertVisit(api, 'incomplete', need._id, {
      checkIn: { at: `${lastYear()}-08-10T02:00:00.000Z` },
    });
    const correction = {
      visitId: incomplete._id,
      at: `${lastYear()}-08-10T05:00:00.000Z`,
      summary: '补录：现场诊断了熔铸车间的除气工艺',
      outcomes: '',
      photos: [],
      attachments: [],
    };
    expect(await api.call(DEMO_USERS.expert, 'visits.correct', correction, rid())).toMatchObject({
      ok: false,
      code: 'YEAR_FROZEN',
    });
    expect(await api.cloudbase.store.count('visits', { correctionOf: incomplete._id })).toBe(0);
    expect(await api.call(CITY, 'quotas.rebuild', { year: lastYear() }, rid())).toMatchObject({
      ok: false,
      code: 'YEAR_FROZEN',
    });
    expect(expectOk(await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM, year: lastYear() }))).toMatchObject(
      {
        year: lastYear(),
        elapsed: 1,
      },
    );
  });
});
