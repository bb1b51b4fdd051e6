import type { Browser } from 'playwright-core';
import type { LocalApi } from '../support/localApi';
import { insertNeed } from '../support/needs';
import { shot, signIn, visible } from '../support/phone';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';

/**
 * Where people ask for the messages they wait for: the unit on a need being served (to hear when
 * the head proposes it resolved) and the head on the station overview (new needs, reviews).
 */

const STEP = 90_000;
let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

describe('asking for messages', () => {
  it(
    'offers the unit a reminder on a need in service, and not once it is proposed resolved',
    async () => {
      const serving = await insertNeed(api, 'in_service', { title: '熔铸气孔问题诊断' });
      const page = await signIn(browser, api.cloudbase.origin, '需求单位 · 刘洋');
      await page.goto(`${api.cloudbase.origin}/packages/needs/pages/detail/index?needId=${serving._id}`);
      await visible(page, '熔铸气孔问题诊断').waitFor();
      await visible(page, '提醒我确认').waitFor();
      await shot(page, 'notify-need-unit.png');

      const proposed = await insertNeed(api, 'resolved', { title: '轧制板形问题诊断' });
      await page.goto(`${api.cloudbase.origin}/packages/needs/pages/detail/index?needId=${proposed._id}`);
      await visible(page, '轧制板形问题诊断').waitFor();
      expect(await page.getByText('提醒我确认').count()).toBe(0);
    },
    STEP,
  );

  it(
    'offers the head one reminder for the station’s news',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, '站长 · 张伟');
      await page.goto(`${api.cloudbase.origin}/packages/station/pages/overview/index`);
      await visible(page, '接收工作站提醒').waitFor();
      await shot(page, 'notify-station-overview.png');
    },
    STEP,
  );
});
