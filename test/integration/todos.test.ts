import type { StationTodos, TodoCount } from '../../types/actions';
import type { Visit } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { mayStillBeOpen } from '../../cloudfunctions/api/src/domain/quotaYear';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { fixtureCheckOut, insertVisit } from '../support/visits';

/**
 * What waits for the station head (needs to accept, visits to review, visits still to complete)
 * and for the demand unit (visits to rate), counted by `stations.todos` and checked against the
 * database with queries of the test's own; the head's queue of visits to complete; and the
 * experts offered for a need (`needs.candidates`), those matching it first.
 */
const HEAD = DEMO_USERS.stationHead;
const UNIT = DEMO_USERS.demandUnit;
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();
const rid = requestIds('todos');

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());
afterEach(() => api.cloudbase.setClock(null));

const todosOf = async (openid: string): Promise<StationTodos[]> =>
  expectOk(await api.call(openid, 'stations.todos', {})).stations;
const aluminium = async (openid: string): Promise<StationTodos> => {
  const found = (await todosOf(openid)).find((station) => station.stationId === ALUMINIUM);
  if (!found) throw new Error(`no to-dos at ${ALUMINIUM} for ${openid}`);
  return found;
};

/** How many records a query of the test's own finds, and the earliest value of `field` among them. */
async function fromDatabase(collection: 'needs' | 'visits', query: object, field: string): Promise<TodoCount> {
  const records = await api.cloudbase.store.find(collection, query);
  const values = records.map((record) => String(field.split('.').reduce<unknown>((v, k) => (v as never)[k], record)));
  return { count: records.length, oldestAt: values.length > 0 ? values.sort()[0] : null };
}
const correctable = (years: number[]) => ({
  stationId: ALUMINIUM,
  status: 'incomplete',
  supersededBy: { $exists: false },
  year: { $in: years },
});

async function requestsOf(call: () => Promise<unknown>): Promise<number> {
  api.cloudbase.resetStats();
  await call();
  return api.cloudbase.stats().requests;
}

describe('stations.todos for the station head', () => {
  it('counts what waits at the station as the database has it, with the oldest of each', async () => {
    const year = calendarMoment(new Date()).year;
    const need = await insertNeed(api, 'accepted');
    await insertNeed(api, 'submitted');
    await insertNeed(api, 'declined');
    await insertVisit(api, 'pending', need._id);
    const open = await insertVisit(api, 'incomplete', need._id);
    // Already completed (补录 sent): nothing left to do. Two years back: frozen, nothing can be done.
    await insertVisit(api, 'incomplete', need._id, { supersededBy: 'visit-correction' });
    await insertVisit(api, 'incomplete', need._id, {
      checkIn: { at: shanghai(`${year - 2}-06-01T09:00:00`) },
    });

    const { desk, toRate, stationName } = await aluminium(HEAD);
    expect(stationName).toBe('中国有色金属学会产业科技服务工作站（华铝新材料）');
    expect(toRate).toBeUndefined();
    const submitted = await fromDatabase('needs', { stationId: ALUMINIUM, status: 'submitted' }, 'createdAt');
    // The demo's unserved need, submitted in April of last year, is the oldest.
    expect(submitted.count).toBe(2);
    expect(submitted.oldestAt).toBe(shanghai(`${year - 1}-04-05T10:00:00`));
    expect(desk).toEqual({
      needsToAccept: submitted,
      visitsToReview: await fromDatabase('visits', { stationId: ALUMINIUM, status: 'pending' }, 'checkIn.at'),
      visitsToComplete: await fromDatabase('visits', correctable([year]), 'checkIn.at'),
    });
    expect(desk?.visitsToComplete).toEqual({ count: 1, oldestAt: open.checkIn.at });

    // The head's queue of visits to complete lists exactly those counted.
    const queue = expectOk(await api.call(HEAD, 'visits.reviewQueue', { stationId: ALUMINIUM, status: 'incomplete' }));
    expect(queue.items.map((visit) => visit.id)).toEqual([open._id]);
    expect(queue.total).toBe(1);
    const pending = expectOk(await api.call(HEAD, 'visits.reviewQueue', { stationId: ALUMINIUM }));
    expect(pending.total).toBe(desk?.visitsToReview.count);
  });

  it('answers the staff member the same desk, and nothing at the stations of others', async () => {
    expect((await aluminium('staff-aluminium')).desk).toEqual((await aluminium(HEAD)).desk);
    expect(await todosOf('head-seed')).toEqual([
      {
        stationId: 'st-seed',
        stationName: '贵州省农学会产业科技服务站（开阳县南江乡）',
        desk: {
          needsToAccept: await fromDatabase('needs', { stationId: 'st-seed', status: 'submitted' }, 'createdAt'),
          visitsToReview: { count: 0, oldestAt: null },
          visitsToComplete: { count: 0, oldestAt: null },
        },
      },
    ]);
    // An expert, an admin and someone new have no station desk or ratings to give.
    for (const openid of [DEMO_USERS.expert, DEMO_USERS.societyAdmin, DEMO_USERS.cityAdmin, 'someone-new']) {
      expect(await todosOf(openid)).toEqual([]);
    }
  });

  it('keeps last year’s incomplete visits until its close, then drops them', async () => {
    const Y = 2026;
    const need = await insertNeed(api, 'accepted');
    const late = await insertVisit(api, 'incomplete', need._id, {
      checkIn: { at: shanghai(`${Y}-12-31T20:00:00`) },
    });
    api.cloudbase.setClock(shanghai(`${Y + 1}-01-14T23:59:00`));
    const before = (await aluminium(HEAD)).desk!.visitsToComplete;
    expect(before).toEqual(await fromDatabase('visits', correctable([Y, Y + 1]), 'checkIn.at'));
    const queue = expectOk(await api.call(HEAD, 'visits.reviewQueue', { stationId: ALUMINIUM, status: 'incomplete' }));
    expect(queue.items.map((visit) => visit.id)).toContain(late._id);

    api.cloudbase.setClock(shanghai(`${Y + 1}-01-15T00:00:00`));
    const after = (await aluminium(HEAD)).desk!.visitsToComplete;
    expect(after).toEqual(await fromDatabase('visits', correctable([Y + 1]), 'checkIn.at'));
    expect(after.count).toBe(before.count - (await api.cloudbase.store.count('visits', correctable([Y]))));
  });

  it('costs the same number of database requests with 3 records waiting or 180', async () => {
    const head = () => api.call(HEAD, 'stations.todos', {});
    const unit = () => api.call(UNIT, 'stations.todos', {});
    const [headBefore, unitBefore] = [await requestsOf(head), await requestsOf(unit)];
    const need = await insertNeed(api, 'accepted');
    for (let i = 0; i < 60; i++) {
      await insertNeed(api, 'submitted');
      await insertVisit(api, 'pending', need._id);
      await insertVisit(api, 'incomplete', need._id);
    }
    expect(await requestsOf(head)).toBe(headBefore);
    expect(await requestsOf(unit)).toBe(unitBefore);
    // The caller's roles, then one aggregation for each of the three counts (or for the ratings);
    // from January to March also last year's record, which may keep its visits open to completion.
    const now = new Date();
    const lastYearRecord = mayStillBeOpen(calendarMoment(now).year - 1, now) ? 1 : 0;
    expect([headBefore, unitBefore]).toEqual([4 + lastYearRecord, 2]);
  });
});

