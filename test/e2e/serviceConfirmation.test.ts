import type { Browser, Page } from 'playwright-core';
import type { ExportedFile } from '../../types/actions';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, type LocalApi } from '../support/localApi';
import { needInput } from '../support/needs';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, settled, shot, signIn, tile, visible } from '../support/phone';
import { checkOutReport, onSiteCheckIn } from '../support/visits';
import { readWord } from '../support/wordReadBack';

/**
 * The demand unit's 服务确认单 through the pages: a need served by two visits, proposed resolved by
 * the head and confirmed by the unit; the unit finds the confirmation on the need's page, reads it
 * and downloads the Word file to print. The expert who served it sees no such link.
 */

const STEP = 120_000;
const UNIT = '需求单位 · 刘洋';
const EXPERT = '专家 · 陈静';
const TITLE = '挤压模具寿命提升（确认单页面测试）';
const PROPOSAL = '模具寿命由 8 吨提升到 12 吨，已稳定运行两周。';
const HOUR = 3_600_000;
const rid = requestIds('e2e-confirmation');

let api: LocalApi;
let browser: Browser;
let needId = '';

const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

async function serve(openid: string, from: number, to: number): Promise<string> {
  const visit = expectOk(await api.call(openid, 'visits.checkIn', onSiteCheckIn(needId, { at: ago(from) }), rid()));
  expectOk(
    await api.call(
      openid,
      'visits.checkOut',
      { ...checkOutReport(visit.id, ago(to)), summary: '现场检查挤压模具，调整预热温度与润滑方案' },
      rid(),
    ),
  );
  return visit.id;
}

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  const unit = DEMO_USERS.demandUnit;
  needId = expectOk(await api.call(unit, 'needs.create', needInput({ title: TITLE }), rid())).id;
  expectOk(
    await api.call(
      DEMO_USERS.stationHead,
      'needs.accept',
      { needId, expertOpenids: [DEMO_USERS.expert, 'expert-02'] },
      rid(),
    ),
  );
  const first = await serve(DEMO_USERS.expert, 6, 4.5);
  await serve('expert-02', 4, 3);
  expectOk(
    await api.call(
      unit,
      'visits.rate',
      { visitId: first, responsiveness: 5, professionalism: 5, effect: 4, comment: '方案实用' },
      rid(),
    ),
  );
  expectOk(await api.call(DEMO_USERS.stationHead, 'needs.proposeResolution', { needId, note: PROPOSAL }, rid()));
}, 90_000);
afterAll(() => stopPhoneLab({ api, browser }));

async function openNeed(page: Page): Promise<void> {
  await page.locator('.need-card').filter({ hasText: TITLE }).filter({ visible: true }).first().click();
  await visible(page, '处理进度').waitFor();
}

describe('the service confirmation through the H5 pages', () => {
  it(
    'lets the unit confirm the need resolved, open its confirmation and download the Word file',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      await tile(page, '我的需求').click();
      await openNeed(page);
      // Before the unit confirms, there is nothing to print.
      await button(page, '确认已解决').waitFor();
      expect(await page.getByText('服务确认单', { exact: true }).filter({ visible: true }).count()).toBe(0);
      await button(page, '确认已解决').click();
      await button(page, '确认已解决').last().click();
      await button(page, '服务确认单').waitFor({ timeout: 15_000 });
      // Opened afresh, as from the list later on: the page without the step's toast over it.
      await page.reload();
      await button(page, '服务确认单').waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'confirmation-need-detail.png');

      await button(page, '服务确认单').click();
      await visible(page, '技术服务确认单 · 贵州华铝新材料有限公司').waitFor({ timeout: 15_000 });
      await visible(page, '服务记录（2）').waitFor();
      await visible(page, '服务专家（2）').waitFor();
      await visible(page, PROPOSAL).waitFor();
      await visible(page, '周涛').waitFor();
      await visible(page, '北京科技大学 · 研究员').waitFor();
      await visible(page, '服务评分（1 次）').waitFor();
      await visible(page, '方案实用').waitFor();
      await shot(page, 'confirmation-page.png');

      const exported = page.waitForResponse(
        async (response) =>
          response.url().endsWith('/__local/functions/api') &&
          (response.request().postDataJSON() as { action: string }).action === 'reports.serviceConfirmationDocument',
      );
      await button(page, '下载确认单（Word）').click();
      const result = (await (await exported).json()) as { ok: boolean; data: ExportedFile };
      await visible(page, /已生成「.+技术服务确认单.+\.docx」/).waitFor({ timeout: 30_000 });
      await shot(page, 'confirmation-downloaded.png');
      expect(result).toMatchObject({ ok: true, data: { kind: 'docx' } });
      const word = await readWord(Buffer.from(await (await fetch(result.data.url as string)).arrayBuffer()));
      expect(word.lines).toContain('技术服务确认单');
      expect(word.text).toContain(TITLE);
      expect(word.text).toContain(PROPOSAL);
      expect(word.text).toContain('周涛');
      await page.context().close();
    },
    STEP,
  );

  it(
    'shows the expert who served it no confirmation link',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, EXPERT);
      await page.goto(`${api.cloudbase.origin}/packages/needs/pages/detail/index?needId=${needId}`);
      await visible(page, '处理进度').waitFor({ timeout: 15_000 });
      await visible(page, '已解决').waitFor();
      expect(await button(page, '服务确认单').count()).toBe(0);
      await page.goto(`${api.cloudbase.origin}/packages/reports/pages/service-confirmation/index?needId=${needId}`);
      await visible(page, '您没有权限进行此操作').waitFor({ timeout: 15_000 });
      await shot(page, 'confirmation-expert-refused.png');
      await page.context().close();
    },
    STEP,
  );
});
