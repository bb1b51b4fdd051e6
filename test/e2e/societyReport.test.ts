import type { Browser, Page } from 'playwright-core';
import type { SocietyAnnualReport } from '../../types/actions';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, type LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, settled, shot, signIn, tile, visible } from '../support/phone';
import { insertStatusStation } from '../support/stationStatus';
import { readWord } from '../support/wordReadBack';

/**
 * The society admin's 学会年度报告: from the home tile, the year's totals and a card per
 * station (a revoked one with its status), another year by its chip, and the Excel and Word
 * downloads, whose files open.
 */

const STEP = 120_000;
const SOCIETY_ADMIN = '学会管理员 · 李建国';
const SOCIETY = 'soc-nonferrous';
const REVOKED_NAME = '已撤销的演示工作站';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  await insertStatusStation(api, {
    name: REVOKED_NAME,
    status: 'revoked',
    endedYear: year(),
    level: 'city',
    createdAt: `${year() - 2}-03-01T02:00:00.000Z`,
  });
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

function year(): number {
  return calendarMoment(new Date()).year;
}

async function reportOf(forYear: number): Promise<SocietyAnnualReport> {
  return expectOk(
    await api.call(DEMO_USERS.societyAdmin, 'reports.societyAnnual', { societyId: SOCIETY, year: forYear }),
  );
}

/** The browser build opens a file in a new tab: the URLs it is given, in order. */
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

async function openedFile(page: Page, index: number): Promise<Buffer> {
  const url = await page.waitForFunction((i) => (window as unknown as { openedUrls: string[] }).openedUrls[i], index, {
    timeout: 30_000,
  });
  const response = await fetch(String(await url.jsonValue()));
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('the society’s annual report', () => {
  it(
    'shows the year’s totals and every station, another year, and downloads the workbook and the Word report',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY_ADMIN);
      await shot(page, 'society-report-home.png');
      await tile(page, '年度报告').click();
      const report = await reportOf(year());
      await page.locator('.society-report-card').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
      await settled(page);
      const cards = page.locator('.society-report-card__name').filter({ visible: true });
      await expect(cards.allTextContents()).resolves.toEqual(report.stations.map((row) => row.stationName));
      const totals = await page.locator('.society-report__total-value').filter({ visible: true }).allTextContents();
      expect(totals.slice(0, 3)).toEqual(
        [report.totals.stations, report.totals.met, report.totals.needsServed].map(String),
      );
      const revoked = page.locator('.society-report-card').filter({ hasText: REVOKED_NAME, visible: true });
      await expect(revoked.textContent()).resolves.toContain('已撤销');
      await shot(page, 'society-report.png');

      // Years from the first station's to this one.
      const chips = page.locator('.society-report__years .choice-chips__chip').filter({ visible: true });
      await expect(chips.allTextContents()).resolves.toEqual(
        Array.from({ length: year() - report.firstYear + 1 }, (_, back) => String(year() - back)),
      );
      const lastYear = await reportOf(year() - 1);
      await chips.filter({ hasText: String(year() - 1) }).click();
      await visible(page, `${lastYear.societyName} · ${year() - 1} 年度`).waitFor({ timeout: 15_000 });
      await settled(page);
      await expect(
        page.locator('.society-report-card__name').filter({ visible: true }).allTextContents(),
      ).resolves.toEqual(lastYear.stations.map((row) => row.stationName));
      await shot(page, 'society-report-last-year.png');

      await chips.filter({ hasText: String(year()) }).click();
      await visible(page, `${report.societyName} · ${year()} 年度`).waitFor({ timeout: 15_000 });
      await catchOpenedFiles(page);
      // The toast stays 4 s: it is awaited with the file, not after reading it.
      await button(page, '下载 Excel').click();
      const [workbook] = await Promise.all([
        openedFile(page, 0),
        visible(page, /已生成「中国有色金属学会\d{4}年度工作站情况-.+\.xlsx」/).waitFor({ timeout: 30_000 }),
      ]);
      // An .xlsx is a zip: it starts with PK.
      expect(workbook.subarray(0, 2).toString()).toBe('PK');
      await button(page, '下载 Word 报告').click();
      const [docx] = await Promise.all([
        openedFile(page, 1),
        visible(page, /已生成「中国有色金属学会\d{4}年度工作报告-.+\.docx」/).waitFor({ timeout: 30_000 }),
      ]);
      await shot(page, 'society-report-word.png');
      const word = await readWord(docx);
      expect(word.lines[0]).toBe(`中国有色金属学会${year()}年度学会产业科技服务工作站工作报告`);
    },
    STEP,
  );
});
