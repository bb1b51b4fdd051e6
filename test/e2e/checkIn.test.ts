import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Need, Visit } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, type LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { waitFor } from '../support/poll';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { button, fillText, settled, shot, SHOTS, signIn, tile, visible } from '../support/phone';
import { ALUMINIUM_LOCATION, checkOutReport } from '../support/visits';
import { PNG } from '../support/images';

/**
 * The expert's check-in from the home page, counted in taps: one tap and a confirmation when one
 * station is in range and one need is assigned there, two when the page has to guess; the open
 * visit at the top of the home with its running time; 去签到 from 我的任务; the visit page
 * following a check-out the outbox sends; and an off-site check-in that needs a photo.
 */

const STEP = 120_000;
const EXPERT = '专家 · 陈静';
const SUMMARY = '检查熔铸车间 2 号炉，调整除气工艺参数并培训操作人员。';
const REPORT_PLACEHOLDER = '例如：检查熔铸车间 2 号炉，调整除气工艺参数并培训操作人员';

let api: LocalApi;
let browser: Browser;
const rid = requestIds('e2e-check-in');

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  // The demo expert serves several needs at the aluminium station: resolve them, so each test sets its own.
  const serving = [
    ...(await api.cloudbase.store.find('needs', { stationId: ALUMINIUM, status: 'in_service' })),
    ...(await api.cloudbase.store.find('needs', { stationId: ALUMINIUM, status: 'accepted' })),
  ] as unknown as Need[];
  await api.cloudbase.store.removeMany(
    'needs',
    serving.map((need) => need._id),
  );
  await api.cloudbase.store.insertMany(
    'needs',
    serving.map((need) => ({ ...need, status: 'resolved' })),
  );
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

/** A phone `northM` metres north of the aluminium station (the electronics station is some 20 km away). */
function at(northM = 0) {
  return {
    geolocation: { ...ALUMINIUM_LOCATION, latitude: ALUMINIUM_LOCATION.latitude + northM / 111_195, accuracy: 15 },
    permissions: ['geolocation'],
  };
}

/** Counts the person's taps. */
function tapper() {
  const taps: string[] = [];
  return {
    taps,
    async tap(what: string, target: Locator) {
      taps.push(what);
      await target.click();
    },
  };
}

const visitOf = (needId: string, status: Visit['status']) =>
  waitFor(async () => {
    const visits = (await api.cloudbase.store.find('visits', { needId, status })) as unknown as Visit[];
    return visits[0];
  }, `a visit ${status}`);

/** Ends the expert's open visit through the API, so the next test starts free. */
async function finishOpenVisit(): Promise<void> {
  const open = expectOk(await api.call(DEMO_USERS.expert, 'visits.current', {}));
  if (open) {
    expectOk(
      await api.call(DEMO_USERS.expert, 'visits.checkOut', checkOutReport(open.id, new Date().toISOString()), rid()),
    );
  }
}

/** The selected row of a pick list. */
const chosen = (page: Page) => page.locator('.pick-list__item--on .pick-list__title').filter({ visible: true });
/** A row of a pick list by its title. */
const row = (page: Page, title: string) =>
  page.locator('.pick-list__title').filter({ hasText: title }).filter({ visible: true }).first();
const homeCheckIn = (page: Page) => page.locator('.expert-visit-bar__check-in').filter({ visible: true }).first();

