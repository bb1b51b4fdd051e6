import type { ExpertPoolPage } from '../../types/actions';
import type { Station, UserProfile } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { insertNeed } from '../support/needs';
import { insertVisit } from '../support/visits';

/**
 * The society's 专家库 through the local runtime: its experts across its stations, each once, with
 * their confirmed visits this year; the filters; and inviting one to another of its stations,
 * which only that expert can bind, told once by a subscribe message.
 */
const ADMIN = DEMO_USERS.societyAdmin;
const CITY = DEMO_USERS.cityAdmin;
const SOCIETY = 'soc-nonferrous';
const ALUMINIUM = 'st-aluminium';
const SECOND = 'st-pool-second';
const THIRD = 'st-pool-third';
const SUSPENDED = 'st-pool-suspended';
/** A 省外 expert at the second station only, whose visits the test places. */
const NEWCOMER = 'pool-newcomer';
const NEED_ASSIGNED = 'demo-template-need-assigned';
const rid = requestIds('expert-pool');
const thisYear = calendarMoment(new Date()).year;

let api: LocalApi;

function station(id: string, name: string, status: Station['status'] = 'operating'): Station {
  return {
    _id: id,
    name,
    societyId: SOCIETY,
    societyName: '中国有色金属学会',
    level: 'national',
    industry: 'aluminium',
    demandUnit: { name: `${name}需求单位`, type: 'enterprise', address: '贵阳市' },
    headOpenid: '',
    location: { latitude: 26.6, longitude: 106.6 },
    radiusM: 500,
    cooperationStart: '2025-03-01',
    cooperationEnd: '2028-02-29',
    status,
    createdAt: new Date().toISOString(),
  };
}

function expertGrant(openid: string, stationId: string, revoked = false) {
  return {
    _id: `expert:${stationId}:${openid}`,
    openid,
    role: 'expert',
    societyId: SOCIETY,
    societyName: '中国有色金属学会',
    stationId,
    grantedAt: new Date().toISOString(),
    grantedBy: DEMO_USERS.stationHead,
    ...(revoked && { revokedAt: new Date().toISOString(), revokedBy: DEMO_USERS.stationHead }),
  };
}

function profile(openid: string, name: string, workUnit: string, province: string): UserProfile {
  const at = new Date().toISOString();
  return {
    _id: openid,
    name,
    mobile: '13900001111',
    workUnit,
    title: '教授',
    province,
    city: '某市',
    expertise: ['铸造'],
    industries: ['aluminium'],
    createdAt: at,
    updatedAt: at,
  };
}

beforeAll(async () => {
  api = await startLocalApi();
  await api.cloudbase.store.insertMany('stations', [
    station(SECOND, '有色学会第二工作站'),
    station(THIRD, '有色学会第三工作站'),
    station(SUSPENDED, '有色学会暂停工作站', 'suspended'),
  ]);
  await api.cloudbase.store.insertMany('users', [
    profile(NEWCOMER, '钱程', '湖南有色金属研究院', '湖南省'),
    profile('pool-removed', '孔亮', '某大学', '贵州省'),
  ]);
  await api.cloudbase.store.insertMany('roles', [
    // expert-02 serves both stations: listed once.
    expertGrant('expert-02', SECOND),
    expertGrant(NEWCOMER, SECOND),
    expertGrant('pool-removed', SECOND, true),
  ]);
  const need = await insertNeed(api, 'accepted');
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const lastYear = new Date(Date.UTC(thisYear - 1, 5, 1, 2)).toISOString();
  const visit = (status: 'confirmed' | 'pending' | 'rejected', when: string) =>
    insertVisit(api, status, need._id, {
      stationId: SECOND,
      expertOpenid: NEWCOMER,
      expertName: '钱程',
      checkIn: { at: when },
    });
  await visit('confirmed', at(0.3));
  await visit('confirmed', at(0.4));
  await visit('pending', at(0.5));
  await visit('rejected', at(0.6));
  await visit('confirmed', lastYear);
  // Another society's station: not this pool's, nor its visits.
  await insertVisit(api, 'confirmed', need._id, {
    stationId: 'st-seed',
    societyId: 'soc-agri',
    expertOpenid: NEWCOMER,
    checkIn: { at: at(0.7) },
  });
});
afterAll(() => api.stop());

