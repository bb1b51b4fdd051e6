import type { Browser } from 'playwright-core';
import type { Station, StationChange } from '../../types/domain';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, fillText, settled, shot, signIn, visible } from '../support/phone';

/**
 * 共同条款第 2 条 through the pages: the society admin moves the host's address and the station's
 * location, which turns the save into a change request with a reason; the city admin approves
 * it on the station's page; the station in the database has changed.
 */

const STEP = 120_000;
const CITY = '市科协管理员 · 王敏';
const SOCIETY = '学会管理员 · 李建国';
const STATION = 'st-aluminium';
const NEW_ADDRESS = '贵阳市白云区沙文园区创新路 8 号';
const REASON = '华铝新材料整体搬迁至沙文园区新厂区，工作站随之迁址';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const stored = async () => ((await api.cloudbase.store.find('stations', { _id: STATION })) as unknown as Station[])[0];
const requests = async () =>
  (await api.cloudbase.store.find('stationChanges', { stationId: STATION })) as unknown as StationChange[];

describe('changing a recognised station', () => {
  it(
    'turns the society admin’s move of the host into a change request, with a reason',
    async () => {
      const before = await stored();
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await page.goto(`${api.cloudbase.origin}/packages/station/pages/detail/index?stationId=${STATION}`);
      await visible(page, /暂无变更申请/).waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'station-change-none.png');
      await visible(page, '编辑工作站信息').click();

      await visible(page, '部分信息的变更须经市科协批准').waitFor({ timeout: 15_000 });
      await settled(page);
      await button(page, '保存修改').waitFor();
      await fill(page, '单位地址', NEW_ADDRESS);
      await fill(page, '如 26.647', '26.7841');
      await fill(page, '如 106.630', '106.6902');
      await visible(page, '申请变更：需求单位、签到位置').waitFor();
      await button(page, '提交变更申请').click();
      // The reason is required: said at its field, nothing sent.
      await visible(page, '请填写变更理由').waitFor();
      await shot(page, 'station-change-request.png');
      expect(await requests()).toHaveLength(0);

      await fillText(page, '说明变更的内容和理由，市科协据此审定', REASON);
      await button(page, '提交变更申请').click();

      await visible(page, '待市科协审定').waitFor({ timeout: 15_000 });
      await visible(page, `→ 北纬 26.7841，东经 106.6902`).waitFor();
      await shot(page, 'station-change-pending.png');
      const [request] = await requests();
      expect(request).toMatchObject({
        status: 'pending',
        reason: REASON,
        changes: {
          demandUnit: { ...before.demandUnit, address: NEW_ADDRESS },
          location: { latitude: 26.7841, longitude: 106.6902 },
        },
        before: { demandUnit: before.demandUnit, location: before.location },
      });
      // Nothing changes until the city approves.
      expect(await stored()).toEqual({ ...before, pendingChangeId: request._id });
    },
    STEP,
  );

  it(
    'lets the city admin approve it on the station’s page, and the station changes',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await page.goto(`${api.cloudbase.origin}/packages/station/pages/detail/index?stationId=${STATION}`);
      await visible(page, `理由：${REASON}`).waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'station-change-decide.png');

      await button(page, '批准').click();
      await visible(page, /将立即按申请变更/).waitFor();
      await page.locator('.taro-modal__foot').getByText('批准', { exact: true }).click();

      await visible(page, '已审定').waitFor({ timeout: 15_000 });
      await visible(page, NEW_ADDRESS).waitFor();
      await shot(page, 'station-change-approved.png');
      expect(await stored()).toMatchObject({
        demandUnit: { address: NEW_ADDRESS },
        location: { latitude: 26.7841, longitude: 106.6902 },
        pendingChangeId: '',
      });
      expect(await requests()).toEqual([expect.objectContaining({ status: 'approved' })]);
    },
    STEP,
  );
});
