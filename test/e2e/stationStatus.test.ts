import type { Browser, Page } from 'playwright-core';
import type { Station, StationClosure } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import type { LocalApi } from '../support/localApi';
import { PNG } from '../support/images';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fillText, settled, shot, signIn, tile, visible } from '../support/phone';
import { insertStatusStation } from '../support/stationStatus';

/**
 * §四(三)4–5 through the pages: the society asks in writing to withdraw a station, with its
 * request attached, and the city approves it on the station's page; the city suspends the
 * aluminium station, which the dashboard shows, and lifts the suspension; the city revokes one.
 */

const STEP = 120_000;
const CITY = '市科协管理员 · 王敏';
const SOCIETY = '学会管理员 · 李建国';
const ALUMINIUM = 'st-aluminium';
const CLOSURE_REASON = '需求单位整体停产，工作站无法继续运行';

let api: LocalApi;
let browser: Browser;
let closing: Station;
let revoking: Station;
let ending: Station;
/** Thirty days from today in Guiyang. */
const inThirtyDays = calendarMoment(new Date(Date.now() + 30 * 86_400_000)).date;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  closing = await insertStatusStation(api, { name: '中国有色金属学会产业科技服务工作站（停产企业）' });
  revoking = await insertStatusStation(api, { name: '中国有色金属学会产业科技服务工作站（虚假材料）' });
  ending = await insertStatusStation(api, {
    name: '中国有色金属学会产业科技服务工作站（协议将到期）',
    cooperationStart: '2023-01-01',
    cooperationEnd: inThirtyDays,
  });
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const stored = async (id: string) =>
  ((await api.cloudbase.store.find('stations', { _id: id })) as unknown as Station[])[0];
const closures = async (stationId: string) =>
  (await api.cloudbase.store.find('stationClosures', { stationId })) as unknown as StationClosure[];
const detailUrl = (stationId: string) =>
  `${api.cloudbase.origin}/packages/station/pages/detail/index?stationId=${stationId}`;

/** The station's page, loaded. */
async function openStation(page: Page, stationId: string, ready: string | RegExp): Promise<void> {
  await page.goto(detailUrl(stationId));
  await visible(page, ready).waitFor({ timeout: 15_000 });
  await settled(page);
}

async function attachPaper(page: Page, name: string): Promise<void> {
  // The H5 build picks files with a plain file input, as a browser does.
  await page.locator('input[type="file"]').first().setInputFiles({ name, mimeType: 'image/png', buffer: PNG });
  await visible(page, /已上传/).waitFor({ timeout: 15_000 });
}

/** A choice chip by its exact label. */
function chip(page: Page, label: string) {
  return page
    .locator('.choice-chips__chip')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .filter({ visible: true });
}

describe('a closure at the society’s written request', () => {
  it(
    'is asked by the society admin with the written request attached',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await openStation(page, closing._id, '申请合并、重组或撤销');
      await tile(page, '申请合并、重组或撤销').click();
      await button(page, '提交申请').waitFor({ timeout: 15_000 });
      await settled(page);
      await button(page, '提交申请').click();
      // Every missing field is said at once, and nothing is sent.
      await visible(page, '请选择申请类型').waitFor();
      await visible(page, '请上传学会的书面申请，至少一个文件').waitFor();
      expect(await closures(closing._id)).toHaveLength(0);

      await chip(page, '撤销').click();
      await fillText(page, '如：需求单位停产，工作站无法继续运行', CLOSURE_REASON);
      await attachPaper(page, '书面申请.png');
      await shot(page, 'station-closure-request.png');
      await button(page, '提交申请').click();

      await openStation(page, closing._id, '待市科协审定');
      await visible(page, `理由：${CLOSURE_REASON}`).waitFor();
      await shot(page, 'station-closure-pending.png');
      const [closure] = await closures(closing._id);
      expect(closure).toMatchObject({
        status: 'pending',
        kind: 'withdraw',
        reason: CLOSURE_REASON,
        attachments: [expect.objectContaining({ name: '书面申请.png', kind: 'image' })],
      });
      expect(await stored(closing._id)).toMatchObject({ status: 'operating', pendingClosureId: closure._id });
    },
    STEP,
  );

  it(
    'is approved by the city admin on its document number, and the station closes',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await openStation(page, closing._id, `理由：${CLOSURE_REASON}`);
      await page.locator('.attachment-list__thumb').filter({ visible: true }).first().waitFor();
      await button(page, '批准').click();
      await fillText(page, '如：筑科协发〔2026〕40 号', '筑科协发〔2026〕40 号');
      await shot(page, 'station-closure-decide.png');
      await button(page, '确认批准').click();

      await visible(page, '本站已撤并').waitFor({ timeout: 15_000 });
      await visible(page, /于 .* 批准撤销/).waitFor();
      await visible(page, '已批准，工作站已撤并').waitFor({ state: 'hidden' });
      await shot(page, 'station-closure-approved.png');
      expect(await stored(closing._id)).toMatchObject({ status: 'closed', pendingClosureId: '' });
      expect(await closures(closing._id)).toEqual([
        expect.objectContaining({ status: 'approved', documentNumber: '筑科协发〔2026〕40 号' }),
      ]);
    },
    STEP,
  );
});

