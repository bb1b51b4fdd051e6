import type { Browser } from 'playwright-core';
import type { AuditEntry, Station } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, settled, shot, signIn, tile, visible } from '../support/phone';

/**
 * 操作记录 through the pages: the city admin edits a station and reads the entry, with the name and
 * address before and after, from the station's page and from the home; the society admin reads
 * their own society's entries (not another's), and a person's from the roster.
 */

const STEP = 120_000;
const CITY = '市科协管理员 · 王敏';
const SOCIETY = '学会管理员 · 李建国';
const STATION = 'st-electronics';
const NEW_NAME = '贵阳市电子学会产业科技服务站（职教城实训基地）';
const NEW_ADDRESS = '贵阳市清镇市职教城东区 3 号';

let api: LocalApi;
let browser: Browser;

/** One entry of each society, dated last year: only the city sees both. */
const seeded = (id: string, societyId: string, stationId: string, detail: string): AuditEntry => ({
  _id: id,
  at: '2025-06-01T02:00:00.000Z',
  actor: DEMO_USERS.cityAdmin,
  action: 'station.suspend',
  role: 'city_admin',
  societyId,
  stationId,
  detail,
  before: { stationStatus: 'operating' },
  after: { stationStatus: 'suspended' },
});

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  // The form asks for two full years (the end on the anniversary); the demo's ends the day before.
  const station = await stored();
  await api.cloudbase.store.removeMany('stations', [STATION]);
  await api.cloudbase.store.insertMany('stations', [{ ...station, cooperationEnd: '2027-09-01' }]);
  await api.cloudbase.store.insertMany('audit', [
    seeded('e2e-audit-own', 'soc-nonferrous', 'st-aluminium', '安全检查整改（本学会）'),
    seeded('e2e-audit-other', 'soc-electronics', STATION, '安全检查整改（其他学会）'),
    {
      _id: 'e2e-audit-head',
      at: '2025-07-01T02:00:00.000Z',
      actor: DEMO_USERS.stationHead,
      action: 'visit.revoke',
      role: 'station_head',
      societyId: 'soc-nonferrous',
      stationId: 'st-aluminium',
      subject: 'visit-e2e',
      detail: '服务时间填错，撤销后重新补录',
      before: { visitStatus: 'confirmed' },
      after: { visitStatus: 'revoked' },
    },
  ]);
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const stored = async () => ((await api.cloudbase.store.find('stations', { _id: STATION })) as unknown as Station[])[0];

describe('the audit trail', () => {
  it(
    'shows the city admin the station they just edited, each field before → after, and exports it',
    async () => {
      const before = await stored();
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await page.goto(`${api.cloudbase.origin}/packages/station/pages/detail/index?stationId=${STATION}`);
      await visible(page, '编辑工作站信息').click();
      await button(page, '保存修改').waitFor({ timeout: 15_000 });
      await settled(page);
      await fill(page, '工作站全称', NEW_NAME);
      await fill(page, '单位地址', NEW_ADDRESS);
      await button(page, '保存修改').click();
      await visible(page, NEW_NAME).waitFor({ timeout: 15_000 });
      expect(await stored()).toMatchObject({ name: NEW_NAME, demandUnit: { address: NEW_ADDRESS } });

      await visible(page, '操作记录').click();
      await visible(page, '修改工作站信息').waitFor({ timeout: 15_000 });
      await settled(page);
      const entry = page.locator('.audit-entry').filter({ hasText: '修改工作站信息' }).first();
      await entry.getByText(before.name, { exact: true }).waitFor();
      await entry.getByText(NEW_NAME, { exact: true }).waitFor();
      await entry.getByText(before.demandUnit.address, { exact: true }).waitFor();
      await entry.getByText(NEW_ADDRESS, { exact: true }).waitFor();
      await entry.getByText('王敏（市科协管理员）').waitFor();
      await visible(page, '安全检查整改（其他学会）').waitFor();
      await shot(page, 'audit-station-city.png');

      const exported = page.waitForResponse(
        (response) =>
          response.url().endsWith('/__local/functions/api') &&
          (response.request().postDataJSON() as { action: string }).action === 'audit.export',
      );
      await button(page, '导出 Excel').click();
      const answer = (await (await exported).json()) as { ok: boolean; data: { name: string } };
      expect(answer).toMatchObject({ ok: true, data: { name: expect.stringMatching(/^操作记录-.*\.xlsx$/) } });

      // City-wide from the home, narrowed to one action.
      await page.goto(`${api.cloudbase.origin}/`);
      await tile(page, '操作记录').click();
      await visible(page, '全市').waitFor({ timeout: 15_000 });
      await visible(page, '安全检查整改（本学会）').waitFor({ timeout: 15_000 });
      await visible(page, '安全检查整改（其他学会）').waitFor();
      await settled(page);
      await shot(page, 'audit-city.png');
    },
    STEP,
  );

  it(
    'shows the society admin their own society’s entries only, and a person’s from the roster',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await tile(page, '操作记录').click();
      await visible(page, '本学会各工作站').waitFor({ timeout: 15_000 });
      await visible(page, '安全检查整改（本学会）').waitFor({ timeout: 15_000 });
      await settled(page);
      await visible(page, /已显示全部/).waitFor();
      expect(await page.getByText('安全检查整改（其他学会）').count()).toBe(0);
      expect(await page.getByText(NEW_NAME).count()).toBe(0);
      await shot(page, 'audit-society.png');

      // A person's entries, from the roster of a station of the society.
      await page.goto(`${api.cloudbase.origin}/packages/station/pages/detail/index?stationId=st-aluminium`);
      await visible(page, '人员名单').click();
      await visible(page, '在册').waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'audit-roster-links.png');
      await page
        .locator('.roster-group__member')
        .filter({ hasText: '张伟' })
        .first()
        .locator('taro-button-core')
        .filter({ hasText: '操作记录' })
        .click();
      await visible(page, '张伟的操作').waitFor({ timeout: 15_000 });
      await visible(page, '服务时间填错，撤销后重新补录').waitFor({ timeout: 15_000 });
      await settled(page);
      await visible(page, '张伟（站长）').waitFor();
      await shot(page, 'audit-person.png');
    },
    STEP,
  );
});
