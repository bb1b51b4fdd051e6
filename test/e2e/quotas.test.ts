import type { Browser, Page } from 'playwright-core';
import type { Need, QuotaCounter, Station, UserProfile, Visit } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { QUIET_STATION_DAYS } from '../../types/catalogue';
import { DEMO_USERS } from '../../local/demo/people';
import { daysSince, formatDate } from '../../src/utils/dates';
import { quotaGapLine } from '../../src/utils/quotaGap';
import { expectOk, requestIds, type LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { button, fillText, settled, shot, signIn, tile, visible } from '../support/phone';
import { ALUMINIUM_LOCATION } from '../support/visits';

/**
 * The quota pages: the city admin's dashboard (status counts, a level filter, a station's
 * drill-down with its head and latest visit, and the Excel export), the rebuild with its
 * progress, the station head's 年度任务进度 (what is still needed, and the way to the needs to
 * accept), and the head taking back a confirmation, which the counts follow at once.
 */

const STEP = 120_000;
const CITY = '市科协管理员 · 王敏';
const SOCIETY = '学会管理员 · 李建国';
const HEAD = '站长 · 张伟';
const ALUMINIUM_NAME = '中国有色金属学会产业科技服务工作站（华铝新材料）';
const SEED = 'st-seed';
const SEED_NAME = '贵州省农学会产业科技服务站（开阳县南江乡）';

let api: LocalApi;
let browser: Browser;
const rid = requestIds('e2e-quotas');

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const year = () => calendarMoment(new Date()).year;
const counter = async () =>
  (await api.cloudbase.store.find('quotaCounters', { _id: `${ALUMINIUM}:${year()}` }))[0] as unknown as QuotaCounter;

/** The station's head and latest confirmed visit, as the database has them. */
async function contactOf(stationId: string): Promise<{ head: UserProfile; last: Visit | undefined }> {
  const [station] = (await api.cloudbase.store.find('stations', { _id: stationId })) as unknown as Station[];
  const [head] = (await api.cloudbase.store.find('users', { _id: station.headOpenid })) as unknown as UserProfile[];
  const confirmed = (await api.cloudbase.store.find('visits', {
    stationId,
    status: 'confirmed',
  })) as unknown as Visit[];
  const [last] = confirmed.sort((a, b) => b.checkIn.at.localeCompare(a.checkIn.at));
  return { head, last };
}

/** The drill-down's 站长与近况 says what the database says, and marks a station quiet for long. */
async function expectContact(page: Page, stationId: string): Promise<Visit | undefined> {
  const { head, last } = await contactOf(stationId);
  const contact = page.locator('.quota-station__contact').filter({ visible: true });
  await contact.waitFor({ timeout: 15_000 });
  await expect(contact.locator('.person-card__name').textContent()).resolves.toBe(head.name);
  await expect(contact.locator('.person-card__mobile').textContent()).resolves.toBe(head.mobile);
  await expect(contact.locator('.quota-station__last-value').textContent()).resolves.toBe(
    last ? `${formatDate(last.checkIn.at)} · ${last.expertName}` : '暂无服务记录',
  );
  const quiet = last !== undefined && daysSince(last.checkIn.at) > QUIET_STATION_DAYS;
  await expect(contact.locator('.quota-station__last--quiet').count()).resolves.toBe(quiet ? 1 : 0);
  if (quiet)
    await expect(contact.textContent()).resolves.toContain(`已 ${daysSince(last.checkIn.at)} 天没有专家到站服务`);
  return last;
}

describe('the quota pages', () => {
  it(
    'show the city admin every station by status, narrow to a level, open a station and export to Excel',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await tile(page, '任务完成情况').click();
      const counts = page.locator('.status-distribution__count').filter({ visible: true });
      await counts.first().waitFor({ timeout: 15_000 });
      const shown = (await counts.allTextContents()).map(Number);
      const stations = await api.cloudbase.store.find('stations', {});
      expect(shown.reduce((sum, n) => sum + n, 0)).toBe(stations.filter((s) => s.status !== 'revoked').length);
      await shot(page, 'quota-dashboard.png');

      await page.locator('.choice-chips__chip').filter({ hasText: '国家级工作站', visible: true }).first().click();
      const national = stations.filter((s) => s.level === 'national' && s.status !== 'revoked').length;
      await visible(page, `共 ${national} 个工作站`).waitFor({ timeout: 15_000 });

      // The browser build opens the file in a new tab; the URL it is given is what a person downloads.
      await page.evaluate(() => {
        const opened: string[] = [];
        Object.assign(window, { openedUrls: opened });
        window.open = (url?: string | URL) => {
          opened.push(String(url));
          return null;
        };
      });
      await button(page, '导出 Excel').click();
      const url = await page.waitForFunction(
        () => (window as unknown as { openedUrls: string[] }).openedUrls[0],
        null,
        {
          timeout: 15_000,
        },
      );
      await visible(
        page,
        new RegExp(`已生成「${year()}年度任务完成情况-国家级-\\d{4}-\\d{2}-\\d{2}\\.xlsx」`),
      ).waitFor();
      await shot(page, 'quota-export-ready.png');
      const file = await fetch(String(await url.jsonValue()));
      expect(file.status).toBe(200);
      const bytes = Buffer.from(await file.arrayBuffer());
      // An .xlsx is a zip: it starts with PK.
      expect(bytes.subarray(0, 2).toString()).toBe('PK');

      await page.locator('.quota-row__name').filter({ hasText: ALUMINIUM_NAME, visible: true }).first().click();
      await visible(page, `${year()} 年完成进度`).waitFor({ timeout: 15_000 });
      await visible(page, '近期服务记录').waitFor();
      await visible(page, '已受理、尚未服务的需求').waitFor();
      await expectContact(page, ALUMINIUM);
      await shot(page, 'quota-station.png');
    },
    STEP,
  );

  it(
    "show the city admin, on a station's drill-down, that nobody has served there for months",
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await tile(page, '任务完成情况').click();
      await page.locator('.quota-row__name').filter({ hasText: SEED_NAME, visible: true }).first().click();
      await visible(page, `${year()} 年完成进度`).waitFor({ timeout: 15_000 });
      await settled(page);
      const last = await expectContact(page, SEED);
      // The demo's seed station was last served in April (or earlier in the year's first months).
      expect(last && daysSince(last.checkIn.at)).toBeGreaterThan(QUIET_STATION_DAYS);
      await shot(page, 'quota-station-quiet.png');
    },
    STEP,
  );

  it(
    'show the station head what the station still needs, and take them to the needs waiting to be accepted',
    async () => {
      const progress = expectOk(await api.call(DEMO_USERS.stationHead, 'quotas.progress', { stationId: ALUMINIUM }));
      const waiting = (await api.cloudbase.store.find('needs', {
        stationId: ALUMINIUM,
        status: 'submitted',
      })) as unknown as Need[];
      expect(waiting.length).toBeGreaterThan(0);

      const page = await signIn(browser, api.cloudbase.origin, HEAD);
      await tile(page, '年度任务进度').click();
      const line = page.locator('.quota-gap__line').filter({ visible: true }).first();
      await line.waitFor({ timeout: 15_000 });
      await expect(line.textContent()).resolves.toBe(quotaGapLine(progress));
      const accept = button(page, `受理待办需求（${waiting.length}）`);
      await accept.waitFor();
      await settled(page);
      await shot(page, 'quota-overview-head.png');

      await accept.click();
      await visible(page, `共 ${waiting.length} 条`).waitFor({ timeout: 15_000 });
      await expect(
        page.locator('.choice-chips__chip--on').filter({ visible: true }).first().textContent(),
      ).resolves.toBe('待受理');
      for (const need of waiting) await visible(page, need.title).waitFor();
    },
    STEP,
  );

  it(
    'show a society admin their own stations only',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await tile(page, '任务完成情况').click();
      await page.locator('.quota-row__name').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
      const societies = await page.locator('.quota-row__meta').filter({ visible: true }).allTextContents();
      expect(societies.length).toBeGreaterThan(0);
      for (const line of societies) expect(line).toContain('中国有色金属学会');
    },
    STEP,
  );

  it(
    'let the city admin recount the year and see that every station agrees',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await tile(page, '重新核算统计').click();
      await button(page, '开始核算').click();
      await visible(page, '核算完成').waitFor({ timeout: 30_000 });
      await visible(page, /完全一致/).waitFor();
      const total = await api.cloudbase.store.count('stations', {});
      await visible(page, `已核对 ${total} / ${total} 个工作站`).waitFor();
      await shot(page, 'quota-rebuild.png');
    },
    STEP,
  );

  it(
    'let the station head revoke a confirmed visit, which stops counting at once',
    async () => {
      const need = await insertNeed(api, 'accepted', { title: '撤销演示服务（页面测试）' });
      const input = {
        stationId: ALUMINIUM,
        needId: need._id,
        serviceType: 'consulting' as const,
        at: new Date().toISOString(),
        location: ALUMINIUM_LOCATION,
        accuracyM: 20,
        photos: [],
      };
      const visit = expectOk(await api.call('demo-expert', 'visits.checkIn', input, rid()));
      const report = { summary: '检查熔铸车间 2 号炉，调整除气工艺参数。', outcomes: '', photos: [], attachments: [] };
      const at = new Date().toISOString();
      expectOk(await api.call('demo-expert', 'visits.checkOut', { visitId: visit.id, at, ...report }, rid()));
      const before = await counter();

      const page = await signIn(browser, api.cloudbase.origin, HEAD);
      await page.goto(`${api.cloudbase.origin}/packages/visits/pages/detail/index?visitId=${visit.id}`);
      await button(page, '撤销认可').click();
      await fillText(page, '专家会收到这条理由', '经核实当天并未到站服务');
      await button(page, '确认撤销').click();
      await visible(page, '这次服务已不计入年度统计。').waitFor({ timeout: 15_000 });
      await shot(page, 'visit-revoked.png');

      const [stored] = (await api.cloudbase.store.find('visits', { _id: visit.id })) as unknown as Visit[];
      expect(stored).toMatchObject({ status: 'revoked', revocation: { reason: '经核实当天并未到站服务' } });
      const after = await counter();
      expect(after.visits).toBe(before.visits - 1);
      expect(after.needsServed).toBe(before.needsServed - 1);
    },
    STEP,
  );
});
