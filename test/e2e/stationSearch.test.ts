import type { Browser, Page } from 'playwright-core';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, settled, shot, signIn, tile, visible } from '../support/phone';

/**
 * The city admin's station list: part of a name narrows it, a status chip narrows it further,
 * and a search nothing matches offers to clear the filters.
 */

const STEP = 120_000;
const CITY = '市科协管理员 · 王敏';
const ELECTRONICS = '贵阳市电子学会产业科技服务站（贵阳职业技术学院）';
const SUSPENDED = '贵阳市电子学会产业科技服务站（观山湖实验室）';
const ALUMINIUM = '中国有色金属学会产业科技服务工作站（华铝新材料）';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  await api.cloudbase.store.insertMany('stations', [
    {
      _id: 'st-e2e-suspended',
      name: SUSPENDED,
      societyId: 'soc-electronics',
      societyName: '贵阳市电子学会',
      level: 'city',
      industry: 'electronics',
      demandUnit: { name: '观山湖实验室', type: 'enterprise', address: '贵阳市观山湖区' },
      headOpenid: '',
      location: { latitude: 26.6, longitude: 106.6 },
      radiusM: 500,
      cooperationStart: '2026-01-01',
      cooperationEnd: '2028-01-01',
      status: 'suspended',
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  ]);
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const cards = (page: Page) => page.locator('.station-card').filter({ visible: true });

describe('searching and filtering the station list', () => {
  it(
    'lets the city admin find stations by part of a name, then by status, and clear the filters',
    async () => {
      const page: Page = await signIn(browser, api.cloudbase.origin, CITY);
      await tile(page, '工作站管理').click();
      await visible(page, ALUMINIUM).waitFor({ timeout: 15_000 });
      await settled(page);

      await fill(page, '按名称搜索', '电子学会');
      await page.locator('.station-list-page__search-go').filter({ visible: true }).click();
      await visible(page, '个符合条件的工作站').waitFor();
      await settled(page);
      await visible(page, ELECTRONICS).waitFor();
      await visible(page, SUSPENDED).waitFor();
      expect(await cards(page).count()).toBe(2);

      await page.locator('.choice-chips__chip').filter({ hasText: '已暂停' }).filter({ visible: true }).click();
      await visible(page, ELECTRONICS).waitFor({ state: 'hidden' });
      await settled(page);
      expect(await cards(page).allInnerTexts()).toEqual([expect.stringContaining(SUSPENDED)]);
      expect(await page.locator('.station-list-page__count').filter({ visible: true }).innerText()).toBe('1');
      await shot(page, 'station-search-filtered.png');

      await fill(page, '按名称搜索', '不存在的站');
      await page.locator('.station-list-page__search-go').filter({ visible: true }).click();
      await visible(page, '没有符合条件的工作站').waitFor();
      await shot(page, 'station-search-empty.png');

      await button(page, '清除筛选').click();
      await visible(page, ALUMINIUM).waitFor();
      await settled(page);
      expect(await cards(page).count()).toBe(4);
      expect(await page.locator('input[placeholder="按名称搜索"]').filter({ visible: true }).inputValue()).toBe('');
    },
    STEP,
  );
});
