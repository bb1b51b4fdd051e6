import type { Browser, Page } from 'playwright-core';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, settled, shot, signIn, tile, visible } from '../support/phone';

/** The station head exports their station's roster; the society admin sees the export on its dashboard. */

const STEP = 120_000;
const HEAD = '站长 · 张伟';
const SOCIETY = '学会管理员 · 李建国';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

async function catchOpenedFiles(page: Page): Promise<void> {
  await page.evaluate(() => {
    const opened: string[] = [];
    Object.assign(window, { openedUrls: opened });
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
  });
}

async function openedFile(page: Page): Promise<Buffer> {
  const url = await page.waitForFunction(() => (window as unknown as { openedUrls: string[] }).openedUrls[0], null, {
    timeout: 15_000,
  });
  const file = await fetch(String(await url.jsonValue()));
  expect(file.status).toBe(200);
  return Buffer.from(await file.arrayBuffer());
}

describe('a station’s exports', () => {
  it(
    'let the head export the roster from its page, with the exports on the station and overview pages',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, HEAD);
      await page.locator('.station-card--link').filter({ visible: true }).first().click();
      await visible(page, '导出 Excel').waitFor({ timeout: 15_000 });
      await visible(page, '进站专家信息表').waitFor();
      await settled(page);
      await shot(page, 'station-detail-exports.png');
      await visible(page, '人员名单').click();
      await visible(page, '导出名册').waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'station-roster-export.png');
      await catchOpenedFiles(page);
      await button(page, '导出名册').click();
      const bytes = await openedFile(page);
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      await visible(page, /已生成「.+进站专家信息表-\d{4}-\d{2}-\d{2}\.xlsx」/).waitFor();
      await shot(page, 'station-roster-export-ready.png');

      await page.goto(`${api.cloudbase.origin}/`);
      await tile(page, '年度任务进度').click();
      await visible(page, '导出名册').waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'station-overview-exports.png');
    },
    STEP,
  );

  it(
    'show the society admin the export on its own dashboard',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await tile(page, '任务完成情况').click();
      await page.locator('.status-distribution__count').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'society-dashboard-export.png');
      await catchOpenedFiles(page);
      await button(page, '导出 Excel').click();
      expect((await openedFile(page)).subarray(0, 2).toString()).toBe('PK');
      await visible(page, /已生成「\d{4}年度任务完成情况-中国有色金属学会-\d{4}-\d{2}-\d{2}\.xlsx」/).waitFor();
    },
    STEP,
  );
});
