import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, startLocalApi, type LocalApi } from '../support/localApi';

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

describe('session.whoami through the deployed bundle and the real wx-server-sdk', () => {
  it('tells an expert who they are, their stations and that they are from outside Guizhou', async () => {
    const me = expectOk(await api.call(DEMO_USERS.expert, 'session.whoami', {}));
    expect(me.openid).toBe(DEMO_USERS.expert);
    expect(me.profile).toMatchObject({ name: '陈静', workUnit: '中南大学', province: '湖南省' });
    expect(me.profile).not.toHaveProperty('mobile');
    expect(me.profileComplete).toBe(true);
    expect(me.outOfProvince).toBe(true);
    expect(me.roles.map((r) => [r.role, r.stationId]).sort()).toEqual([
      ['expert', 'st-aluminium'],
      ['expert', 'st-electronics'],
    ]);
    expect(me.roles[0].stationName).toMatch(/工作站|服务站/);
  });

  it('gives a society admin the society, not a station', async () => {
    const me = expectOk(await api.call(DEMO_USERS.societyAdmin, 'session.whoami', {}));
    expect(me.roles).toEqual([{ role: 'society_admin', societyId: 'soc-nonferrous', societyName: '中国有色金属学会' }]);
  });

  it('answers a first-time WeChat user with no profile and no roles', async () => {
    const me = expectOk(await api.call('someone-new', 'session.whoami', {}));
    expect(me).toEqual({
      openid: 'someone-new',
      subscribeTemplates: {
        need_assigned: 'demo-template-need-assigned',
        need_decided: 'demo-template-need-decided',
        station_alert: 'demo-template-station-alert',
        visit_to_rate: 'demo-template-visit-to-rate',
        visit_reviewed: 'demo-template-visit-reviewed',
        application_status: 'demo-template-application-status',
        assessment_status: 'demo-template-assessment-status',
        agreement_end: 'demo-template-agreement-end',
      },
      profile: null,
      profileComplete: false,
      outOfProvince: false,
      roles: [],
    });
  });

  it('does not list a revoked role', async () => {
    await api.cloudbase.store.insertMany('roles', [
      {
        _id: 'grant-revoked',
        openid: 'former-expert',
        role: 'expert',
        stationId: 'st-seed',
        stationName: 'x',
        grantedAt: '2025-01-01T00:00:00.000Z',
        grantedBy: DEMO_USERS.cityAdmin,
        revokedAt: '2026-01-01T00:00:00.000Z',
        revokedBy: DEMO_USERS.cityAdmin,
      },
    ]);
    expect(expectOk(await api.call('former-expert', 'session.whoami', {})).roles).toEqual([]);
  });

  it('reads the database twice, however many records there are', async () => {
    api.cloudbase.resetStats();
    await api.call(DEMO_USERS.expert, 'session.whoami', {});
    expect(api.cloudbase.stats().requests).toBe(2);
  });
});
