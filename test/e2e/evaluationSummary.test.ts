import type { Browser, Page } from 'playwright-core';
import type { Station, StationEvaluation } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from '../support/localApi';
import { ALUMINIUM } from '../support/needs';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, settled, shot, signIn, tile, visible } from '../support/phone';

/**
 * The city admin's 评价汇总: this year's evaluations with the averages by society and level and
 * the stations whose unit has not filed; an earlier year, past its deadline, says 已逾期; and
 * the workbook arrives.
 */

const STEP = 120_000;
const CITY = '市科协管理员 · 王敏';
const THIS_YEAR = calendarMoment(new Date()).year;
const OLD_YEAR = THIS_YEAR - 2;
const OLD_STATION = '评价汇总演示站（两年前认定）';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  const [aluminium] = (await api.cloudbase.store.find('stations', { _id: ALUMINIUM })) as unknown as Station[];
  const filed: StationEvaluation = {
    _id: `${ALUMINIUM}:${THIS_YEAR}`,
    stationId: ALUMINIUM,
    societyId: aluminium.societyId,
    stationName: aluminium.name,
    year: THIS_YEAR,
    overall: 4,
    comment: '专家响应及时，诊断建议切实可行。',
    intent: 'continue',
    submittedBy: DEMO_USERS.demandUnit,
    submittedAt: new Date().toISOString(),
  };
  await api.cloudbase.store.insertMany('evaluations', [filed]);
  // A station recognised two years ago, so that year is offered too.
  await api.cloudbase.store.insertMany('stations', [
    {
      ...aluminium,
      _id: 'st-e2e-old',
      name: OLD_STATION,
      headOpenid: '',
      recognition: { ...(aluminium.recognition ?? {}), recognisedOn: `${OLD_YEAR}-03-01` },
    },
  ]);
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

describe('the evaluation summary', () => {
  it(
    'shows the city admin this year’s averages and the units yet to file, an earlier year overdue, and exports it',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await tile(page, '评价汇总').click();
      await visible(page, `${THIS_YEAR} 年度 · 4 个工作站`).waitFor({ timeout: 15_000 });
      await settled(page);
      const summary = page.locator('.evaluation-summary').filter({ visible: true });
      // 4 stations operate this year; the aluminium one is evaluated 4, so every average is 4.0.
      await expect(summary.locator('.evaluation-summary__figure-value').allTextContents()).resolves.toEqual([
        '1',
        '3',
        '4.0',
      ]);
      await visible(page, '未提交评价（3）').waitFor();
      const missing = await summary
        .locator('.section-card')
        .filter({ hasText: '未提交评价' })
        .locator('.evaluation-summary__row-name')
        .allTextContents();
      const stations = (await api.cloudbase.store.find('stations', {})) as unknown as Station[];
      expect(missing.sort()).toEqual(
        stations
          .filter((station) => station._id !== ALUMINIUM)
          .map((station) => station.name)
          .sort(),
      );
      const societyTable = summary.locator('.section-card').filter({ hasText: '按学会' });
      await expect(
        societyTable.locator('.evaluation-summary__table-row').filter({ hasText: '中国有色金属学会' }).textContent(),
      ).resolves.toBe('中国有色金属学会1/24.0');
      await expect(
        societyTable.locator('.evaluation-summary__table-row').filter({ hasText: '贵州省农学会' }).textContent(),
      ).resolves.toBe('贵州省农学会0/1—');
      await visible(page, `需求单位须在 ${THIS_YEAR + 1}-03-31 前提交`).waitFor();
      await expect(summary.getByText('已逾期').count()).resolves.toBe(0);
      await shot(page, 'evaluation-summary.png');

      await page
        .locator('.choice-chips__chip')
        .filter({ hasText: `${OLD_YEAR} 年`, visible: true })
        .click();
      await visible(page, `${OLD_YEAR} 年度 · 1 个工作站`).waitFor({ timeout: 15_000 });
      await visible(page, '已逾期').waitFor();
      await visible(page, `需求单位须在 ${OLD_YEAR + 1}-03-31 前提交 ${OLD_YEAR} 年度评价，已过截止日期`).waitFor();
      await shot(page, 'evaluation-summary-overdue.png');

      await catchOpenedFiles(page);
      await button(page, '导出 Excel').click();
      const url = await page.waitForFunction(
        () => (window as unknown as { openedUrls: string[] }).openedUrls[0],
        null,
        {
          timeout: 15_000,
        },
      );
      await visible(page, new RegExp(`已生成「${OLD_YEAR}年度评价汇总-\\d{4}-\\d{2}-\\d{2}\\.xlsx」`)).waitFor();
      const file = await fetch(String(await url.jsonValue()));
      expect(file.status).toBe(200);
      expect(
        Buffer.from(await file.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
    },
    STEP,
  );
});
