import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { Need } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { H5_DIR } from '../../scripts/h5-build';
import { launchBrowser } from '../support/browser';
import { startLocalApi, type LocalApi } from '../support/localApi';
import { button, fill, fillText, SHOTS, shot, signIn, visible } from '../support/phone';

/**
 * Technical needs through the pages: the demand unit submits with a photo, the station head
 * accepts one and assigns an expert (who is told), declines another with a reason; the unit
 * withdraws a third and files its yearly evaluation; the expert finds the need among its tasks.
 * Each step is checked on the page and in the database.
 */

const STEP = 90_000;
const UNIT = '需求单位 · 刘洋';
const HEAD = '站长 · 张伟';
const EXPERT = '专家 · 陈静';
const STATION = 'st-aluminium';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  api = await startLocalApi({ staticDir: H5_DIR, users: DEMO_SIGN_IN });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const needTitled = async (title: string) =>
  (await api.cloudbase.store.find('needs', { title }))[0] as unknown as Need | undefined;

async function waitForNeed(title: string, check: (need: Need) => boolean): Promise<Need> {
  for (let i = 0; i < 50; i++) {
    const need = await needTitled(title);
    if (need && check(need)) return need;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`need ${title} did not reach the expected state`);
}

/** From the unit's home to a filled need form; attaches a photo when asked. */
async function submitNeed(page: Page, title: string, withPhoto = false): Promise<void> {
  await visible(page, '我的需求').click();
  await button(page, '＋ 提交需求').click();
  await fill(page, '如：铸锭气孔率偏高', title);
  await fillText(
    page,
    '请描述现状和遇到的技术问题',
    '熔铸车间铝液含氢量偏高，铸锭气孔率超标，已调整过精炼温度仍无改善。',
  );
  await fillText(page, '希望解决到什么程度，如：气孔率降到 0.5% 以下', '气孔率降到 0.5% 以下');
  await visible(page, '技术攻关').click();
  await visible(page, '较急').click();
  if (withPhoto) {
    const chooser = page.waitForEvent('filechooser');
    await button(page, '＋ 添加图片').click();
    await (await chooser).setFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await visible(page, /已上传/).waitFor({ timeout: 15_000 });
  }
}

/** Back to the home page, as reopening the mini-program does. */
async function openHome(page: Page): Promise<void> {
  await page.goto(`${api.cloudbase.origin}/`);
  await visible(page, '科创中国 · 贵阳学会产业科技服务工作站').waitFor();
}

async function openNeed(page: Page, title: string): Promise<void> {
  await page.locator('.need-card').filter({ hasText: title }).filter({ visible: true }).first().click();
  await visible(page, '处理进度').waitFor();
}