async function pool(filter: Partial<Parameters<typeof poolAs>[1]> = {}): Promise<ExpertPoolPage> {
  return expectOk(await poolAs(ADMIN, { societyId: SOCIETY, ...filter }));
}
function poolAs(
  openid: string,
  input: { societyId: string; search?: string; outOfProvince?: boolean; stationId?: string },
) {
  return api.call(openid, 'experts.pool', input);
}
const names = (page: ExpertPoolPage) => page.items.map((item) => item.person.name);

/** Confirmed visits this year at the society's stations, read straight from the store: the oracle. */
async function confirmedThisYear(openid: string): Promise<number> {
  const visits = await api.cloudbase.store.find('visits', {
    expertOpenid: openid,
    status: 'confirmed',
    year: thisYear,
    stationId: { $in: [ALUMINIUM, SECOND, THIRD, SUSPENDED] },
  });
  return visits.length;
}

describe('the society’s expert pool', () => {
  it('lists every expert on its stations’ rosters once, with their stations and confirmed visits this year', async () => {
    const page = await pool();
    // The aluminium station's four, and the second station's newcomer; the removed one is not there.
    expect(page.counts).toEqual({ experts: 5, outOfProvince: 4 });
    expect(page.total).toBe(5);
    expect(names(page).sort()).toEqual(['吴芳', '周涛', '郑磊', '钱程', '陈静'].sort());
    expect(page.year).toBe(thisYear);
    expect(page.stations.map((s) => s.id).sort()).toEqual([ALUMINIUM, SECOND, THIRD, SUSPENDED].sort());

    const zhou = page.items.find((item) => item.person.openid === 'expert-02')!;
    expect(zhou.stations.map((s) => s.id).sort()).toEqual([ALUMINIUM, SECOND].sort());
    const newcomer = page.items.find((item) => item.person.openid === NEWCOMER)!;
    expect(newcomer).toMatchObject({
      person: { name: '钱程', workUnit: '湖南有色金属研究院', title: '教授', province: '湖南省', outOfProvince: true },
      expertise: ['铸造'],
      industries: ['aluminium'],
      stations: [{ id: SECOND, name: '有色学会第二工作站' }],
      // Two confirmed this year; not the pending, the rejected, last year's, nor the other society's.
      visitsThisYear: 2,
    });
    for (const item of page.items) expect(item.visitsThisYear).toBe(await confirmedThisYear(item.person.openid));
  });

  it('filters by part of a name or unit, by 省外, and by station, and pages', async () => {
    expect(names(await pool({ search: '钱' }))).toEqual(['钱程']);
    expect(names(await pool({ search: '贵州大学' }))).toEqual(['吴芳']);
    expect(names(await pool({ search: '湖南' }))).toEqual(['钱程']);
    expect(names(await pool({ search: '.*' }))).toEqual([]);
    const outside = await pool({ outOfProvince: true });
    expect(outside.total).toBe(4);
    expect(names(outside)).not.toContain('吴芳');
    expect(outside.counts).toEqual({ experts: 5, outOfProvince: 4 });
    expect(names(await pool({ stationId: SECOND })).sort()).toEqual(['周涛', '钱程'].sort());
    expect(names(await pool({ stationId: SECOND, outOfProvince: true, search: '北京' }))).toEqual(['周涛']);
    expect((await pool({ stationId: THIRD })).items).toEqual([]);

    const first = expectOk(await api.call(ADMIN, 'experts.pool', { societyId: SOCIETY, pageSize: 2 }));
    const second = expectOk(await api.call(ADMIN, 'experts.pool', { societyId: SOCIETY, pageSize: 2, page: 2 }));
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(5);
    expect(names(second).some((name) => names(first).includes(name))).toBe(false);
  });

  it('is open to the city admin, and refused to another society’s admin and to a station head', async () => {
    expect(expectOk(await poolAs(CITY, { societyId: SOCIETY })).counts.experts).toBe(5);
    expect(await poolAs(ADMIN, { societyId: 'soc-agri' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await poolAs(DEMO_USERS.stationHead, { societyId: SOCIETY })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await poolAs(ADMIN, { societyId: SOCIETY, search: 'x'.repeat(41) })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});

describe('inviting a pool expert to another station', () => {
  const sentSince = (from: number) =>
    api.cloudbase
      .openApiCalls()
      .slice(from)
      .filter((call) => call.api === 'subscribeMessage.send')
      .map((call) => call.data as { touser: string; template_id: string; page: string; data: object });

  it('makes an invitation only that expert can bind, tells them once, and a replay sends nothing', async () => {
    const requestId = rid();
    const from = api.cloudbase.openApiCalls().length;
    const invitation = expectOk(
      await api.call(ADMIN, 'experts.invite', { expertOpenid: NEWCOMER, stationId: THIRD }, requestId),
    );
    expect(invitation).toMatchObject({ stationId: THIRD, stationName: '有色学会第三工作站', expertName: '钱程' });
    const sent = sentSince(from);
    expect(sent).toEqual([
      expect.objectContaining({
        touser: NEWCOMER,
        template_id: NEED_ASSIGNED,
        page: `pages/bind/index?code=${invitation.code}`,
        data: expect.objectContaining({ thing2: { value: '有色学会第三工作站' } }),
      }),
    ]);
    const [audit] = await api.cloudbase.store.find('audit', { detail: `专家库邀请 ${invitation.code}` });
    expect(audit).toMatchObject({ actor: ADMIN, action: 'invitation.create', subject: NEWCOMER, stationId: THIRD });

    const afterFirst = api.cloudbase.openApiCalls().length;
    const replay = expectOk(
      await api.call(ADMIN, 'experts.invite', { expertOpenid: NEWCOMER, stationId: THIRD }, requestId),
    );
    expect(replay).toEqual(invitation);
    expect(sentSince(afterFirst)).toEqual([]);
    // A second tap (a new request) while the first invitation waits: refused, nothing sent again.
    expect(await api.call(ADMIN, 'experts.invite', { expertOpenid: NEWCOMER, stationId: THIRD }, rid())).toMatchObject({
      ok: false,
      code: 'ALREADY_INVITED',
      message: expect.stringContaining('请等待其接受'),
    });
    expect(sentSince(afterFirst)).toEqual([]);
    expect(await api.cloudbase.store.count('invitations', { addressedTo: NEWCOMER })).toBe(1);

    // Someone else holding the code can neither see nor bind it.
    for (const action of ['invitations.preview', 'invitations.bind'] as const) {
      const other = await api.call('expert-03', action, { code: invitation.code }, rid());
      expect(other).toMatchObject({ ok: false, code: 'INVITATION_NOT_YOURS' });
    }
    expect(expectOk(await api.call(NEWCOMER, 'invitations.preview', { code: invitation.code }))).toMatchObject({
      stationName: '有色学会第三工作站',
      status: 'active',
      alreadyHeld: false,
    });
    const bound = expectOk(await api.call(NEWCOMER, 'invitations.bind', { code: invitation.code }, rid()));
    expect(bound).toMatchObject({ alreadyHeld: false, role: { role: 'expert', stationId: THIRD } });

    const after = await pool({ stationId: THIRD });
    expect(names(after)).toEqual(['钱程']);
    expect(after.items[0].stations.map((s) => s.id).sort()).toEqual([SECOND, THIRD].sort());
    expect(after.counts.experts).toBe(5);
  });

  it('refuses an expert already there, someone outside the pool, a stopped station and another society’s', async () => {
    const invite = (expertOpenid: string, stationId: string, openid: string = ADMIN) =>
      api.call(openid, 'experts.invite', { expertOpenid, stationId }, rid());
    const before = await api.cloudbase.store.count('invitations');
    const from = api.cloudbase.openApiCalls().length;
    expect(await invite('expert-02', SECOND)).toMatchObject({ ok: false, code: 'ALREADY_AT_STATION' });
    expect(await invite('pool-removed', THIRD)).toMatchObject({ ok: false, code: 'NOT_IN_POOL' });
    // expert-05 serves the seed station, another society's.
    expect(await invite('expert-05', THIRD)).toMatchObject({ ok: false, code: 'NOT_IN_POOL' });
    expect(await invite('expert-02', SUSPENDED)).toMatchObject({ ok: false, code: 'STATION_NOT_OPERATING' });
    expect(await invite('expert-05', 'st-seed')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await invite('expert-02', THIRD, 'head-seed')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await invite('expert-02', THIRD, CITY)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await api.cloudbase.store.count('invitations')).toBe(before);
    expect(sentSince(from)).toEqual([]);
  });
});