describe('stations.todos for the demand unit', () => {
  const unrated = { stationId: ALUMINIUM, status: 'confirmed', rating: { $exists: false } };

  it('counts the confirmed visits it has not rated and opens the newest; rating it moves on to the next', async () => {
    const need = await insertNeed(api, 'in_service');
    const newest = await insertVisit(api, 'confirmed', need._id, {
      checkIn: { at: new Date(Date.now() - 60_000).toISOString() },
      checkOut: fixtureCheckOut(new Date().toISOString()),
    });
    const first = (await aluminium(UNIT)).toRate;
    expect(first).toEqual({ count: await api.cloudbase.store.count('visits', unrated), firstVisitId: newest._id });
    expect((await aluminium(UNIT)).desk).toBeUndefined();

    expectOk(
      await api.call(
        UNIT,
        'visits.rate',
        { visitId: newest._id, responsiveness: 5, professionalism: 4, effect: 4, comment: '' },
        rid(),
      ),
    );
    const next = (await aluminium(UNIT)).toRate!;
    expect(next.count).toBe(first!.count - 1);
    expect(next.count).toBe(await api.cloudbase.store.count('visits', unrated));
    const [newestLeft] = (await api.cloudbase.store.find('visits', unrated)).sort((a, b) =>
      String((b as unknown as Visit).checkIn.at).localeCompare((a as unknown as Visit).checkIn.at),
    );
    expect(next.firstVisitId).toBe(newestLeft._id);
  });
});

describe('needs.candidates', () => {
  const year = calendarMoment(new Date()).year;

  it('lists the station’s experts with what they know and how they served, those matching the need first', async () => {
    // Industry: 先进装备 (only 郑磊 works in it); text naming 轧制工艺 (周涛's expertise).
    const need = await insertNeed(api, 'submitted', {
      industry: 'advanced_equipment',
      title: '轧机改造',
      description: '冷轧机组老化，希望优化轧制工艺并改造传动系统。',
    });
    const { year: answered, experts } = expectOk(await api.call(HEAD, 'needs.candidates', { needId: need._id }));
    expect(answered).toBe(year);
    expect(experts.map((expert) => expert.person.name)).toEqual(['郑磊', '周涛', '陈静', '吴芳']);
    expect(experts[0]).toMatchObject({
      industries: ['aluminium', 'advanced_equipment'],
      expertise: ['冶金自动化'],
      matches: { industry: true, expertise: [] },
    });
    expect(experts[1].matches).toEqual({ industry: false, expertise: ['轧制工艺'] });
    expect(experts[2].matches).toEqual({ industry: false, expertise: [] });
    // No mobile numbers: the picker does not call anyone.
    expect(experts.some((expert) => expert.person.mobile !== undefined)).toBe(false);

    for (const expert of experts) {
      const confirmed = (await api.cloudbase.store.find('visits', {
        stationId: ALUMINIUM,
        status: 'confirmed',
        expertOpenid: expert.person.openid,
      })) as unknown as Visit[];
      expect(expert.visitsThisYear).toBe(confirmed.filter((visit) => visit.year === year).length);
      expect(expert.lastVisitAt).toBe(
        confirmed
          .map((visit) => visit.checkIn.at)
          .sort()
          .at(-1) ?? null,
      );
    }
  });

  it('ranks a need of the station’s own industry by expertise, and costs the same requests however many visits', async () => {
    const need = await insertNeed(api, 'submitted', { title: '电解槽节能降耗', description: '电解槽能耗偏高。' });
    const rank = async () =>
      expectOk(await api.call(HEAD, 'needs.candidates', { needId: need._id })).experts.map((e) => e.person.name);
    expect((await rank())[0]).toBe('陈静');
    const call = () => api.call(HEAD, 'needs.candidates', { needId: need._id });
    const before = await requestsOf(call);
    for (let i = 0; i < 40; i++) await insertVisit(api, 'confirmed', need._id);
    expect(await requestsOf(call)).toBe(before);
    // The need, the caller's roles and profile, the roster, its profiles, one aggregation of visits.
    expect(before).toBe(6);
  });
});
