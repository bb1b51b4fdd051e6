import type { Browser, Page } from 'playwright-core';
import type { Visit } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { PNG } from '../support/images';
import { expectOk, type LocalApi } from '../support/localApi';
import { insertNeed } from '../support/needs';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { waitFor } from '../support/poll';
import {
  button,
  confirmPicker,
  fillText,
  pickerShown,
  settled,
  shot,
  signIn,
  turnWheel,
  visible,
} from '../support/phone';

/**
 * 补卡 through the pages: an expert who forgot to check in enters the visit from 我的服务记录
 * (need, day and times on the pickers, what was done, why, a photo), sees the month's count, and
 * the station head finds it marked 补卡 in the review queue and approves it; it then counts.
 * The pages are opened by their paths: the homes that lead to them are being reworked elsewhere.
 */

const STEP = 120_000;
const EXPERT = '专家 · 陈静';
const HEAD = '站长 · 张伟';
const STATION = 'st-aluminium';
const REASON = '到站时手机没电，未能签到';
const SUMMARY = '检查熔铸车间 2 号炉，调整除气工艺参数并培训操作人员。';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));
afterEach(() => api.cloudbase.setClock(null));

const pad = (n: number) => String(n).padStart(2, '0');
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

const visitOf = (needId: string, status: Visit['status']) =>
  waitFor(async () => {
    const [visit] = (await api.cloudbase.store.find('visits', { needId })) as unknown as Visit[];
    return visit?.status === status ? visit : undefined;
  }, `a visit ${status}`);

/** The n-th picker field of the form (date, start, end), opened. */
async function openPicker(page: Page, n: number): Promise<void> {
  await page.locator('.make-up .option-picker').filter({ visible: true }).nth(n).click();
  await pickerShown(page);
}

describe('补卡 through the H5 pages', () => {
  it(
    'lets an expert enter a visit they forgot to check in to, which the head approves and which then counts',
    async () => {
      // The 15th of this month, 20:00 in Shanghai: the days on offer are the 8th to the 15th.
      const { year, month } = calendarMoment(new Date());
      const day = `${year}-${pad(month)}`;
      api.cloudbase.setClock(shanghai(`${day}-15T20:00:00`));
      const need = await insertNeed(api, 'accepted', { title: '忘记签到的现场服务（页面测试）' });
      const progress = () => api.call('demo-station-head', 'quotas.progress', { stationId: STATION, year });
      const before = expectOk(await progress());

      const expert = await signIn(browser, api.cloudbase.origin, EXPERT);
      await expert.goto(`${api.cloudbase.origin}/packages/visits/pages/mine/index`);
      await expert.locator('.visit-card').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
      await settled(expert);
      await shot(expert, 'make-up-mine.png');
      await button(expert, '忘记签到？补卡').click();
      await visible(expert, '本月还可补卡 3 次').waitFor({ timeout: 15_000 });
      await settled(expert);
      await expert.locator('.pick-list__title').filter({ hasText: need.title, visible: true }).first().click();

      await openPicker(expert, 0);
      await turnWheel(expert, 2, -2);
      await shot(expert, 'make-up-date-picker.png');
      await confirmPicker(expert);
      await visible(expert, `${day}-13`).waitFor();
      await openPicker(expert, 1);
      await confirmPicker(expert);
      await visible(expert, '09:00').waitFor();
      await openPicker(expert, 2);
      await turnWheel(expert, 0, 2);
      await confirmPicker(expert);
      await visible(expert, '共 2 小时 0 分钟').waitFor();

      await fillText(expert, '例如：到站时手机没电，未能签到', REASON);
      await fillText(expert, '例如：检查熔铸车间 2 号炉，调整除气工艺参数并培训操作人员', SUMMARY);
      await expert
        .locator('input[capture]')
        .first()
        .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
      await visible(expert, '已上传').waitFor({ timeout: 15_000 });
      await shot(expert, 'make-up-form.png');
      await button(expert, '提交补卡').click();
      await visible(expert, '补卡已提交，等待站长审核').waitFor({ timeout: 15_000 });
      await visible(expert, '本月还可补卡 2 次').waitFor();
      await shot(expert, 'make-up-entered.png');

      const pending = await visitOf(need._id, 'pending');
      expect(pending).toMatchObject({
        stationId: STATION,
        expertOpenid: 'demo-expert',
        serviceType: need.serviceType,
        checkIn: { at: shanghai(`${day}-13T09:00:00`), proof: 'make_up', makeUpReason: REASON },
        checkOut: { at: shanghai(`${day}-13T11:00:00`), summary: SUMMARY },
        durationMinutes: 120,
      });
      expect(pending.checkOut?.photos).toEqual([expect.stringMatching(/^cloud:\/\/[^/]+\/visits\/demo-expert\//)]);

      await button(expert, '查看这条记录').click();
      await visible(expert, '补卡原因').waitFor({ timeout: 15_000 });
      await expert.locator('.attachment-list__thumb').filter({ visible: true }).first().waitFor();
      await shot(expert, 'make-up-detail.png');

      const head = await signIn(browser, api.cloudbase.origin, HEAD);
      await head.goto(`${api.cloudbase.origin}/packages/visits/pages/review/index?stationId=${STATION}`);
      const card = head.locator('.visit-card').filter({ hasText: need.title }).filter({ visible: true }).first();
      await card.waitFor({ timeout: 15_000 });
      await card.getByText('补卡', { exact: true }).waitFor();
      await shot(head, 'make-up-queue.png');
      await card.click();
      await visible(head, '补卡的服务记录，待您审核').waitFor({ timeout: 15_000 });
      await visible(head, `原因：${REASON}`).waitFor();
      await shot(head, 'make-up-review.png');
      await button(head, '认可，计入记录').click();
      await visible(head, /已认可 · /).waitFor({ timeout: 15_000 });
      await shot(head, 'make-up-approved.png');

      const confirmed = await visitOf(need._id, 'confirmed');
      expect(confirmed.review).toMatchObject({ decision: 'approved', by: 'demo-station-head' });
      const after = expectOk(await progress());
      expect(after.confirmedVisits).toBe(before.confirmedVisits + 1);
      expect(after.figures.needsServed).toBe(before.figures.needsServed + 1);
    },
    STEP,
  );
});
