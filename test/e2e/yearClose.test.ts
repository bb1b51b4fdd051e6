import type { Browser } from 'playwright-core';
import type { QuotaYear } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, settled, shot, signIn, tile, turnWheel, visible } from '../support/phone';

/**
 * The year's close on the quota pages (DOMAIN.md "Year end"): the city admin moves it from the
 * dashboard, a society admin only reads it, and once the year has ended its figures are final
 * (met / not met, no pace) and the pages say until when late records still count.
 */

const STEP = 120_000;
const CITY = '市科协管理员 · 王敏';
const SOCIETY = '学会管理员 · 李建国';
const HEAD = '站长 · 张伟';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));
afterEach(() => api.cloudbase.setClock(null));

const year = calendarMoment(new Date()).year;
/** 10:00 on 5 January of the next year in Asia/Shanghai: the year has ended but is not yet sealed. */
const EARLY_JANUARY = `${year + 1}-01-05T02:00:00.000Z`;

const storedClose = async () =>
  ((await api.cloudbase.store.find('quotaYears', { _id: String(year) })) as unknown as QuotaYear[])[0];

describe('the year close', () => {
  it(
    'lets the city admin move the close on the dashboard, and the page and the database follow',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await tile(page, '任务完成情况').click();
      await visible(page, `${year} 年度数据将于 ${year + 1}-01-15 封存`).waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'year-close-dashboard.png');

      await button(page, '调整封存日期').click();
      // The picker slides up; a stroke aimed at it before it has arrived lands below it.
      await page
        .locator('.weui-picker')
        .filter({ visible: true })
        .evaluate((el) => Promise.all(el.getAnimations().map((animation) => animation.finished)));
      await turnWheel(page, 1, 1);
      await turnWheel(page, 2, -30);
      await shot(page, 'year-close-picker.png');
      await page.locator('.weui-picker__action').filter({ hasText: '确定', visible: true }).click();
      await visible(page, `改为 ${year + 1}-02-01`).waitFor();
      await page.locator('.taro-modal__foot').getByText('确认调整').click();

      await visible(page, `${year} 年度数据将于 ${year + 1}-02-01 封存`).waitFor({ timeout: 15_000 });
      await shot(page, 'year-close-moved.png');
      expect(await storedClose()).toMatchObject({ _id: String(year), closesOn: `${year + 1}-02-01` });
    },
    STEP,
  );

  it(
    'shows a society admin when the year closes, without the control to move it',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await tile(page, '任务完成情况').click();
      await visible(page, new RegExp(`${year} 年度数据将于 ${year + 1}-\\d\\d-\\d\\d 封存`)).waitFor({
        timeout: 15_000,
      });
      await settled(page);
      expect(await page.getByText('调整封存日期').filter({ visible: true }).count()).toBe(0);
    },
    STEP,
  );

  it(
    'shows a finished year only as met or not met, with no pace, until when late records count',
    async () => {
      api.cloudbase.setClock(EARLY_JANUARY);
      const closesOn = (await storedClose())?.closesOn ?? `${year + 1}-01-15`;

      // The browser still reads this year, so the dashboard opens on the year that has just ended.
      const city = await signIn(browser, api.cloudbase.origin, CITY);
      await tile(city, '任务完成情况').click();
      await visible(city, `${year} 年度已结束`).waitFor({ timeout: 15_000 });
      await settled(city);
      const labels = await city.locator('.status-distribution__label').filter({ visible: true }).allTextContents();
      expect(labels).toEqual(['未达标', '已达标']);
      await visible(city, `迟到的签退、审批、补录仍可在 ${closesOn} 前完成`).waitFor();
      await shot(city, 'year-close-dashboard-final.png');

      const head = await signIn(browser, api.cloudbase.origin, HEAD);
      await head.clock.setFixedTime(new Date(EARLY_JANUARY));
      await tile(head, '年度任务进度').click();
      const ended = head.locator('.quota-progress').filter({ hasText: `${year} 年度已结束`, visible: true });
      await ended.waitFor({ timeout: 15_000 });
      await settled(head);
      expect(await ended.locator('.status-badge').textContent()).toMatch(/^(已达标|未达标)$/);
      expect(await ended.locator('.quota-progress__pace').count()).toBe(0);
      expect(await ended.textContent()).not.toContain('按时间进度应完成');
      // The new year runs beside it, with its pace.
      await visible(head, `${year + 1} 年度数据将于 ${year + 2}-01-15 封存`).waitFor();
      await shot(head, 'year-close-head-final.png');
    },
    STEP,
  );
});
