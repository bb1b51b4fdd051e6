import type { Browser } from 'playwright-core';
import type { Visit } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, settled, shot, signIn, tile, visible } from '../support/phone';

/**
 * The expert's 服务证明 through the pages: the home tile, this year's statement, an older year
 * with a rated visit, a year without any, the Word download; and the visit list offering every
 * year from the first visit.
 */

const STEP = 120_000;
const EXPERT = '专家 · 陈静';
const OLD = 2023;

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  const at = new Date(`${OLD}-09-12T09:30:00+08:00`).toISOString();
  const end = new Date(`${OLD}-09-12T12:00:00+08:00`).toISOString();
  const visit: Visit = {
    _id: 'e2e-statement-visit',
    stationId: 'st-aluminium',
    societyId: 'soc-nonferrous',
    stationName: '中国有色金属学会产业科技服务工作站（华铝新材料）',
    needId: 'need-st-aluminium-1',
    needTitle: '电解槽能耗偏高的原因诊断',
    expertOpenid: DEMO_USERS.expert,
    expertName: '陈静',
    serviceType: 'training',
    status: 'confirmed',
    checkIn: { at, receivedAt: at, late: false, proof: 'location', photos: [] },
    checkOut: {
      at: end,
      receivedAt: end,
      late: false,
      summary: '为熔铸车间班组讲解除气工艺要点，并现场演示操作。',
      outcomes: '',
      photos: [],
      attachments: [],
    },
    durationMinutes: 150,
    year: OLD,
    month: 9,
    outOfProvince: true,
    rating: {
      responsiveness: 5,
      professionalism: 5,
      effect: 4,
      comment: '讲解细致，班组收获很大',
      by: DEMO_USERS.demandUnit,
      firstAt: end,
      at: end,
    },
    confirmedAt: end,
    createdAt: at,
    updatedAt: end,
  };
  await api.cloudbase.store.insertMany('visits', [visit]);
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

describe('the expert’s service statement', () => {
  it(
    'shows a year’s confirmed visits and totals, switches years and downloads the Word file',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, EXPERT);
      await tile(page, '服务证明').click();
      await visible(page, '服务次数').waitFor({ timeout: 15_000 });
      await settled(page);
      const thisYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
      await visible(page, `${thisYear} 年服务记录`).waitFor();
      await shot(page, 'expert-statement-this-year.png');

      await visible(page, `${OLD} 年`).click();
      await visible(page, `${OLD}-09-12`).waitFor({ timeout: 15_000 });
      await visible(page, '评分 4.7：讲解细致，班组收获很大').waitFor();
      await visible(page, '4.7 分（1 次服务，满分 5 分）').waitFor();
      await visible(page, '2 小时 30 分钟').waitFor();
      await shot(page, 'expert-statement-old-year.png');

      await visible(page, `${OLD + 1} 年`).click();
      await visible(page, '该年度暂无已确认的服务记录').waitFor({ timeout: 15_000 });
      await shot(page, 'expert-statement-empty-year.png');

      await visible(page, `${OLD} 年`).click();
      await visible(page, `${OLD}-09-12`).waitFor({ timeout: 15_000 });
      // The browser build opens the file in a new tab; the URL it is given is what a person downloads.
      await page.evaluate(() => {
        const opened: string[] = [];
        Object.assign(window, { openedUrls: opened });
        window.open = (url?: string | URL) => {
          opened.push(String(url));
          return null;
        };
      });
      await button(page, '下载服务证明（Word）').click();
      await page.waitForFunction(() => (window as unknown as { openedUrls: string[] }).openedUrls[0], null, {
        timeout: 15_000,
      });
      await visible(page, new RegExp(`已生成「陈静${OLD}年度专家服务证明-\\d{4}-\\d{2}-\\d{2}\\.docx」`)).waitFor();
      await shot(page, 'expert-statement-download.png');
      await page.close();
    },
    STEP,
  );

  it(
    'lets the visit list go back to the year of the first visit',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, EXPERT);
      await tile(page, '服务记录').click();
      await visible(page, `${OLD} 年`).click({ timeout: 15_000 });
      await visible(page, '电解槽能耗偏高的原因诊断').waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'my-visits-old-year.png');
      await page.close();
    },
    STEP,
  );
});