describe('checking in from the home page', () => {
  let first: Need;

  it(
    'takes one tap and a confirmation with one station in range and one need assigned there',
    async () => {
      first = await insertNeed(api, 'accepted', { title: '熔铸气孔一键签到（页面测试）' });
      const page = await signIn(browser, api.cloudbase.origin, EXPERT, at(30));
      await homeCheckIn(page).waitFor();
      await shot(page, 'check-in-home.png');

      const { taps, tap } = tapper();
      await tap('签到 on the home page', homeCheckIn(page));
      await visible(page, '已为您选好，核对后点底部「确认签到」').waitFor({ timeout: 15_000 });
      // The station's needs load after the plan is made: the chosen need shows when they are in.
      await chosen(page).nth(1).waitFor({ timeout: 15_000 });
      await expect(chosen(page).allTextContents()).resolves.toEqual([
        '中国有色金属学会产业科技服务工作站（华铝新材料）',
        first.title,
      ]);
      await shot(page, 'check-in-certain.png');
      // As the phone shows it (390×844): the button at the bottom without scrolling.
      await page.screenshot({ path: path.join(SHOTS, 'check-in-certain-screen.png') });
      const confirm = await button(page, '确认签到').boundingBox();
      expect((confirm?.y ?? Infinity) + (confirm?.height ?? 0)).toBeLessThanOrEqual(844);
      await tap('确认签到', button(page, '确认签到'));
      await visible(page, /^签到成功 · /).waitFor({ timeout: 15_000 });
      expect(taps).toEqual(['签到 on the home page', '确认签到']);

      const open = await visitOf(first._id, 'open');
      expect(open.checkIn).toMatchObject({ proof: 'location', late: false });
      await visible(
        page,
        `已记录：在「中国有色金属学会产业科技服务工作站（华铝新材料）」为「${first.title}」签到`,
      ).waitFor();
      await visible(page, /下一步：服务结束后在本页签退/).waitFor();
      await shot(page, 'check-in-done.png');
    },
    STEP,
  );

  it(
    'shows the open visit at the top of the home with its time running, and confirms the check-out',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, EXPERT, at(30));
      const banner = page.locator('.expert-visit-bar--open').filter({ visible: true });
      await banner.waitFor({ timeout: 15_000 });
      await expect(banner.textContent()).resolves.toMatch(
        /^服务中 · \d+:\d\d:\d\d中国有色金属学会产业科技服务工作站（华铝新材料）熔铸气孔一键签到（页面测试）去签退$/,
      );
      // Above the stations: the first thing on the page after the greeting.
      const bannerTop = (await banner.boundingBox())?.y ?? Infinity;
      const stationsTop = (await visible(page, '我的工作站').boundingBox())?.y ?? 0;
      expect(bannerTop).toBeLessThan(stationsTop);
      expect(await homeCheckIn(page).count()).toBe(0);
      const time = page.locator('.expert-visit-bar__time').filter({ visible: true });
      const before = await time.textContent();
      await page.waitForTimeout(1500);
      expect(await time.textContent()).not.toBe(before);
      await shot(page, 'check-in-home-open-visit.png');

      await button(page, '去签退').click();
      await visible(page, '已服务').waitFor({ timeout: 15_000 });
      await fillText(page, REPORT_PLACEHOLDER, SUMMARY);
      await page.locator('.visit-report__submit').filter({ visible: true }).last().click();
      await visible(page, /^签退成功 · /).waitFor({ timeout: 15_000 });
      await visible(page, /已计入本站服务记录。下一步：需求单位可为这次服务评分/).waitFor();
      await shot(page, 'check-in-checked-out.png');
      await visitOf(first._id, 'confirmed');

      await button(page, '回到首页').click();
      await homeCheckIn(page).waitFor({ timeout: 15_000 });
      expect(await banner.count()).toBe(0);
    },
    STEP,
  );

  it(
    'takes two taps with two needs there, the one served last chosen',
    async () => {
      const other = await insertNeed(api, 'accepted', { title: '新指派的挤压模具需求（页面测试）' });
      const page = await signIn(browser, api.cloudbase.origin, EXPERT, at(30));
      const { taps, tap } = tapper();
      await tap('签到 on the home page', homeCheckIn(page));
      await visible(page, /已定位/).waitFor({ timeout: 15_000 });
      await chosen(page).nth(1).waitFor({ timeout: 15_000 });
      // The need served last beats the one assigned since.
      await expect(chosen(page).allTextContents()).resolves.toEqual([
        '中国有色金属学会产业科技服务工作站（华铝新材料）',
        first.title,
      ]);
      expect(await visible(page, '已为您选好，核对后点底部「确认签到」').count()).toBe(0);
      await page.locator('.check-in__summary-need').filter({ hasText: first.title, visible: true }).waitFor();
      await shot(page, 'check-in-preselected.png');
      await tap('签到', button(page, '签到'));
      await visible(page, /^签到成功 · /).waitFor({ timeout: 15_000 });
      expect(taps).toHaveLength(2);
      expect((await visitOf(first._id, 'open')).needId).toBe(first._id);
      expect(await api.cloudbase.store.count('visits', { needId: other._id })).toBe(0);
      await finishOpenVisit();
    },
    STEP,
  );

  it(
    'offers 去签到 on each servable need of 我的任务, which opens check-in with that need chosen',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, EXPERT, at(30));
      await tile(page, '我的任务').click();
      const card = page
        .locator('.need-card')
        .filter({ hasText: '新指派的挤压模具需求（页面测试）' })
        .filter({ visible: true })
        .first();
      await card.waitFor({ timeout: 15_000 });
      await settled(page);
      // A resolved need offers nothing.
      const resolved = page.locator('.need-card').filter({ hasText: '已解决' }).filter({ visible: true }).first();
      expect(await resolved.locator('taro-button-core').count()).toBe(0);
      await shot(page, 'check-in-my-needs.png');

      const { taps, tap } = tapper();
      await tap('去签到', card.locator('taro-button-core').filter({ hasText: '去签到' }));
      await visible(page, '选择工作站').waitFor({ timeout: 15_000 });
      await chosen(page).nth(1).waitFor({ timeout: 15_000 });
      await expect(chosen(page).allTextContents()).resolves.toEqual([
        '中国有色金属学会产业科技服务工作站（华铝新材料）',
        '新指派的挤压模具需求（页面测试）',
      ]);
      await shot(page, 'check-in-from-need.png');
      await tap('签到', button(page, '签到'));
      await visible(page, /^签到成功 · /).waitFor({ timeout: 15_000 });
      expect(taps).toHaveLength(2);
      const [need] = (await api.cloudbase.store.find('needs', {
        title: '新指派的挤压模具需求（页面测试）',
      })) as unknown as Need[];
      await visitOf(need._id, 'open');
      await finishOpenVisit();
    },
    STEP,
  );
});

