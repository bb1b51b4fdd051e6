import type { Browser, Page } from 'playwright-core';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from '../support/localApi';
import { confirmNutPicker, swipeWheel } from '../support/applicationPages';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, settled, shot, signIn, tile, visible } from '../support/phone';

/**
 * The society admin's 专家库: the experts of all its stations with their counts, narrowed to 省外
 * and to one station, searched, and one of them invited to another of its stations.
 */

const STEP = 120_000;
const SOCIETY = '学会管理员 · 李建国';
const SECOND = '有色学会第二工作站（筑城铝业）';
const THIRD = '有色学会第三工作站（清镇铝材）';
const NEWCOMER = 'e2e-pool-newcomer';

let api: LocalApi;
let browser: Browser;

const station = (id: string, name: string) => ({
  _id: id,
  name,
  societyId: 'soc-nonferrous',
  societyName: '中国有色金属学会',
  level: 'national',
  industry: 'aluminium',
  demandUnit: { name: `${name}需求单位`, type: 'enterprise', address: '贵阳市' },
  headOpenid: '',
  location: { latitude: 26.6, longitude: 106.6 },
  radiusM: 500,
  cooperationStart: '2025-03-01',
  cooperationEnd: '2028-02-29',
  status: 'operating',
  createdAt: new Date().toISOString(),
});
const expertAt = (openid: string, stationId: string) => ({
  _id: `expert:${stationId}:${openid}`,
  openid,
  role: 'expert',
  societyId: 'soc-nonferrous',
  stationId,
  grantedAt: new Date().toISOString(),
  grantedBy: DEMO_USERS.stationHead,
});

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  await api.cloudbase.store.insertMany('stations', [station('st-e2e-second', SECOND), station('st-e2e-third', THIRD)]);
  const at = new Date().toISOString();
  await api.cloudbase.store.insertMany('users', [
    {
      _id: NEWCOMER,
      name: '钱程',
      mobile: '13900001111',
      workUnit: '湖南有色金属研究院',
      title: '研究员',
      province: '湖南省',
      city: '长沙市',
      expertise: ['铝合金铸造', '熔体净化'],
      industries: ['aluminium'],
      createdAt: at,
      updatedAt: at,
    },
  ]);
  await api.cloudbase.store.insertMany('roles', [
    expertAt('expert-02', 'st-e2e-second'),
    expertAt(NEWCOMER, 'st-e2e-second'),
  ]);
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const cards = (page: Page) => page.locator('.expert-pool-page__card').filter({ visible: true });
const names = (page: Page) => cards(page).locator('.person-card__name').allInnerTexts();
const figures = (page: Page) => page.locator('.expert-pool-page__count').filter({ visible: true }).allInnerTexts();

describe('the society admin’s 专家库', () => {
  it(
    'lists the experts of every station, filters them by 省外, station and name, and invites one elsewhere',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await tile(page, '专家库').click();
      await visible(page, '钱程').waitFor({ timeout: 15_000 });
      await settled(page);
      // The aluminium station's four and the newcomer; 周涛 serves two stations and is listed once.
      expect(await figures(page)).toEqual(['5', '4']);
      expect((await names(page)).sort()).toEqual(['吴芳', '周涛', '郑磊', '钱程', '陈静'].sort());
      const zhou = cards(page).filter({ hasText: '周涛' });
      await zhou.getByText(SECOND, { exact: false }).waitFor();
      await zhou.getByText(/本年服务 \d+ 次/).waitFor();
      await shot(page, 'expert-pool.png');

      // 省外 leaves out 吴芳 (贵州); the counts above stay the pool's.
      await page.locator('.choice-chips__chip').filter({ hasText: '省外专家' }).filter({ visible: true }).click();
      await visible(page, '吴芳').waitFor({ state: 'hidden' });
      await settled(page);
      expect(await cards(page).count()).toBe(4);
      expect(await figures(page)).toEqual(['5', '4']);

      // One station: its options are the society's stations by name, 全部 first.
      await page.locator('.expert-pool-page__picker .option-picker').filter({ visible: true }).click();
      await swipeWheel(page, 0, 3, SECOND);
      await confirmNutPicker(page);
      await visible(page, '符合条件的专家 2 位').waitFor();
      await settled(page);
      expect((await names(page)).sort()).toEqual(['周涛', '钱程'].sort());
      await shot(page, 'expert-pool-filtered.png');

      await fill(page, '按姓名或工作单位搜索', '不存在的人');
      await page.locator('.expert-pool-page__search-go').filter({ visible: true }).click();
      await visible(page, '没有符合条件的专家').waitFor();
      await shot(page, 'expert-pool-empty.png');
      await button(page, '清除筛选').click();
      await visible(page, '吴芳').waitFor();
      await settled(page);

      // By unit, then the expert opened and invited to the third station.
      await fill(page, '按姓名或工作单位搜索', '湖南有色');
      await page.locator('.expert-pool-page__search-go').filter({ visible: true }).click();
      await visible(page, '陈静').waitFor({ state: 'hidden' });
      await settled(page);
      expect(await names(page)).toEqual(['钱程']);
      await cards(page).first().click();
      await visible(page, '邀请到其他工作站').waitFor();
      await visible(page, '铝合金铸造、熔体净化').waitFor();
      const panel = page.locator('.expert-pool-panel').filter({ visible: true });
      // Offered: the aluminium station and the third, not the second they already serve.
      expect(await panel.locator('.expert-pool-panel__station').allInnerTexts()).toEqual([
        '中国有色金属学会产业科技服务工作站（华铝新材料）',
        THIRD,
      ]);
      await shot(page, 'expert-pool-panel.png');
      await panel.getByText(THIRD).click();
      const sent = api.cloudbase.openApiCalls().length;
      const answered = page.waitForResponse((response) =>
        Boolean(response.request().postData()?.includes('experts.invite')),
      );
      await button(page, '发送邀请').click();
      await answered;
      await visible(page, '邀请已发出').waitFor();
      await visible(page, `已邀请钱程加入${THIRD}`).waitFor();
      expect(await panel.locator('.expert-pool-panel__station').allInnerTexts()).toEqual([
        '中国有色金属学会产业科技服务工作站（华铝新材料）',
      ]);
      await shot(page, 'expert-pool-invited.png');

      const messages = api.cloudbase
        .openApiCalls()
        .slice(sent)
        .filter((call) => call.api === 'subscribeMessage.send')
        .map((call) => (call.data as { touser: string }).touser);
      expect(messages).toEqual([NEWCOMER]);
      const [invitation] = await api.cloudbase.store.find('invitations', { addressedTo: NEWCOMER });
      expect(invitation).toMatchObject({ stationId: 'st-e2e-third', maxUses: 1, createdBy: DEMO_USERS.societyAdmin });
    },
    STEP,
  );
});
