import type { Browser, Page } from 'playwright-core';
import type { Need, Visit } from '../../types/domain';
import { expectOk, requestIds, type LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { waitFor } from '../support/poll';
import { insertNeed } from '../support/needs';
import { button, fillText, settled, shot, signIn, tile, visible } from '../support/phone';
import { ALUMINIUM_LOCATION } from '../support/visits';
import { PNG } from '../support/images';

/**
 * Service visits through the pages, with the position coming from the browser as it does on a
 * phone: the expert checks in on an accepted need, checks out with a photo and finds the visit in
 * the history; the unit rates it and confirms the need resolved; an off-site visit waits for the
 * head, who approves it; a station's posted code opens check-in with its scene in the URL; and a
 * visit made without a network (check-in and check-out) is kept on the phone and sent when the network returns.
 */

const STEP = 120_000;
const EXPERT = '专家 · 陈静';
const UNIT = '需求单位 · 刘洋';
const HEAD = '站长 · 张伟';
const STATION = 'st-aluminium';
const SUMMARY = '检查熔铸车间 2 号炉，调整除气工艺参数并培训操作人员。';

let api: LocalApi;
let browser: Browser;
const rid = requestIds('e2e-visits');

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

/** A phone whose position the browser reports: at the station, or `northM` metres north of it. */
function at(northM = 0, accuracy = 15) {
  return {
    geolocation: { ...ALUMINIUM_LOCATION, latitude: ALUMINIUM_LOCATION.latitude + northM / 111_195, accuracy },
    permissions: ['geolocation'],
  };
}

async function visitsOf(needId: string): Promise<Visit[]> {
  return (await api.cloudbase.store.find('visits', { needId })) as unknown as Visit[];
}

const visitIn = (needId: string, status: Visit['status']) =>
  waitFor(async () => (await visitsOf(needId)).find((visit) => visit.status === status), `a visit ${status}`);

/** A row of a pick list (the home page below may show the same station's name). */
function pick(page: Page, title: string) {
  return page.locator('.pick-list__title').filter({ hasText: title }).filter({ visible: true }).first();
}

/** From the expert's home (or, with `fromRecords`, the records page) to a check-in form for this need at the aluminium station. */
async function startCheckIn(page: Page, needTitle: string, fromRecords = false): Promise<void> {
  if (fromRecords) await button(page, '到站签到').click();
  else await tile(page, '到站签到 / 签退').click();
  await visible(page, '选择工作站').waitFor();
  await visible(page, /已定位/).waitFor({ timeout: 15_000 });
  await pick(page, '中国有色金属学会产业科技服务工作站（华铝新材料）').click();
  await pick(page, needTitle).click();
}

async function checkOut(page: Page, withPhoto: boolean): Promise<void> {
  await fillText(page, '例如：检查熔铸车间 2 号炉，调整除气工艺参数并培训操作人员', SUMMARY);
  if (withPhoto) {
    // The H5 build takes photos with a camera input (`capture`), as a phone's browser does.
    await page
      .locator('input[capture]')
      .first()
      .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await visible(page, '已上传').waitFor({ timeout: 15_000 });
  }
  await submitReport(page);
}

/** The check-out form's own button (the records page below may show a 签退 button too). */
async function submitReport(page: Page): Promise<void> {
  await page.locator('.visit-report__submit').filter({ visible: true }).last().click();
}

describe('service visits through the H5 pages', () => {
  let served: Need;

  it(
    'lets the expert check in on an accepted need, check out with a photo, and find it in the history',
    async () => {
      served = await insertNeed(api, 'accepted', { title: '熔铸气孔现场诊断（页面测试）' });
      const page = await signIn(browser, api.cloudbase.origin, EXPERT, at(30));
      await startCheckIn(page, served.title);
      // The aluminium station is the nearer of the expert's two and within its radius.
      await visible(page, '在范围内').waitFor();
      await visible(page, '咨询服务').waitFor();
      await shot(page, 'visits-check-in.png');
      await button(page, '签到').click();
      await visible(page, '已服务').waitFor({ timeout: 15_000 });
      const open = await visitIn(served._id, 'open');
      expect(open).toMatchObject({
        stationId: STATION,
        expertOpenid: 'demo-expert',
        serviceType: served.serviceType,
        checkIn: expect.objectContaining({ proof: 'location', accuracyM: 15, late: false }),
      });
      expect(open.checkIn.distanceM).toBeGreaterThanOrEqual(25);
      expect(open.checkIn.distanceM).toBeLessThanOrEqual(35);
      expect(await api.cloudbase.store.find('openVisits', { _id: 'demo-expert' })).toHaveLength(1);
      await shot(page, 'visits-in-progress.png');

      await checkOut(page, true);
      await visible(page, '已确认').waitFor({ timeout: 15_000 });
      await page.locator('.attachment-list__thumb').filter({ visible: true }).first().waitFor();
      await shot(page, 'visits-confirmed.png');
      const confirmed = await visitIn(served._id, 'confirmed');
      expect(confirmed.checkOut).toMatchObject({ summary: SUMMARY, late: false });
      expect(confirmed.checkOut?.photos).toEqual([
        expect.stringMatching(/^cloud:\/\/[^/]+\/visits\/demo-expert\/\d+-\w+\.png$/),
      ]);
      expect(confirmed.outOfProvince).toBe(true);
      expect(await api.cloudbase.store.find('openVisits', { _id: 'demo-expert' })).toHaveLength(0);
      const [need] = (await api.cloudbase.store.find('needs', { _id: served._id })) as unknown as Need[];
      expect(need.status).toBe('in_service');

      await page.goto(`${api.cloudbase.origin}/`);
      await tile(page, '服务记录').click();
      await page.locator('.visit-card').filter({ hasText: served.title }).filter({ visible: true }).waitFor();
      await visible(page, /年\d+月 · \d+ 次/).waitFor();
      await shot(page, 'visits-mine.png');
    },
    STEP,
  );

  it(
    'lets the demand unit rate the visit and confirm the need resolved',
    async () => {
      expectOk(await api.call('demo-station-head', 'needs.proposeResolution', { needId: served._id }, rid()));
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      await tile(page, '我的需求').click();
      await page.locator('.need-card').filter({ hasText: served.title }).filter({ visible: true }).first().click();
      await visible(page, '服务记录（1）').waitFor();
      await page.locator('.need-detail__visit').filter({ visible: true }).first().click();
      await visible(page, '请为这次服务评分，提交后 7 天内可以修改。').waitFor();
      const rows = page.locator('.visit-rating .star-rating').filter({ visible: true });
      await rows.nth(0).locator('.star-rating__star').nth(4).click();
      await rows.nth(1).locator('.star-rating__star').nth(3).click();
      await rows.nth(2).locator('.star-rating__star').nth(4).click();
      await fillText(page, '说说这次服务（选填）', '专家现场指导细致，问题基本解决。');
      await shot(page, 'visits-rate.png');
      await button(page, '提交评分').click();
      await button(page, '修改评分').waitFor({ timeout: 15_000 });
      const [rated] = await visitsOf(served._id);
      expect(rated.rating).toMatchObject({
        responsiveness: 5,
        professionalism: 4,
        effect: 5,
        comment: '专家现场指导细致，问题基本解决。',
        by: 'demo-demand-unit',
      });

      await button(page, '查看需求').click();
      await button(page, '确认已解决').click();
      await button(page, '确认已解决').last().click();
      const resolved = await waitFor(async () => {
        const [need] = (await api.cloudbase.store.find('needs', { _id: served._id })) as unknown as Need[];
        return need.status === 'resolved' ? need : undefined;
      }, 'the need resolved');
      expect(resolved.history.at(-1)).toMatchObject({ kind: 'resolved', by: 'demo-demand-unit' });
    },
    STEP,
  );

  it(
    'starts an off-site visit with a reason, which the station head approves',
    async () => {
      const need = await insertNeed(api, 'accepted', { title: '外协厂设备调试（页面测试）' });
      const expert = await signIn(browser, api.cloudbase.origin, EXPERT, at(3000));
      await startCheckIn(expert, need.title);
      await button(expert, '签到').click();
      await visible(expert, /超出签到范围/).waitFor({ timeout: 15_000 });
      expect(await visitsOf(need._id)).toHaveLength(0);
      await fillText(expert, '例如：在企业外协厂现场调试设备', '在企业外协厂现场调试挤压设备');
      // An off-site check-in shows the head where it was: at least one photo.
      await expert
        .locator('input[capture]')
        .first()
        .setInputFiles({ name: '外协厂.png', mimeType: 'image/png', buffer: PNG });
      await visible(expert, '已上传').waitFor({ timeout: 15_000 });
      await shot(expert, 'visits-off-site.png');
      await button(expert, '按异地服务签到').click();
      await visible(expert, '已服务').waitFor({ timeout: 15_000 });
      await checkOut(expert, false);
      await visible(expert, '待站长审核').waitFor({ timeout: 15_000 });
      const pending = await visitIn(need._id, 'pending');
      expect(pending.checkIn).toMatchObject({ proof: 'off_site', offSiteReason: '在企业外协厂现场调试挤压设备' });

      const head = await signIn(browser, api.cloudbase.origin, HEAD);
      // The unit's rating of the first visit reaches the head as the expert's average.
      await tile(head, '需求方评价').click();
      await visible(head, '陈静（1 次服务）').waitFor();
      await visible(head, '响应 5.0 · 专业 4.0 · 效果 5.0').waitFor();
      await shot(head, 'visits-expert-ratings.png');
      await head.goto(`${api.cloudbase.origin}/`);
      await tile(head, '走访审批').click();
      await head.locator('.visit-card').filter({ hasText: need.title }).filter({ visible: true }).first().click();
      await visible(head, '异地服务，待您审核').waitFor();
      await shot(head, 'visits-review.png');
      await button(head, '认可，计入记录').click();
      // Checked out at once, the visit is flagged as shorter than 5 minutes: the head confirms.
      await visible(head, /处需留意：服务时长不足 5 分钟/).waitFor();
      await head.locator('.taro-modal__foot').getByText('确认认可').click();
      await visible(head, /已认可 · /).waitFor({ timeout: 15_000 });
      const approved = await visitIn(need._id, 'confirmed');
      expect(approved.review).toMatchObject({ decision: 'approved', by: 'demo-station-head' });
    },
    STEP,
  );

  it(
    "opens check-in from the station's posted code, which counts as being there",
    async () => {
      const head = await signIn(browser, api.cloudbase.origin, HEAD);
      await tile(head, '签到码').click();
      await button(head, '生成签到码').click();
      await head.locator('.station-code__image').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
      await shot(head, 'visits-station-code.png');
      // What the printed mini-program code carries: the check-in page and the signed scene.
      const made = api.cloudbase
        .openApiCalls()
        .filter((call) => call.api === 'wxacode.getUnlimited')
        .at(-1);
      expect(made?.data.page).toBe('packages/visits/pages/check-in/index');
      const scene = String(made?.data.scene);
      expect(scene.length).toBeLessThanOrEqual(32);

      const need = await insertNeed(api, 'accepted', { title: '扫码签到服务（页面测试）' });
      // Far from the station: the code, not the position, shows the expert is there.
      const expert = await signIn(browser, api.cloudbase.origin, EXPERT, at(5000));
      await expert.goto(
        `${api.cloudbase.origin}/packages/visits/pages/check-in/index?scene=${encodeURIComponent(scene)}`,
      );
      await visible(expert, /已识别「.+」的签到码/).waitFor({ timeout: 15_000 });
      await pick(expert, need.title).click();
      await shot(expert, 'visits-scan.png');
      await button(expert, '签到').click();
      await visible(expert, '已服务').waitFor({ timeout: 15_000 });
      const open = await visitIn(need._id, 'open');
      expect(open.checkIn.proof).toBe('station_code');
      await checkOut(expert, false);
      await visitIn(need._id, 'confirmed');
    },
    STEP,
  );

  it(
    'keeps a whole visit made without a network on the phone and sends it, in order, when the network returns',
    async () => {
      const need = await insertNeed(api, 'accepted', { title: '断网服务（页面测试）' });
      const page = await signIn(browser, api.cloudbase.origin, EXPERT, at(10));
      // Every page used offline is opened once first: offline, the browser could not fetch its code.
      await tile(page, '服务记录').click();
      await page.locator('.visit-card').filter({ visible: true }).first().waitFor();
      await settled(page);
      await page.locator('.visit-card').filter({ visible: true }).first().click();
      await visible(page, '签到时间').waitFor();
      // Back by the navigation bar's arrow, as a person on the phone goes back.
      await page.locator('.taro-navigation-bar-back').filter({ visible: true }).click();
      await page.locator('.visit-detail').first().waitFor({ state: 'detached' });
      await page.locator('.my-visits').filter({ visible: true }).waitFor();
      await settled(page);
      await startCheckIn(page, need.title, true);

      await page.context().setOffline(true);
      const tapped = Date.now();
      await button(page, '签到').click();
      await visible(page, '签到已保存在手机上，等待发送').waitFor({ timeout: 15_000 });
      await button(page, '查看服务记录').click();
      await visible(page, /手机上待发送（1）/).waitFor();
      await page
        .locator('.outbox-panel')
        .filter({ visible: true })
        .locator('taro-button-core')
        .filter({ hasText: '签退' })
        .click();
      await visible(page, '签到还保存在手机上').waitFor();
      await fillText(page, '例如：检查熔铸车间 2 号炉，调整除气工艺参数并培训操作人员', SUMMARY);
      await submitReport(page);
      await visible(page, /手机上待发送（2）/).waitFor({ timeout: 15_000 });
      await shot(page, 'visits-offline.png');
      expect(await visitsOf(need._id)).toHaveLength(0);

      await page.context().setOffline(false);
      const sent = await visitIn(need._id, 'confirmed');
      expect(Date.parse(sent.checkIn.at)).toBeGreaterThanOrEqual(tapped - 1000);
      expect(Date.parse(sent.checkIn.at)).toBeLessThan(Date.parse(sent.checkIn.receivedAt));
      expect(Date.parse(sent.checkOut?.at ?? '')).toBeLessThan(Date.parse(sent.checkOut?.receivedAt ?? ''));
      expect(sent.checkOut).toMatchObject({ summary: SUMMARY, late: false });
      await page.locator('.outbox-panel').filter({ visible: true }).waitFor({ state: 'detached', timeout: 15_000 });
      await page.locator('.visit-card').filter({ hasText: need.title }).filter({ visible: true }).first().waitFor();
      expect(await visitsOf(need._id)).toHaveLength(1);
    },
    STEP,
  );

  it(
    "shows the station head the year's figures moving when a visit is confirmed",
    async () => {
      const head = await signIn(browser, api.cloudbase.origin, HEAD);
      await tile(head, '年度任务进度').click();
      const needsServed = head.locator('.quota-progress__count').filter({ visible: true }).first();
      await needsServed.waitFor({ timeout: 15_000 });
      const before = Number(/^(\d+) \//.exec((await needsServed.textContent()) ?? '')?.[1]);
      await shot(head, 'quota-progress.png');

      const need = await insertNeed(api, 'accepted', { title: '计数演示服务（页面测试）' });
      const input = {
        stationId: STATION,
        needId: need._id,
        serviceType: 'consulting' as const,
        at: new Date().toISOString(),
        location: ALUMINIUM_LOCATION,
        accuracyM: 20,
        photos: [],
      };
      const visit = expectOk(await api.call('demo-expert', 'visits.checkIn', input, rid()));
      const report = { summary: SUMMARY, outcomes: '', photos: [], attachments: [] };
      const at = new Date().toISOString();
      expectOk(await api.call('demo-expert', 'visits.checkOut', { visitId: visit.id, at, ...report }, rid()));

      await head.goto(`${api.cloudbase.origin}/`);
      await tile(head, '年度任务进度').click();
      await head
        .locator('.quota-progress__count')
        .filter({ visible: true, hasText: `${before + 1} / 10 项` })
        .first()
        .waitFor({ timeout: 15_000 });
      await shot(head, 'quota-progress-after.png');
    },
    STEP,
  );
});