describe('suspension by the city', () => {
  it(
    'suspends the station with a reason, shows it on the page and the dashboard, and lifts it',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await openStation(page, ALUMINIUM, '暂停运行');
      await tile(page, '暂停运行').click();
      await button(page, '确认暂停运行').waitFor({ timeout: 15_000 });
      await settled(page);
      await fillText(page, '如：发生安全事故，整改期间暂停运行', '熔铸车间发生安全事故，整改期间暂停运行');
      await shot(page, 'station-suspend.png');
      await button(page, '确认暂停运行').click();

      await visible(page, '本站已暂停').waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'station-suspended.png');
      expect(await stored(ALUMINIUM)).toMatchObject({ status: 'suspended' });

      await page.goto(`${api.cloudbase.origin}/packages/quotas/pages/dashboard/index`);
      await page.locator('.quota-row').filter({ hasText: '华铝' }).getByText('已暂停').waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'station-suspended-dashboard.png');

      await openStation(page, ALUMINIUM, '恢复运行');
      await tile(page, '恢复运行').click();
      await button(page, '确认恢复运行').waitFor({ timeout: 15_000 });
      await settled(page);
      await fillText(page, '如：整改完成，经复查恢复运行', '整改完成，经市科协复查恢复运行');
      await button(page, '确认恢复运行').click();

      await visible(page, '暂停运行').waitFor({ timeout: 15_000 });
      await visible(page, /于 .* 恢复运行/).waitFor();
      await settled(page);
      await shot(page, 'station-resumed.png');
      const after = await stored(ALUMINIUM);
      expect(after.status).toBe('operating');
      expect(after.statusHistory?.map((entry) => entry.status)).toEqual(['suspended', 'operating']);
    },
    STEP,
  );
});

describe('revocation by the city', () => {
  it(
    'revokes a station for one of the seed’s reasons, on a document, with the decision attached',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await openStation(page, revoking._id, '撤销工作站');
      await tile(page, '撤销工作站').click();
      await button(page, '确认撤销工作站').waitFor({ timeout: 15_000 });
      await settled(page);
      await chip(page, '申报过程中隐瞒真实情况、提供虚假材料').click();
      await fillText(page, '写明核实的事实，如：申报材料中的合作协议经核查为伪造', '申报材料中的合作协议经核查为伪造');
      await page
        .locator('input[placeholder="如：筑科协发〔2026〕31 号"]')
        .filter({ visible: true })
        .first()
        .fill('筑科协发〔2026〕31 号');
      await attachPaper(page, '撤销决定.png');
      await shot(page, 'station-revoke.png');
      await button(page, '确认撤销工作站').click();
      await visible(page, /不能恢复，确定撤销吗/).waitFor();
      await page.locator('.taro-modal__foot').getByText('确定撤销', { exact: true }).click();

      await visible(page, '本站已撤销').waitFor({ timeout: 15_000 });
      await visible(page, '撤销原因：申报过程中隐瞒真实情况、提供虚假材料').waitFor();
      await settled(page);
      await shot(page, 'station-revoked.png');
      expect(await stored(revoking._id)).toMatchObject({
        status: 'revoked',
        statusHistory: [
          expect.objectContaining({ revocationReason: 'false_materials', documentNumber: '筑科协发〔2026〕31 号' }),
        ],
      });
    },
    STEP,
  );
});

describe('the agreement’s end', () => {
  it(
    'is announced on the station’s page 60 days ahead, with the way to renew it',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await openStation(page, ending._id, '合作协议还有 30 天到期');
      await visible(page, `合作协议将于 ${inThirtyDays} 到期`).waitFor();
      await shot(page, 'station-agreement-ending.png');
      await visible(page, '提交变更申请续签').click();
      await visible(page, '部分信息的变更须经市科协批准').waitFor({ timeout: 15_000 });
    },
    STEP,
  );
});
