import type { Browser, Page } from 'playwright-core';
import type { Need } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, fillText, shot, signIn, tile, visible } from '../support/phone';
import { PNG } from '../support/images';

/**
 * Technical needs through the pages: the demand unit submits one with a photo, the station head
 * accepts it and assigns an expert (who is told, as is the unit), declines another with a reason;
 * the unit withdraws a third and files its yearly evaluation, which the head and the society see;
 * the expert finds the need among its tasks. A text the content check rejects is refused and
 * nothing is stored. Each step is checked on the page and in the database.
 */

const STEP = 90_000;
const UNIT = '需求单位 · 刘洋';
const HEAD = '站长 · 张伟';
const EXPERT = '专家 · 陈静';
const SOCIETY_ADMIN = '学会管理员 · 李建国';
const STATION = 'st-aluminium';
const DECLINE_REASON = '绿化不属于本站铝加工技术服务范围';
const WITHDRAW_REASON = '已自行采购，无需咨询';
const EVALUATION_COMMENT = '专家响应及时，解决了熔铸气孔问题，希望继续合作。';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const needsTitled = async (title: string) => (await api.cloudbase.store.find('needs', { title })) as unknown as Need[];

async function waitForNeed(title: string, check: (need: Need) => boolean): Promise<Need> {
  for (let i = 0; i < 50; i++) {
    const [need] = await needsTitled(title);
    if (need && check(need)) return need;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`need ${title} did not reach the expected state`);
}

/** Fills the need form (already open); attaches a photo when asked. */
async function fillNeed(page: Page, title: string, withPhoto = false): Promise<void> {
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
    // The H5 build picks files with a plain file input, as a browser does.
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await visible(page, /已上传/).waitFor({ timeout: 15_000 });
  }
}

