import type { InvitationView } from '../../types/actions';
import { DEMO_NEWCOMERS, DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';

let api: LocalApi;
const rid = requestIds('invitations');

beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const [first, second, third] = DEMO_NEWCOMERS;
const completeProfile = {
  name: '钱二',
  mobile: '13912345678',
  workUnit: '贵阳市科技馆',
  title: '工程师',
  province: '贵州省',
  city: '贵阳市',
  expertise: ['科普'],
  industries: ['software_it' as const],
};

async function invite(
  openid: string,
  data: { role: InvitationView['role']; societyId?: string; stationId?: string },
  extra: { validDays?: number; maxUses?: number } = {},
): Promise<InvitationView> {
  return expectOk(await api.call(openid, 'invitations.create', { validDays: 7, maxUses: 1, ...extra, ...data }, rid()));
}

describe('the invitation chain: city admin → society admin → station head → expert', () => {
  let societyId: string;
  let stationId: string;

  it('lets the bootstrapped city admin register a society and a station', async () => {
    const society = expectOk(
      await api.call(
        DEMO_USERS.cityAdmin,
        'societies.create',
        {
          name: '贵州省化工学会',
          level: 'provincial',
          supervisor: '贵州省科学技术协会',
          contactName: '周涛',
          contactPhone: '0851-85551234',
        },
        rid(),
      ),
    );
    societyId = society.id;
    const station = expectOk(
      await api.call(
        DEMO_USERS.cityAdmin,
        'stations.create',
        {
          name: '贵州省化工学会产业科技服务站（开磷集团）',
          societyId,
          demandUnit: { name: '贵州开磷集团', type: 'enterprise', address: '贵阳市息烽县小寨坝镇' },
          industry: 'phosphorus_chemicals',
          location: { latitude: 27.1, longitude: 106.73 },
          radiusM: 800,
          cooperationStart: '2026-01-01',
          cooperationEnd: '2027-12-31',
          recognition: { documentNumber: '筑科协发〔2025〕21 号', recognisedOn: '2025-12-20' },
        },
        rid(),
      ),
    );
    stationId = station.id;
    expect(station).toMatchObject({ level: 'provincial', societyName: '贵州省化工学会', head: null, canEdit: true });
    const [stored] = await api.cloudbase.store.find('stations', { _id: stationId });
    expect(stored).toMatchObject({ headOpenid: '', status: 'operating', radiusM: 800 });
  });

  it('binds a society admin from a code made with a mini-program code image', async () => {
    const invitation = await invite(DEMO_USERS.cityAdmin, { role: 'society_admin', societyId });
    expect(invitation).toMatchObject({ status: 'active', uses: 0, maxUses: 1, societyName: '贵州省化工学会' });
    expect(invitation.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(invitation.qrCodeUrl).toMatch(/^http/);
    const image = await fetch(invitation.qrCodeUrl!);
    expect(
      Buffer.from(await image.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(api.cloudbase.openApiCalls().at(-1)).toMatchObject({
      api: 'wxacode.getUnlimited',
      data: { scene: `i=${invitation.code}`, page: 'pages/bind/index' },
    });

    const preview = expectOk(await api.call(first, 'invitations.preview', { code: invitation.code.toLowerCase() }));
    expect(preview).toMatchObject({ role: 'society_admin', status: 'active', alreadyHeld: false, inviterName: '王敏' });
    const bound = expectOk(await api.call(first, 'invitations.bind', { code: invitation.code }, rid()));
    expect(bound).toEqual({
      role: { role: 'society_admin', societyId, societyName: '贵州省化工学会' },
      alreadyHeld: false,
    });
    const me = expectOk(await api.call(first, 'session.whoami', {}));
    expect(me.roles).toEqual([bound.role]);

    const [stored] = await api.cloudbase.store.find('invitations', { _id: invitation.code });
    expect(stored).toMatchObject({ uses: 1, usedBy: [first] });
    expect(await api.cloudbase.store.count('audit', { action: 'role.grant', subject: first })).toBe(1);
  });

  it('is idempotent: binding again costs no use and writes nothing', async () => {
    const [invitation] = await api.cloudbase.store.find('invitations', { role: 'society_admin', societyId });
    const before = await api.cloudbase.store.count('audit');
    const again = expectOk(await api.call(first, 'invitations.bind', { code: invitation._id }, rid()));
    expect(again.alreadyHeld).toBe(true);
    expect(await api.cloudbase.store.count('audit')).toBe(before);
    expect((await api.cloudbase.store.find('invitations', { _id: invitation._id }))[0]).toMatchObject({ uses: 1 });
  });

  it('refuses a used-up code to someone else, changing nothing', async () => {
    const [invitation] = await api.cloudbase.store.find('invitations', { role: 'society_admin', societyId });
    const result = await api.call(second, 'invitations.bind', { code: invitation._id }, rid());
    expect(result).toMatchObject({ ok: false, code: 'INVITATION_USED_UP' });
    expect(await api.cloudbase.store.count('roles', { openid: second })).toBe(0);
  });

  it('makes a station head who must complete the profile before inviting experts', async () => {
    const headInvitation = await invite(first, { role: 'station_head', stationId });
    expectOk(await api.call(second, 'invitations.bind', { code: headInvitation.code }, rid()));
    const [station] = await api.cloudbase.store.find('stations', { _id: stationId });
    expect(station.headOpenid).toBe(second);

    const refused = await api.call(
      second,
      'invitations.create',
      { role: 'expert', stationId, validDays: 7, maxUses: 5 },
      rid(),
    );
    expect(refused).toMatchObject({ ok: false, code: 'PROFILE_INCOMPLETE' });
    expect(await api.cloudbase.store.count('invitations', { createdBy: second })).toBe(0);

    expectOk(await api.call(second, 'profile.update', completeProfile, rid()));
    const expertInvitation = await invite(second, { role: 'expert', stationId }, { maxUses: 5 });
    const bound = expectOk(await api.call(third, 'invitations.bind', { code: expertInvitation.code }, rid()));
    expect(bound.role).toMatchObject({ role: 'expert', stationId });
    const roster = expectOk(await api.call(second, 'roster.list', { stationId }));
    expect(roster.members.map((m) => [m.role, m.person.openid])).toEqual([
      ['station_head', second],
      ['expert', third],
    ]);
  });

  it('refuses a second station head while the station has one', async () => {
    const another = await invite(first, { role: 'station_head', stationId });
    const result = await api.call(DEMO_USERS.expert, 'invitations.bind', { code: another.code }, rid());
    expect(result).toMatchObject({ ok: false, code: 'STATION_HAS_HEAD' });
    expect(await api.cloudbase.store.count('roles', { openid: DEMO_USERS.expert, stationId })).toBe(0);
  });
});

describe('expired and revoked codes', () => {
  it('says a revoked code is revoked, and binds nothing', async () => {
    const invitation = await invite(DEMO_USERS.stationHead, { role: 'expert', stationId: 'st-aluminium' });
    const revoked = expectOk(
      await api.call(DEMO_USERS.stationHead, 'invitations.revoke', { code: invitation.code }, rid()),
    );
    expect(revoked.status).toBe('revoked');
    expect(expectOk(await api.call(first, 'invitations.preview', { code: invitation.code })).status).toBe('revoked');
    const result = await api.call(first, 'invitations.bind', { code: invitation.code }, rid());
    expect(result).toMatchObject({ ok: false, code: 'INVITATION_REVOKED', message: expect.stringContaining('撤销') });
    expect(await api.cloudbase.store.count('roles', { openid: first, stationId: 'st-aluminium' })).toBe(0);
  });

  it('says an expired code is expired', async () => {
    await api.cloudbase.store.insertMany('invitations', [
      {
        _id: 'EXP1RED2'.replace('1', 'A'),
        role: 'expert',
        societyId: 'soc-nonferrous',
        societyName: '中国有色金属学会',
        stationId: 'st-aluminium',
        stationName: 'x',
        createdBy: DEMO_USERS.stationHead,
        createdByName: '张伟',
        createdAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-08T00:00:00.000Z',
        maxUses: 1,
        uses: 0,
        usedBy: [],
      },
    ]);
    const result = await api.call(first, 'invitations.bind', { code: 'EXPARED2' }, rid());
    expect(result).toMatchObject({ ok: false, code: 'INVITATION_EXPIRED' });
  });

  it('says an unknown code does not exist, and a malformed one is refused as input', async () => {
    expect(await api.call(first, 'invitations.bind', { code: 'ZZZZZZZZ' }, rid())).toMatchObject({
      code: 'INVITATION_NOT_FOUND',
    });
    expect(await api.call(first, 'invitations.bind', { code: 'abc' }, rid())).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('revoking at once', () => {
  it('records one revocation when two managers revoke the same code together', async () => {
    // The lost update needs one call to read before the other commits and to write after it:
    // a timing the test cannot force, so it gives the race several chances.
    const invitations = await Promise.all(
      Array.from({ length: 15 }, () => invite(DEMO_USERS.stationHead, { role: 'expert', stationId: 'st-aluminium' })),
    );
    for (const { code } of invitations) {
      const results = await Promise.all(
        [DEMO_USERS.stationHead, DEMO_USERS.societyAdmin].map((who) =>
          api.call(who, 'invitations.revoke', { code }, rid()),
        ),
      );
      expect(results.some((result) => result.ok)).toBe(true);
      for (const result of results) {
        if (result.ok) expect(result.data.status).toBe('revoked');
        else expect(result.code).toBe('CONFLICT');
      }
      expect(await api.cloudbase.store.count('audit', { action: 'invitation.revoke', detail: code })).toBe(1);
    }
  });

  it('answers a later tap with the code as revoked, recording nothing more', async () => {
    const { code } = await invite(DEMO_USERS.stationHead, { role: 'expert', stationId: 'st-aluminium' });
    const first = expectOk(await api.call(DEMO_USERS.stationHead, 'invitations.revoke', { code }, rid()));
    const again = expectOk(await api.call(DEMO_USERS.stationHead, 'invitations.revoke', { code }, rid()));
    expect(again).toEqual(first);
    expect(await api.cloudbase.store.count('audit', { action: 'invitation.revoke', detail: code })).toBe(1);
  });
});

describe('request ids', () => {
  it('replays a create three times into one invitation', async () => {
    const requestId = rid();
    const data = { role: 'expert' as const, stationId: 'st-aluminium', validDays: 3, maxUses: 2 };
    const results = [];
    for (let i = 0; i < 3; i++)
      results.push(await api.call(DEMO_USERS.stationHead, 'invitations.create', data, requestId));
    const codes = results.map((result) => expectOk(result).code);
    expect(new Set(codes).size).toBe(1);
    expect(await api.cloudbase.store.count('invitations', { _id: codes[0] })).toBe(1);
    expect(await api.cloudbase.store.count('audit', { detail: codes[0], action: 'invitation.create' })).toBe(1);
  });

  it('answers concurrent twins of one bind with one grant and one use', async () => {
    const invitation = await invite(
      DEMO_USERS.stationHead,
      { role: 'expert', stationId: 'st-aluminium' },
      { maxUses: 3 },
    );
    const requestId = rid();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => api.call(second, 'invitations.bind', { code: invitation.code }, requestId)),
    );
    for (const result of results) expect(result).toMatchObject({ ok: true });
    const [stored] = await api.cloudbase.store.find('invitations', { _id: invitation.code });
    expect(stored).toMatchObject({ uses: 1, usedBy: [second] });
    expect(await api.cloudbase.store.count('roles', { openid: second, stationId: 'st-aluminium' })).toBe(1);
  });

  it('gives the last use to exactly one of several people binding at once', async () => {
    const invitation = await invite(DEMO_USERS.stationHead, { role: 'expert', stationId: 'st-aluminium' });
    const people = ['race-1', 'race-2', 'race-3', 'race-4'];
    const results = await Promise.all(
      people.map((openid) => api.call(openid, 'invitations.bind', { code: invitation.code }, rid())),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    for (const result of results.filter((r) => !r.ok)) {
      expect(['CONFLICT', 'INVITATION_USED_UP']).toContain(result.ok ? '' : result.code);
    }
    const [stored] = await api.cloudbase.store.find('invitations', { _id: invitation.code });
    expect(stored.uses).toBe(1);
    expect(await api.cloudbase.store.count('roles', { openid: { $in: people } })).toBe(1);
  });

  it('refuses a write without a request id, writing nothing', async () => {
    const result = await api.call(DEMO_USERS.cityAdmin, 'societies.create', {
      name: '无请求号学会',
      level: 'city',
      supervisor: '贵阳市科协',
      contactName: '某人',
      contactPhone: '0851-1234567',
    });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('requestId') });
    expect(await api.cloudbase.store.count('societies', { name: '无请求号学会' })).toBe(0);
  });
});
