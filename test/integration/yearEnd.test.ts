import type { AuditEntry, QuotaCounter, QuotaYear, Visit } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { checkOutReport, insertVisit, onSiteCheckIn } from '../support/visits';

/**
 * The year end through the built function with the runtime's clock moved (DOMAIN.md "Year end"):
 * a year belongs to its check-ins, stays open until 00:00 on its close date, and then freezes.
 */
const Y = 2026;
const EXPERT = DEMO_USERS.expert;
const HEAD = DEMO_USERS.stationHead;
const CITY = DEMO_USERS.cityAdmin;
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();
const rid = requestIds('year-end');

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());
afterEach(() => api.cloudbase.setClock(null));

const counter = async (year: number) =>
  (await api.cloudbase.store.find('quotaCounters', { _id: `${ALUMINIUM}:${year}` }))[0] as unknown as
    QuotaCounter | undefined;
const visit = async (id: string) => (await api.cloudbase.store.find('visits', { _id: id }))[0] as unknown as Visit;
const tick = () =>
  api.cloudbase.invoke('api', { Type: 'Timer', TriggerName: 'hourly', Time: 'ignored' }, { openid: '' });
const resetYear = async (year: number) => {
  await api.cloudbase.store.removeMany('quotaYears', [String(year)]);
};

async function checkIn(needId: string, at: string): Promise<string> {
  return expectOk(await api.call(EXPERT, 'visits.checkIn', onSiteCheckIn(needId, { at }), rid())).id;
}

describe('a visit belongs to the year of its check-in', () => {
  beforeEach(() => resetYear(Y));

  it('checked in at 23:30 on 31 December and out at 00:20 on 1 January, it counts for the old year', async () => {
    const need = await insertNeed(api, 'accepted');
    const before = (await counter(Y))?.visits ?? 0;
    api.cloudbase.setClock(shanghai(`${Y}-12-31T23:30:00`));
    const id = await checkIn(need._id, shanghai(`${Y}-12-31T23:30:00`));
    api.cloudbase.setClock(shanghai(`${Y + 1}-01-01T00:20:00`));
    const out = await api.call(
      EXPERT,
      'visits.checkOut',
      checkOutReport(id, shanghai(`${Y + 1}-01-01T00:20:00`)),
      rid(),
    );
    expect(out).toMatchObject({ ok: true, data: { status: 'confirmed', year: Y } });
    expect(await visit(id)).toMatchObject({ status: 'confirmed', year: Y, month: 12 });
    expect((await counter(Y))?.visits).toBe(before + 1);
    expect(await counter(Y + 1)).toBeUndefined();
    // The lock is gone: the expert can check in again at once.
    expect(await api.cloudbase.store.count('openVisits', { _id: EXPERT })).toBe(0);
  });

  it('an offline entry captured 31 December 15:00 and sent on 2 January counts for the old year', async () => {
    const need = await insertNeed(api, 'accepted');
    const before = (await counter(Y))?.visits ?? 0;
    api.cloudbase.setClock(shanghai(`${Y + 1}-01-02T09:00:00`));
    const id = await checkIn(need._id, shanghai(`${Y}-12-31T15:00:00`));
    const out = expectOk(
      await api.call(EXPERT, 'visits.checkOut', checkOutReport(id, shanghai(`${Y}-12-31T16:30:00`)), rid()),
    );
    expect(out).toMatchObject({ status: 'confirmed', year: Y, late: true });
    expect((await counter(Y))?.visits).toBe(before + 1);
  });
});