describe('the visit page and the outbox', () => {
  it(
    'stops the timer at a check-out kept offline, and shows the visit confirmed within a second of its sending',
    async () => {
      const need = await insertNeed(api, 'accepted', { title: '断网签退（页面测试）' });
      const page = await signIn(browser, api.cloudbase.origin, EXPERT, at(30));
      await homeCheckIn(page).click();
      await chosen(page).nth(1).waitFor({ timeout: 15_000 });
      await row(page, need.title).click();
      await button(page, '签到').click();
      await visible(page, /^签到成功 · /).waitFor({ timeout: 15_000 });
      expect((await visitOf(need._id, 'open')).needId).toBe(need._id);

      await page.context().setOffline(true);
      await fillText(page, REPORT_PLACEHOLDER, SUMMARY);
      await page.locator('.visit-report__submit').filter({ visible: true }).last().click();
      await visible(page, '签退已保存在手机上，等待发送').waitFor({ timeout: 15_000 });
      const timer = page.locator('.elapsed-timer__time').filter({ visible: true });
      const stopped = await timer.textContent();
      await page.waitForTimeout(1500);
      expect(await timer.textContent()).toBe(stopped);
      await visible(page, '服务时长').waitFor();
      await shot(page, 'check-in-kept-check-out.png');

      await page.context().setOffline(false);
      const confirmed = await waitFor(
        async () => {
          const [visit] = (await api.cloudbase.store.find('visits', {
            needId: need._id,
            status: 'confirmed',
          })) as unknown as Visit[];
          return visit;
        },
        'the kept check-out sent',
        20,
      );
      const sent = Date.now();
      await visible(page, /^签退成功 · /).waitFor({ timeout: 1000 });
      const shown = Date.now() - sent;
      await visible(page, '已确认').waitFor({ timeout: 1000 });
      expect(await page.locator('.elapsed-timer').filter({ visible: true }).count()).toBe(0);
      expect(await visible(page, '签退已保存在手机上，等待发送').count()).toBe(0);
      expect(confirmed.checkOut).toMatchObject({ summary: SUMMARY });
      expect(shown).toBeLessThan(1000);
      await shot(page, 'check-in-kept-check-out-sent.png');
    },
    STEP,
  );
});

