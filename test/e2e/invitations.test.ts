import type { Browser, Page } from 'playwright-core';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, shot, signIn, visible } from '../support/phone';

/**
 * The invitation chain through the pages, one person per browser context (the sign-in is a
 * cookie per context): the city admin registers a society and a station and invites the
 * society's admin; the admin invites a station head; the head completes the profile and
 * invites an expert; the expert sees the station at home. Each step is checked on the page and
 * in the database.
 */

const STEP = 90_000;

const CITY_ADMIN = '市科协管理员 · 王敏';
const ZHAO = { label: '新用户 · 赵一', openid: 'demo-newcomer-1' };
const QIAN = { label: '新用户 · 钱二', openid: 'demo-newcomer-2' };
const SUN = { label: '新用户 · 孙三', openid: 'demo-newcomer-3' };

const SOCIETY = '贵阳市新材料学会';
const STATION = '贵阳市新材料学会产业科技服务站（筑城铝业）';
const DEMAND_UNIT = '贵州筑城铝业有限公司';

let api: LocalApi;
let browser: Browser;
/** What one step hands to the next. */
const chain = { societyId: '', stationId: '', adminCode: '', headCode: '', expertCode: '', revokedCode: '' };

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

describe('invitations through the H5 pages', () => {
  it(
    'lets the city admin register a society and a station and invite the society admin',
    async () => {
      const page = await signInAs(CITY_ADMIN);
      await visible(page, '学会管理').click();
      await visible(page, '个建站学会').waitFor();
      await button(page, '＋ 新建学会').click();
      await fill(page, '学会全称', SOCIETY);
      await visible(page, '省级学会').click();
      await fill(page, '业务主管单位', '贵阳市科学技术协会');
      await fill(page, '联系人姓名', '周岚');
      await fill(page, '手机或固定电话', '0851-86660001');
      await shot(page, 'societies-create.png');
      await button(page, '登记学会').click();
      const card = page.locator('.society-card').filter({ hasText: SOCIETY });
      await card.waitFor({ state: 'visible', timeout: 15_000 });
      await shot(page, 'societies.png');

      const [society] = await api.cloudbase.store.find('societies', { name: SOCIETY });
      expect(society).toMatchObject({ level: 'provincial', contactName: '周岚', contactPhone: '0851-86660001' });
      chain.societyId = String(society._id);

      // A station for it, the society preselected, the location typed in as latitude and longitude.
      await card.locator('taro-button-core').filter({ hasText: '新建工作站' }).click();
      await visible(page, '创建工作站').waitFor();
      await visible(page, SOCIETY).waitFor();
      await fill(page, '工作站全称', STATION);
      await visible(page, '铝及铝加工制造业').click();
      await fill(page, '单位全称', DEMAND_UNIT);
      await fill(page, '单位地址', '贵阳市白云区铝城大道 1 号');
      await fill(page, '如 26.647', '26.6723');
      await fill(page, '如 106.630', '106.6421');
      // Registered as recognised before the product: the city's document, dated today on the wheel.
      await fill(page, '如：筑科协发〔2024〕12 号', '筑科协发〔2026〕30 号');
      await page.locator('.form-field').filter({ hasText: '认定日期' }).locator('.option-picker').click();
      await page.getByText('确认', { exact: true }).filter({ visible: true }).last().click();
      await shot(page, 'station-edit.png');
      await button(page, '创建工作站').click();

      // The new station's page.
      await visible(page, '站务管理').waitFor({ timeout: 15_000 });
      await visible(page, STATION).waitFor();
      await visible(page, '暂未设站长').waitFor();
      await shot(page, 'station-detail-city-admin.png');
      const [station] = await api.cloudbase.store.find('stations', { name: STATION });
      expect(station).toMatchObject({
        societyId: chain.societyId,
        industry: 'aluminium',
        demandUnit: { name: DEMAND_UNIT, type: 'enterprise' },
        location: { latitude: 26.6723, longitude: 106.6421 },
        radiusM: 500,
        recognition: {
          documentNumber: '筑科协发〔2026〕30 号',
          recognisedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        },
      });
      chain.stationId = String(station._id);

      // The society-admin invitation, from the society's row.
      await page.goto(`${api.cloudbase.origin}/packages/admin/pages/societies/index`);
      await page
        .locator('.society-card')
        .filter({ hasText: SOCIETY })
        .locator('taro-button-core')
        .filter({ hasText: '邀请学会管理员' })
        .click();
      await visible(page, '邀请学会管理员').waitFor();
      await visible(page, '尚未发放邀请码').waitFor();
      chain.adminCode = await generateCode(page);
      expect(chain.adminCode).toMatch(/^[0-9A-Z]{8}$/);
      await shot(page, 'invitations-society.png');
      const [invitation] = await api.cloudbase.store.find('invitations', { _id: chain.adminCode });
      expect(invitation).toMatchObject({ role: 'society_admin', societyId: chain.societyId, maxUses: 1, uses: 0 });
    },
    STEP,
  );

  it(
    'binds the society admin from the mini-program code URL; the admin invites a station head',
    async () => {
      expect(chain.adminCode).not.toBe('');
      const page = await signInAs(ZHAO.label);
      await page.goto(`${api.cloudbase.origin}/#/pages/bind/index?scene=i%3D${chain.adminCode}`);
      await visible(page, '邀请您成为').waitFor();
      expect(await page.locator('.invitation-preview__role').textContent()).toBe('学会管理员');
      await visible(page, SOCIETY).waitFor();
      await visible(page, '王敏').waitFor();
      await shot(page, 'bind-preview.png');
      await button(page, '确认绑定').click();

      await visible(page, `学会管理员 · ${SOCIETY}`).waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).pathname).not.toContain('/pages/bind/');
      const grants = await api.cloudbase.store.find('roles', { openid: ZHAO.openid, revokedAt: { $exists: false } });
      expect(grants).toEqual([expect.objectContaining({ role: 'society_admin', societyId: chain.societyId })]);
      await shot(page, 'home-society-admin.png');

      // Home → the station → 邀请成员 → 站长.
      await visible(page, STATION).click();
      await visible(page, '邀请成员').click();
      await visible(page, '邀请工作站成员').waitFor();
      await page.locator('.choice-chips__chip').filter({ visible: true }).getByText('站长', { exact: true }).click();
      chain.headCode = await generateCode(page);
      await shot(page, 'invitations-station.png');
      const [invitation] = await api.cloudbase.store.find('invitations', { _id: chain.headCode });
      expect(invitation).toMatchObject({ role: 'station_head', stationId: chain.stationId, createdBy: ZHAO.openid });
    },
    STEP,
  );

  it(
    'binds the station head, who completes the profile and then invites an expert',
    async () => {
      expect(chain.headCode).not.toBe('');
      const page = await signInAs(QIAN.label);
      await page.goto(`${api.cloudbase.origin}/pages/bind/index?scene=i%3D${chain.headCode}`);
      await visible(page, '邀请您成为').waitFor();
      expect(await page.locator('.invitation-preview__role').textContent()).toBe('站长');
      await button(page, '确认绑定').click();
      await visible(page, `站长 · ${STATION}`).waitFor({ timeout: 15_000 });
      const [head] = await api.cloudbase.store.find('roles', { openid: QIAN.openid, role: 'station_head' });
      expect(head).toMatchObject({ stationId: chain.stationId, societyId: chain.societyId });
      expect((await api.cloudbase.store.find('stations', { _id: chain.stationId }))[0]).toMatchObject({
        headOpenid: QIAN.openid,
      });

      // A station head must complete the profile first: the Me page says so.
      await page.getByText('我的', { exact: true }).click();
      await visible(page, '请先完善个人资料').waitFor();
      await shot(page, 'me-profile-prompt.png');
      await button(page, '去完善资料').click();
      await fill(page, '真实姓名', '钱二');
      await fill(page, '11 位手机号', '13800000002');
      await fill(page, '单位全称', '贵州筑城铝业有限公司');
      await fill(page, '如 教授、高级工程师', '高级工程师');
      await visible(page, '请选择省份').click();
      await page.locator('.nut-picker-confirm-btn').filter({ visible: true }).click();
      await visible(page, '贵州省').waitFor();
      await fill(page, '如 贵阳市', '贵阳市');
      await fill(page, '输入后点「添加」', '铝电解');
      await page.locator('.tag-input__row').filter({ visible: true }).locator('taro-button-core').click();
      await visible(page, '铝电解').waitFor();
      await visible(page, '铝及铝加工制造业').click();
      await shot(page, 'profile-edit.png');
      await button(page, '保存').click();

      // Back on the Me page, the prompt gone.
      await visible(page, '绑定邀请码').waitFor({ timeout: 15_000 });
      await visible(page, '请先完善个人资料').waitFor({ state: 'detached', timeout: 10_000 });
      const [profile] = await api.cloudbase.store.find('users', { _id: QIAN.openid });
      expect(profile).toMatchObject({
        name: '钱二',
        mobile: '13800000002',
        province: '贵州省',
        city: '贵阳市',
        expertise: ['铝电解'],
        industries: ['aluminium'],
      });

      // Now the head invites an expert, and issues a second code that is revoked at once.
      await page.goto(`${api.cloudbase.origin}/packages/station/pages/detail/index?stationId=${chain.stationId}`);
      await visible(page, '人员名单').waitFor();
      await visible(page, '邀请成员').click();
      await page.locator('.choice-chips__chip').filter({ visible: true }).getByText('专家', { exact: true }).click();
      chain.expertCode = await generateCode(page);
      chain.revokedCode = await generateCode(page);
      for (const code of [chain.expertCode, chain.revokedCode]) {
        const [invitation] = await api.cloudbase.store.find('invitations', { _id: code });
        expect(invitation).toMatchObject({ role: 'expert', stationId: chain.stationId, createdBy: QIAN.openid });
      }
      expect(chain.revokedCode).not.toBe(chain.expertCode);
      const revokedCard = page.locator('.invitation-card').filter({ hasText: chain.revokedCode });
      await revokedCard.locator('taro-button-core').filter({ hasText: '撤销' }).click();
      await page.locator('.taro-modal__foot').getByText('撤销').click();
      await revokedCard.getByText('已撤销').waitFor({ timeout: 15_000 });
      await shot(page, 'invitations-revoked.png');
      const [revoked] = await api.cloudbase.store.find('invitations', { _id: chain.revokedCode });
      expect(revoked.revokedAt).toEqual(expect.any(String));
    },
    STEP,
  );

  it(
    'shows a revoked code clearly and binds nothing; the valid one makes the newcomer an expert',
    async () => {
      expect(chain.revokedCode).not.toBe('');
      const page = await signInAs(SUN.label);
      await page.goto(`${api.cloudbase.origin}/#/pages/bind/index?scene=i%3D${chain.revokedCode}`);
      await visible(page, '无法绑定').waitFor();
      await visible(page, '该邀请码已被邀请人撤销').waitFor();
      expect(await page.getByText('确认绑定').count()).toBe(0);
      await shot(page, 'bind-revoked.png');
      expect(await api.cloudbase.store.count('roles', { openid: SUN.openid })).toBe(0);

      await page.goto(`${api.cloudbase.origin}/#/pages/bind/index?scene=i%3D${chain.expertCode}`);
      await visible(page, '邀请您成为').waitFor();
      expect(await page.locator('.invitation-preview__role').textContent()).toBe('专家');
      await button(page, '确认绑定').click();
      await visible(page, '我的工作站').waitFor({ timeout: 15_000 });
      await visible(page, STATION).waitFor();
      await shot(page, 'home-new-expert.png');
      const grants = await api.cloudbase.store.find('roles', { openid: SUN.openid });
      expect(grants).toEqual([
        expect.objectContaining({ role: 'expert', stationId: chain.stationId, societyId: chain.societyId }),
      ]);
    },
    STEP,
  );

  it(
    'lists the station roster by role and removes a member after confirmation',
    async () => {
      expect(chain.expertCode).not.toBe('');
      const page = await signInAs(QIAN.label);
      await page.goto(`${api.cloudbase.origin}/packages/station/pages/roster/index?stationId=${chain.stationId}`);
      const experts = page.locator('.roster-group').filter({ hasText: '专家' });
      await experts.getByText('移出', { exact: true }).waitFor();
      await page.locator('.roster-group').filter({ hasText: '钱二' }).waitFor();
      await shot(page, 'roster.png');

      await experts.locator('taro-button-core').filter({ hasText: '移出' }).click();
      await page.locator('.taro-modal__foot').getByText('移出').click();
      await visible(page, '暂无成员').or(visible(page, '在册 1 人')).waitFor({ timeout: 15_000 });
      const [grant] = await api.cloudbase.store.find('roles', { openid: SUN.openid, role: 'expert' });
      expect(grant.revokedAt).toEqual(expect.any(String));

      await page.locator('.roster__toggle .nut-switch').click();
      await visible(page, '已移出 ·').waitFor();
      await shot(page, 'roster-removed.png');
    },
    STEP,
  );
});

function signInAs(label: string): Promise<Page> {
  return signIn(browser, api.cloudbase.origin, label);
}

/** Taps 生成邀请码 and reads the code off the card it adds at the top of the list. */
async function generateCode(page: Page): Promise<string> {
  // The list has loaded once its count shows.
  await page
    .getByText(/^共 \d+ 个$/)
    .filter({ visible: true })
    .first()
    .waitFor();
  const cards = page.locator('.invitation-card__code').filter({ visible: true });
  const before = await cards.count();
  await button(page, '生成邀请码').click();
  await cards.nth(before).waitFor({ timeout: 15_000 });
  return ((await cards.first().textContent()) ?? '').trim();
}