describe('technical needs through the H5 pages', () => {
  const accepted = '熔铸气孔问题诊断（页面测试）';
  const declined = '厂区绿化方案（页面测试）';
  const withdrawn = '叉车采购咨询（页面测试）';

  it(
    'lets the unit submit a need with a photo',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      await submitNeed(page, accepted, true);
      await shot(page, 'needs-submit.png');
      await button(page, '提交需求').click();
      await visible(page, '处理进度').waitFor({ timeout: 15_000 });
      await visible(page, '待受理').waitFor();
      await shot(page, 'needs-detail-submitted.png');
      const need = await waitForNeed(accepted, (n) => n.status === 'submitted');
      expect(need).toMatchObject({
        stationId: STATION,
        urgency: 'urgent',
        serviceType: 'joint_tackling',
        onBehalf: false,
      });
      expect(need.attachments).toEqual([
        expect.objectContaining({
          kind: 'image',
          name: '现场照片.png',
          fileId: expect.stringContaining('needs/demo-demand-unit/'),
        }),
      ]);
      for (const title of [declined, withdrawn]) {
        await openHome(page);
        await submitNeed(page, title);
        await button(page, '提交需求').click();
        await visible(page, '处理进度').waitFor({ timeout: 15_000 });
      }
      await page.context().close();
    },
    STEP,
  );

  it(
    'lets the station head accept one, assigning the expert, and decline another with a reason',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, HEAD);
      await visible(page, '需求受理').click();
      await visible(page, accepted).waitFor();
      await shot(page, 'needs-list-head.png');
      await openNeed(page, accepted);
      const mark = api.cloudbase.openApiCalls().length;
      await button(page, '受理并指派专家').click();
      await visible(page, '陈静（省外）').click();
      await shot(page, 'needs-accept.png');
      await button(page, '受理并指派 1 位专家').click();
      await visible(page, '已受理').waitFor({ timeout: 15_000 });
      await visible(page, '指派专家（1）').waitFor();
      const need = await waitForNeed(accepted, (n) => n.status === 'accepted');
      expect(need.assignedExperts).toEqual(['demo-expert']);
      const sent = api.cloudbase
        .openApiCalls()
        .slice(mark)
        .filter((call) => call.api === 'subscribeMessage.send')
        .map((call) => call.data.touser);
      expect(sent.sort()).toEqual(['demo-demand-unit', 'demo-expert']);
      await shot(page, 'needs-detail-accepted.png');

      await openHome(page);
      await visible(page, '需求受理').click();
      await openNeed(page, declined);
      await button(page, '不予受理').click();
      await fillText(page, '请说明原因，需求单位会看到', '绿化不属于本站铝加工技术服务范围');
      await button(page, '确认不予受理').click();
      await visible(page, '未受理').waitFor({ timeout: 15_000 });
      expect((await waitForNeed(declined, (n) => n.status === 'declined')).history.at(-1)).toMatchObject({
        kind: 'declined',
        reason: '绿化不属于本站铝加工技术服务范围',
      });
      await page.context().close();
    },
    STEP,
  );

  it(
    'shows the unit the reason, lets it withdraw a need and file its yearly evaluation',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      await visible(page, '我的需求').click();
      await openNeed(page, declined);
      await visible(page, '说明：绿化不属于本站铝加工技术服务范围').waitFor();
      await shot(page, 'needs-detail-declined.png');
      await openHome(page);
      await visible(page, '我的需求').click();
      await openNeed(page, withdrawn);
      await button(page, '撤回需求').click();
      await page.locator('.taro-modal__foot').getByText('确定').click();
      await visible(page, '已撤回').waitFor({ timeout: 15_000 });
      await waitForNeed(withdrawn, (n) => n.status === 'withdrawn');

      await openHome(page);
      await visible(page, '年度评价').click();
      const year = calendarMoment(new Date()).year;
      await visible(page, `填写 ${year} 年度评价`).waitFor();
      await page.locator('.star-rating__star').filter({ visible: true }).nth(3).click();
      await fillText(
        page,
        '工作站和专家这一年的服务成效、不足与建议',
        '专家响应及时，解决了熔铸气孔问题，希望继续合作。',
      );
      await shot(page, 'needs-evaluation-form.png');
      await button(page, '提交年度评价').click();
      await page
        .getByText(`填写 ${year} 年度评价`)
        .filter({ visible: true })
        .waitFor({ state: 'hidden', timeout: 15_000 });
      await visible(page, '愿意继续合作').waitFor();
      const [filed] = await api.cloudbase.store.find('evaluations', { _id: `${STATION}:${year}` });
      expect(filed).toMatchObject({ overall: 4, intent: 'continue', submittedBy: 'demo-demand-unit' });
      await shot(page, 'needs-evaluations-unit.png');
      await page.context().close();
    },
    STEP,
  );

  it(
    'shows the head the evaluation and the expert the assigned need',
    async () => {
      const head = await signIn(browser, api.cloudbase.origin, HEAD);
      await visible(head, '需求方评价').click();
      await visible(head, '专家响应及时，解决了熔铸气孔问题，希望继续合作。').waitFor();
      await shot(head, 'needs-evaluations-head.png');
      await head.context().close();

      const expert = await signIn(browser, api.cloudbase.origin, EXPERT);
      await visible(expert, '我的任务').click();
      await visible(expert, accepted).waitFor();
      await shot(expert, 'needs-my-tasks.png');
      await expert.context().close();
    },
    STEP,
  );
});