describe('a check-in kept on the phone', () => {
  it(
    'shows at the top of the home while it waits, and as the visit on the server once sent',
    async () => {
      const need = await insertNeed(api, 'accepted', { title: '断网签到（页面测试）' });
      const page = await signIn(browser, api.cloudbase.origin, EXPERT, at(30));
      await homeCheckIn(page).click();
      await chosen(page).nth(1).waitFor({ timeout: 15_000 });
      await row(page, need.title).click();
      await page.context().setOffline(true);
      await button(page, '签到').click();
      await visible(page, '签到已保存在手机上，等待发送').waitFor({ timeout: 15_000 });
      // Back to the home by the navigation bar's arrow, still without a network.
      await page.locator('.taro-navigation-bar-back').filter({ visible: true }).click();
      const banner = page.locator('.expert-visit-bar--open').filter({ visible: true });
      await banner.waitFor({ timeout: 15_000 });
      await expect(banner.textContent()).resolves.toContain('签到保存在手机上，联网后自动发送');
      await shot(page, 'check-in-home-kept.png');

      await page.context().setOffline(false);
      await banner.filter({ hasText: need.title }).waitFor({ timeout: 15_000 });
      expect((await visitOf(need._id, 'open')).checkIn.proof).toBe('location');
      await finishOpenVisit();
    },
    STEP,
  );
});

describe('an off-site check-in', () => {
  it(
    'asks for a photo on the phone and in the server, and goes through with one',
    async () => {
      const need = await insertNeed(api, 'accepted', { title: '外协厂异地服务（页面测试）' });
      const page = await signIn(browser, api.cloudbase.origin, EXPERT, at(3000));
      await homeCheckIn(page).click();
      await visible(page, /已定位/).waitFor({ timeout: 15_000 });
      // Out of range everywhere: the nearest station, for an off-site visit.
      await chosen(page).nth(1).waitFor({ timeout: 15_000 });
      await expect(chosen(page).first().textContent()).resolves.toBe(
        '中国有色金属学会产业科技服务工作站（华铝新材料）',
      );
      await visible(page, '距您 3.0 公里').waitFor();
      await row(page, need.title).click();
      await button(page, '签到').click();
      await visible(page, /您距工作站约 3\.0 公里，超出签到范围（500 米）/).waitFor({ timeout: 15_000 });
      await fillText(page, '例如：在企业外协厂现场调试设备', '在企业外协厂现场调试挤压设备');
      await button(page, '按异地服务签到').click();
      await visible(page, '异地服务签到须拍摄至少 1 张现场照片，请在「现场照片」中拍照').waitFor();
      expect(await api.cloudbase.store.count('visits', { needId: need._id })).toBe(0);
      await shot(page, 'check-in-off-site-photo.png');

      await page
        .locator('input[capture]')
        .first()
        .setInputFiles({ name: '外协厂.png', mimeType: 'image/png', buffer: PNG });
      await visible(page, '已上传').waitFor({ timeout: 15_000 });
      await button(page, '按异地服务签到').click();
      await visible(page, /^签到成功 · /).waitFor({ timeout: 15_000 });
      await visible(page, /异地服务签退后须经站长审核认可才计入记录/).waitFor();
      const open = await visitOf(need._id, 'open');
      expect(open.checkIn).toMatchObject({ proof: 'off_site', offSiteReason: '在企业外协厂现场调试挤压设备' });
      expect(open.checkIn.photos).toHaveLength(1);
      await finishOpenVisit();
    },
    STEP,
  );
});