describe('the close', () => {
  beforeEach(() => resetYear(Y));

  it('accepts an approval at 23:59 on 14 January and refuses one at 00:00 on the 15th, naming the date', async () => {
    const need = await insertNeed(api, 'accepted');
    const earlyAt = shanghai(`${Y}-12-30T10:00:00`);
    const lateAt = shanghai(`${Y}-12-30T14:00:00`);
    const early = await insertVisit(api, 'pending', need._id, { checkIn: { at: earlyAt, receivedAt: earlyAt } });
    const late = await insertVisit(api, 'pending', need._id, { checkIn: { at: lateAt, receivedAt: lateAt } });

    api.cloudbase.setClock(shanghai(`${Y + 1}-01-14T23:59:00`));
    const accepted = await api.call(HEAD, 'visits.review', { visitId: early._id, decision: 'approved' }, rid());
    expect(accepted).toMatchObject({ ok: true, data: { status: 'confirmed' } });

    api.cloudbase.setClock(shanghai(`${Y + 1}-01-15T00:00:00`));
    const before = await counter(Y);
    const refused = await api.call(HEAD, 'visits.review', { visitId: late._id, decision: 'approved' }, rid());
    expect(refused).toMatchObject({ ok: false, code: 'YEAR_FROZEN' });
    expect(!refused.ok && refused.message).toContain(`${Y} 年度的任务数据已于 ${Y + 1}-01-15 封存`);
    expect(await visit(late._id)).toMatchObject({ status: 'pending' });
    expect(await counter(Y)).toEqual(before);
  });

  it('is frozen by the hourly job at the close by the server’s clock, once, whatever the tick claims', async () => {
    api.cloudbase.setClock(shanghai(`${Y + 1}-01-14T23:00:00`));
    expect(await tick()).toMatchObject({ ran: expect.arrayContaining(['freeze-quota-year']), failed: [] });
    expect(await api.cloudbase.store.count('quotaYears', { _id: String(Y), frozenAt: { $exists: true } })).toBe(0);

    api.cloudbase.setClock(shanghai(`${Y + 1}-01-15T00:00:30`));
    await tick();
    await tick();
    const [frozen] = (await api.cloudbase.store.find('quotaYears', { _id: String(Y) })) as unknown as QuotaYear[];
    expect(frozen).toMatchObject({ year: Y, closesOn: `${Y + 1}-01-15`, frozenAt: expect.any(String) });
    const audits = (await api.cloudbase.store.find('audit', { action: 'quota.freeze' })) as unknown as AuditEntry[];
    expect(audits.filter((entry) => entry.detail?.startsWith(String(Y)))).toHaveLength(1);
  });

  it('a moved close is honoured by approvals, the job and the pages', async () => {
    const need = await insertNeed(api, 'accepted');
    const checkInAt = shanghai(`${Y}-12-20T10:00:00`);
    const pending = await insertVisit(api, 'pending', need._id, { checkIn: { at: checkInAt, receivedAt: checkInAt } });

    api.cloudbase.setClock(shanghai(`${Y + 1}-01-10T12:00:00`));
    const moved = await api.call(CITY, 'quotas.setYearClose', { year: Y, closesOn: `${Y + 1}-02-01` }, rid());
    expect(moved).toMatchObject({ ok: true, data: { closesOn: `${Y + 1}-02-01`, frozen: false, final: true } });
    expect(await api.cloudbase.store.count('audit', { action: 'quota.close.move' })).toBe(1);

    api.cloudbase.setClock(shanghai(`${Y + 1}-01-20T08:00:00`));
    await tick();
    const progress = expectOk(await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM, year: Y }));
    expect(progress.yearClose).toMatchObject({ closesOn: `${Y + 1}-02-01`, frozen: false, final: true });
    expect(['met', 'not_met']).toContain(progress.status);
    expect(Object.values(progress.figureStatus).every((status) => ['met', 'not_met'].includes(status))).toBe(true);
    expect(await api.call(HEAD, 'visits.review', { visitId: pending._id, decision: 'approved' }, rid())).toMatchObject({
      ok: true,
    });

    api.cloudbase.setClock(shanghai(`${Y + 1}-02-01T00:05:00`));
    await tick();
    expect(await api.cloudbase.store.count('quotaYears', { _id: String(Y), frozenAt: { $exists: true } })).toBe(1);
    const dashboard = expectOk(await api.call(CITY, 'quotas.dashboard', { year: Y }));
    expect(dashboard.yearClose).toMatchObject({ closesOn: `${Y + 1}-02-01`, frozen: true });
    expect(Object.keys(dashboard.statusCounts).filter((status) => dashboard.statusCounts[status as 'met'] > 0)).toEqual(
      expect.not.arrayContaining(['on_track', 'at_risk', 'behind']),
    );
    // Once passed, the close stays where it is.
    const again = await api.call(CITY, 'quotas.setYearClose', { year: Y, closesOn: `${Y + 1}-03-01` }, rid());
    expect(again).toMatchObject({ ok: false, code: 'YEAR_FROZEN' });
  });

  it('moves only to a date from 1 January to 31 March of the next year that has not begun', async () => {
    api.cloudbase.setClock(shanghai(`${Y + 1}-01-10T12:00:00`));
    for (const closesOn of [`${Y}-12-31`, `${Y + 1}-04-01`, `${Y + 1}-01-10`, `${Y + 1}-01-05`]) {
      expect(await api.call(CITY, 'quotas.setYearClose', { year: Y, closesOn }, rid())).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
      });
    }
    expect(await api.cloudbase.store.count('quotaYears', { _id: String(Y) })).toBe(0);
  });

  it('shows a running year its pace, and the close date ahead', async () => {
    api.cloudbase.setClock(shanghai(`${Y}-07-01T12:00:00`));
    const progress = expectOk(await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM, year: Y }));
    expect(progress.yearClose).toEqual({
      year: Y,
      closesOn: `${Y + 1}-01-15`,
      final: false,
      frozen: false,
      movableFrom: `${Y + 1}-01-01`,
      movableTo: `${Y + 1}-03-31`,
    });
    expect(progress.status).not.toBe('not_met');
  });

  it('shows a close moved during the running year on every later read', async () => {
    api.cloudbase.setClock(shanghai(`${Y}-11-01T12:00:00`));
    expectOk(await api.call(CITY, 'quotas.setYearClose', { year: Y, closesOn: `${Y + 1}-02-10` }, rid()));
    const progress = expectOk(await api.call(HEAD, 'quotas.progress', { stationId: ALUMINIUM, year: Y }));
    const dashboard = expectOk(await api.call(CITY, 'quotas.dashboard', { year: Y }));
    expect([progress.yearClose.closesOn, dashboard.yearClose.closesOn]).toEqual([`${Y + 1}-02-10`, `${Y + 1}-02-10`]);
  });
});