/** Lets a success toast fade before a screenshot. */
async function afterToast(page: Page): Promise<void> {
  await page.waitForTimeout(1_800);
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
      const earlier = (await api.cloudbase.store.find('needs', { stationId: STATION })).length;
      await tile(page, '我的需求').click();
      await visible(page, `共 ${earlier} 条`).waitFor();
      await button(page, '＋ 提交需求').click();
      await fillNeed(page, accepted, true);
      await visible(page, /图片 · \d+ KB · 已上传/).waitFor();
      await shot(page, 'needs-submit.png');
      await button(page, '提交需求').click();
      await visible(page, '需求已提交').waitFor({ timeout: 15_000 });
      await button(page, '查看需求详情').click();
      await visible(page, '处理进度').waitFor();
      await visible(page, '待受理').waitFor();
      // The photo came back from storage as a thumbnail.
      await page.locator('.attachment-list__thumb').filter({ visible: true }).first().waitFor();
      await shot(page, 'needs-detail-submitted.png');

      const need = await waitForNeed(accepted, (n) => n.status === 'submitted');
      expect(need).toMatchObject({
        stationId: STATION,
        urgency: 'urgent',
        serviceType: 'joint_tackling',
        industry: 'aluminium',
        onBehalf: false,
        submittedBy: 'demo-demand-unit',
        history: [expect.objectContaining({ kind: 'submitted', by: 'demo-demand-unit', role: 'demand_unit' })],
      });
      expect(need.attachments).toEqual([
        expect.objectContaining({
          kind: 'image',
          name: '现场照片.png',
          size: PNG.length,
          fileId: expect.stringMatching(/^cloud:\/\/[^/]+\/needs\/demo-demand-unit\/\d+-\w+\.png$/),
        }),
      ]);

      // Two more, from the home page's 提交需求 tile.
      for (const title of [declined, withdrawn]) {
        await openHome(page);
        await tile(page, '提交需求').click();
        await fillNeed(page, title);
        await button(page, '提交需求').click();
        await visible(page, '需求已提交').waitFor({ timeout: 15_000 });
        await waitForNeed(title, (n) => n.status === 'submitted');
      }
      await openHome(page);
      await tile(page, '我的需求').click();
      await visible(page, `共 ${earlier + 3} 条`).waitFor();
      await shot(page, 'needs-list-unit.png');
      await page.context().close();
    },
    STEP,
  );

  it(
    'lets the station head accept one, assigning the expert (both told), and decline another with a reason',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, HEAD);
      await tile(page, '需求管理').click();
      await visible(page, accepted).waitFor();
      await button(page, '＋ 代为登记需求').waitFor();
      await shot(page, 'needs-list-head.png');
      await openNeed(page, accepted);
      const mark = api.cloudbase.openApiCalls().length;
      await button(page, '受理并指派专家').click();
      await visible(page, '陈静（省外）').click();
      await shot(page, 'needs-accept.png');
      await button(page, '受理并指派 1 位专家').click();
      await visible(page, '指派专家（1）').waitFor({ timeout: 15_000 });
      await visible(page, '已受理').waitFor();
      const need = await waitForNeed(accepted, (n) => n.status === 'accepted');
      expect(need.assignedExperts).toEqual(['demo-expert']);
      expect(need.history.at(-1)).toMatchObject({ kind: 'accepted', by: 'demo-station-head', role: 'station_head' });
      const sent = api.cloudbase
        .openApiCalls()
        .slice(mark)
        .filter((call) => call.api === 'subscribeMessage.send')
        .map((call) => ({ touser: call.data.touser, template: call.data.template_id }));
      expect(sent).toEqual(
        expect.arrayContaining([
          { touser: 'demo-expert', template: 'demo-template-need-assigned' },
          { touser: 'demo-demand-unit', template: 'demo-template-need-decided' },
        ]),
      );
      expect(sent).toHaveLength(2);
      await afterToast(page);
      await shot(page, 'needs-detail-accepted.png');

      await openHome(page);
      await tile(page, '需求管理').click();
      await openNeed(page, declined);
      await button(page, '不予受理').click();
      await visible(page, '请填写，2–200 个字').waitFor();
      await fillText(page, '请说明原因，需求单位会看到', DECLINE_REASON);
      await shot(page, 'needs-decline.png');
      await button(page, '确认不予受理').click();
      await visible(page, '未受理').waitFor({ timeout: 15_000 });
      const refused = await waitForNeed(declined, (n) => n.status === 'declined');
      expect(refused.history.at(-1)).toMatchObject({ kind: 'declined', reason: DECLINE_REASON, role: 'station_head' });

      // The head may record a need for the unit: the same form, saying so.
      await openHome(page);
      await tile(page, '需求管理').click();
      await button(page, '＋ 代为登记需求').click();
      await visible(page, '您正在代需求单位登记需求，提交后将标注为「站方代为登记」。').waitFor();
      await button(page, '代为登记').waitFor();
      await shot(page, 'needs-submit-on-behalf.png');
      await page.context().close();
    },
    STEP,
  );

  it(
    'shows the unit the reason, lets it withdraw a need and file its yearly evaluation',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      await tile(page, '我的需求').click();
      await openNeed(page, declined);
      await visible(page, `说明：${DECLINE_REASON}`).waitFor();
      await visible(page, /站长 张伟 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();
      await shot(page, 'needs-detail-declined.png');

      await openHome(page);
      await tile(page, '我的需求').click();
      await openNeed(page, withdrawn);
      await button(page, '撤回需求').click();
      await fillText(page, '撤回原因（可不填）', WITHDRAW_REASON);
      await button(page, '确认撤回').click();
      await visible(page, '已撤回').waitFor({ timeout: 15_000 });
      const gone = await waitForNeed(withdrawn, (n) => n.status === 'withdrawn');
      expect(gone.history.at(-1)).toMatchObject({ kind: 'withdrawn', reason: WITHDRAW_REASON });
      await afterToast(page);
      await shot(page, 'needs-detail-withdrawn.png');

      // The station's page links to its needs and to its evaluations for the unit too.
      await openHome(page);
      await page.locator('.station-card').filter({ visible: true }).first().click();
      await visible(page, '需求与服务').waitFor();
      await tile(page, '技术需求').waitFor();
      await tile(page, '需求方评价').waitFor();
      await shot(page, 'needs-station-links-unit.png');

      await openHome(page);
      await tile(page, '年度评价').click();
      const year = calendarMoment(new Date()).year;
      await visible(page, `填写 ${year} 年度评价`).waitFor();
      await shot(page, 'needs-evaluations-before.png');
      await page.locator('.star-rating__star').filter({ visible: true }).nth(3).click();
      await visible(page, '愿意继续合作').click();
      await fillText(page, '工作站和专家这一年的服务成效、不足与建议', EVALUATION_COMMENT);
      await shot(page, 'needs-evaluation-form.png');
      await button(page, '提交年度评价').click();
      await page.locator('.taro-modal__foot').getByText('确定提交').click();
      await page
        .getByText(`填写 ${year} 年度评价`)
        .filter({ visible: true })
        .waitFor({ state: 'hidden', timeout: 15_000 });
      await visible(page, '愿意继续合作').waitFor();
      await visible(page, `${year} 年度`).waitFor();
      const filed = await api.cloudbase.store.find('evaluations', { _id: `${STATION}:${year}` });
      expect(filed).toEqual([
        expect.objectContaining({
          _id: `${STATION}:${year}`,
          year,
          overall: 4,
          intent: 'continue',
          comment: EVALUATION_COMMENT,
          submittedBy: 'demo-demand-unit',
        }),
      ]);
      await afterToast(page);
      await shot(page, 'needs-evaluations-unit.png');
      await page.context().close();
    },
    STEP,
  );

  it(
    'shows the head and the society the evaluation, and the expert the assigned need',
    async () => {
      const head = await signIn(browser, api.cloudbase.origin, HEAD);
      await tile(head, '需求方评价').click();
      await visible(head, EVALUATION_COMMENT).waitFor();
      const overall = (await api.cloudbase.store.find('evaluations', { stationId: STATION })).map((e) =>
        Number(e.overall),
      );
      const mean = Math.round((overall.reduce((sum, value) => sum + value, 0) / overall.length) * 10) / 10;
      await visible(head, `年度评价平均 ${mean} 星`).waitFor();
      await shot(head, 'needs-evaluations-head.png');
      await head.context().close();

      const society = await signIn(browser, api.cloudbase.origin, SOCIETY_ADMIN);
      await tile(society, '评价汇总').click();
      await visible(society, '按年度汇总').waitFor();
      await visible(society, EVALUATION_COMMENT).waitFor();
      await shot(society, 'needs-evaluations-society.png');
      await society.context().close();

      const expert = await signIn(browser, api.cloudbase.origin, EXPERT);
      await tile(expert, '我的任务').click();
      await visible(expert, '接收新任务通知').waitFor();
      await visible(expert, accepted).waitFor();
      // Only what was assigned to this expert: the declined and withdrawn needs are not here.
      await expect(expert.getByText(declined).filter({ visible: true }).count()).resolves.toBe(0);
      await shot(expert, 'needs-my-tasks.png');
      await openNeed(expert, accepted);
      await visible(expert, '指派专家（1）').waitFor();
      await shot(expert, 'needs-detail-expert.png');
      await expert.context().close();
    },
    STEP,
  );
});

describe('the content check on the need form', () => {
  afterEach(() => api.cloudbase.setRejectWords([]));

  it(
    'refuses a need with a rejected word, says why at the field, and stores nothing',
    async () => {
      api.cloudbase.setRejectWords(['违禁词']);
      const title = '含违禁词的需求（页面测试）';
      const before = await api.cloudbase.store.find('needs', {});
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      await tile(page, '提交需求').click();
      await fillNeed(page, title);
      await button(page, '提交需求').click();
      // Said at the field it names, not in a banner.
      await page
        .locator('.form-field__error')
        .filter({ hasText: '「需求标题」含有不适宜发布的内容，请修改后再提交', visible: true })
        .waitFor({ timeout: 15_000 });
      expect(await page.locator('.notice--error').filter({ visible: true }).count()).toBe(0);
      await shot(page, 'needs-content-rejected.png');
      expect(await needsTitled(title)).toEqual([]);
      expect(await api.cloudbase.store.find('needs', {})).toHaveLength(before.length);
      const checks = api.cloudbase.openApiCalls().filter((call) => call.api === 'security.msgSecCheck');
      expect(checks.some((call) => String(call.data.content).includes('违禁词'))).toBe(true);
      await page.context().close();
    },
    STEP,
  );
});
