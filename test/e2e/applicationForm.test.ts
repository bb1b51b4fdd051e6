import path from 'node:path';
import type { Browser, Locator, Page, Route } from 'playwright-core';
import type { Application, ApplicationVersion } from '../../types/application';
import type { ApplicationSection, Province } from '../../types/catalogue';
import type { Society } from '../../types/domain';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { back, button, fill, settled, shot, SHOTS, signIn, tile, visible } from '../support/phone';

/**
 * 建站申报 through the pages: the society admin fills the society's record, starts a 申报书 (its
 * society block filled from that record), fills every section (the budget's total in figures and
 * in 人民币大写 as typed, an agreement under two years reported at its section and fixed, files
 * uploaded for the four purposes), survives a reload with unsaved typing, and submits it; the
 * database holds it submitted as version 1 with what was typed.
 */

const STEP = 240_000;
const ADMIN = '学会管理员 · 李建国';
const SOCIETY = 'soc-nonferrous';
const STATION_NAME = '中国有色金属学会贵阳铝加工工作站（页面测试）';
const HOST_NAME = '贵州华科铝材料工程技术研究有限公司';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

async function waitFor<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 75; i++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not happen`);
}

const section = (page: Page, id: ApplicationSection): Locator => page.locator(`#application-${id}`);

/** Opens (or folds) a section by its title bar, as a person taps it. */
async function toggle(page: Page, id: ApplicationSection): Promise<void> {
  await section(page, id).locator('.application-section__head').click();
}

async function fillIn(scope: Locator, placeholder: string, value: string): Promise<void> {
  await scope
    .locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`)
    .first()
    .fill(value);
}

/** Confirms NutUI's open picker (a date, a province, a category) at the row it shows. */
async function confirmNutPicker(page: Page): Promise<void> {
  await nutPickerShown(page);
  await page.locator('.nut-picker-confirm-btn').filter({ visible: true }).click();
}

/** Until NutUI's picker has slid up and its wheels are drawn: a finger on it before then does nothing. */
async function nutPickerShown(page: Page): Promise<void> {
  const picker = page.locator('.nut-picker').filter({ visible: true });
  await picker.locator('.nut-pickerview-roller-item-active').first().waitFor();
  await picker.evaluate((element) =>
    Promise.all(
      (element.closest('.nut-popup') ?? element)
        .getAnimations({ subtree: true })
        // A transition replaced by the next one (the wheel settling) ends as cancelled: also done.
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Drags a column of NutUI's open picker by whole rows with a finger (up: later values), slowly
 * enough (over 300 ms) that the wheel does not coast past them, until it rests on `label`.
 */
async function swipeWheel(page: Page, column: number, rows: number, label: string): Promise<void> {
  await nutPickerShown(page);
  const list = page.locator('.nut-pickerview-list').filter({ visible: true }).nth(column);
  await list.evaluate(async (element, distance) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const touch = (at: number) =>
      new Touch({
        identifier: 1,
        target: element,
        clientX: x,
        clientY: at,
        pageX: x,
        pageY: at,
        screenX: x,
        screenY: at,
      });
    const fire = (type: string, at: number) =>
      element.dispatchEvent(
        new TouchEvent(type, {
          bubbles: true,
          cancelable: true,
          touches: type === 'touchend' ? [] : [touch(at)],
          changedTouches: [touch(at)],
        }),
      );
    fire('touchstart', y);
    const steps = 16;
    for (let step = 1; step <= steps; step += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      fire('touchmove', y + (distance * step) / steps);
    }
    fire('touchend', y + distance);
  }, -rows * 36);
  await list.locator('.nut-pickerview-roller-item-active').filter({ hasText: label }).waitFor();
}

/** Opens the n-th date field in a scope, turns its year wheel by `years`, and confirms. */
async function pickDate(page: Page, scope: Locator, n: number, years = 0): Promise<void> {
  await scope.locator('.option-picker').nth(n).click();
  if (years !== 0) {
    const shown = await scope.locator('.option-picker').nth(n).innerText();
    const from = /^\d{4}/.test(shown) ? Number(shown.slice(0, 4)) : Number(today().slice(0, 4));
    await swipeWheel(page, 0, years, `${from + years}年`);
  }
  await confirmNutPicker(page);
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const inYears = (years: number) => `${Number(today().slice(0, 4)) + years}${today().slice(4)}`;

async function fillExpert(page: Page, index: number, province: Province): Promise<void> {
  const experts = section(page, 'experts');
  await button(page, '添加专家').click();
  const row = experts.locator('.application-row').nth(index);
  await fillIn(row, '专家姓名', `专家${index + 1}`);
  await fillIn(row, '如：贵州大学', province === '贵州省' ? '贵州大学' : '中南大学');
  await fillIn(row, '如：教授', '教授');
  await fillIn(row, '如：铝加工', '铝加工');
  await row.locator('.option-picker').click();
  // The wheel opens at 贵州省; the next row down is 云南省.
  if (province !== '贵州省') await swipeWheel(page, 0, 1, province);
  await confirmNutPicker(page);
  await row.getByText(province).waitFor();
}

const applicationOf = (check: (application: Application) => boolean) =>
  waitFor(async () => {
    const [application] = (await api.cloudbase.store.find('applications', {
      societyId: SOCIETY,
    })) as unknown as Application[];
    return application && check(application) ? application : undefined;
  }, 'the application in the expected state');

describe('建站申报 through the H5 pages', () => {
  it(
    'takes a society admin from the society record through every section of a 申报书 to its submission',
    async () => {
      // The phone's calendar is Shanghai's, as the date wheels open at its today.
      const page = await signIn(browser, api.cloudbase.origin, ADMIN, { timezoneId: 'Asia/Shanghai' });
      await tile(page, '建站申报').click();
      await visible(page, '还没有申报书').waitFor({ timeout: 15_000 });
      await settled(page);

      // The society record: what every 申报书 starts from.
      await button(page, '学会信息').click();
      await visible(page, '这里的信息会自动填入新建的申报书').waitFor({ timeout: 15_000 });
      await settled(page);
      await fill(page, '统一社会信用代码，18 位', '51100000500000566y');
      await fill(page, '学会负责人姓名', '王建国');
      await fill(page, '如：秘书长/教授级高工', '秘书长/教授级高工');
      await fill(page, '学会通讯地址', '北京市海淀区复兴路 12 号');
      await fill(page, '6 位数字', '100814');
      await fill(page, '银行账户名称', '中国有色金属学会');
      await fill(page, '如：中国工商银行北京海淀支行', '中国工商银行北京海淀支行');
      await fill(page, '银行账号，可用空格分组', '0200 0045 0908 8123 456');
      await fill(page, '财务负责人姓名', '赵琳');
      await button(page, '保存学会信息').click();
      await visible(page, '学会信息已保存').waitFor({ timeout: 15_000 });
      await shot(page, 'application-society.png');
      const [society] = (await api.cloudbase.store.find('societies', { _id: SOCIETY })) as unknown as Society[];
      expect(society.details).toEqual({
        creditCode: '51100000500000566Y',
        headName: '王建国',
        headTitle: '秘书长/教授级高工',
        address: '北京市海淀区复兴路 12 号',
        postcode: '100814',
        bankAccountName: '中国有色金属学会',
        bankName: '中国工商银行北京海淀支行',
        bankAccount: '0200 0045 0908 8123 456',
        financeOfficer: '赵琳',
      });

      // A new draft, its society block from the record.
      await back(page);
      await visible(page, '还没有申报书').waitFor();
      await button(page, '新建申报').click();
      await visible(page, '填写内容会自动保存').waitFor({ timeout: 15_000 });
      await settled(page);
      await fill(page, '如：中国有色金属学会贵阳铝加工工作站', STATION_NAME);
      await toggle(page, 'society');
      expect(await section(page, 'society').locator('input[placeholder="学会负责人姓名"]').inputValue()).toBe('王建国');
      await page.screenshot({ path: path.join(SHOTS, 'application-form-top.png') });
      await toggle(page, 'society');

      // 需求单位, then a reload before it is saved: the typing is kept on the phone and restored.
      const host = section(page, 'host');
      await toggle(page, 'host');
      await fillIn(host, '需求单位全称', HOST_NAME);
      await visible(page, '未保存（已暂存在本机）').waitFor();
      // Closed where nothing reaches the server (the save on leaving fails too), then opened again.
      const functions = `${api.cloudbase.origin}/__local/functions/api`;
      const noSaving = (route: Route) =>
        (route.request().postDataJSON() as { action: string }).action === 'applications.saveDraft'
          ? route.abort()
          : route.continue();
      await page.route(functions, noSaving);
      await page.reload();
      await visible(page, '已恢复未保存的修改').waitFor({ timeout: 15_000 });
      await page.unroute(functions, noSaving);
      expect(await host.locator('input[placeholder="需求单位全称"]').inputValue()).toBe(HOST_NAME);
      await visible(page, /^已保存 \d\d:\d\d$/).waitFor({ timeout: 15_000 });
      await toggle(page, 'host');
      await host.getByText('企业', { exact: true }).click();
      await fillIn(host, '统一社会信用代码，18 位', '91520100MA6DKXJ21Q');
      await fillIn(host, '姓名', '陈刚');
      await fillIn(host, '需求单位地址', '贵阳市白云区铝城大道 8 号');
      await fillIn(host, '如 26.647', '26.6785');
      await fillIn(host, '如 106.630', '106.6328');
      await fillIn(
        host,
        '需求单位提供的固定办公场所和设备，如：办公室 2 间（60 平方米），电脑 4 台',
        '办公室 2 间（60 平方米），电脑 4 台',
      );
      await toggle(page, 'host');

      // 二、工作站概况
      const overview = section(page, 'overview');
      await toggle(page, 'overview');
      await overview.locator('.option-picker').click();
      await confirmNutPicker(page);
      await fillIn(overview, '工作站围绕哪些技术需求开展服务', '围绕高强铝合金铸锭气孔开展联合攻关。');
      await fillIn(overview, '两年内要达到的目标', '两年内降低铸锭气孔率至 0.5% 以下。');
      await toggle(page, 'overview');

      // 三、实施步骤: the four phases, each today (the wheel opens there) to today.
      const phases = section(page, 'phases');
      await toggle(page, 'phases');
      for (const [index, phase] of ['筹备', '实施', '总结', '评估'].entries()) {
        await pickDate(page, phases, index * 2);
        await pickDate(page, phases, index * 2 + 1);
        await fillIn(phases, `${phase}阶段做哪些工作`, `${phase}阶段的工作`);
      }
      await toggle(page, 'phases');

      // 四、经费支出预算: the total as typed, in figures and in capitals.
      const budget = section(page, 'budget');
      await toggle(page, 'budget');
      for (const [index, [content, amount, basis]] of [
        ['省外专家往返差旅', '50000', '10 人次 × 5000 元'],
        ['资料费', '300.05', '按实际'],
      ].entries()) {
        await button(page, '添加一行预算').click();
        const row = budget.locator('.application-row').nth(index);
        await row.locator('.option-picker').click();
        await confirmNutPicker(page);
        await fillIn(row, '如：省外专家往返差旅', content);
        await fillIn(row, '如 30000 或 300.05', amount);
        await fillIn(row, '如：10 人次 × 3000 元', basis);
      }
      await budget.getByText('￥50,300.05', { exact: true }).waitFor();
      await budget.getByText('人民币大写：伍万零叁佰元零伍分').waitFor();
      // A third decimal is no amount: said at the field once left, and the total leaves it out.
      const second = budget.locator('.application-row').nth(1);
      await fillIn(second, '如 30000 或 300.05', '300.055');
      await second.locator('input[placeholder="如 30000 或 300.05"]').blur();
      await second.getByText('金额请填写元，最多两位小数，如 1200 或 0.05').waitFor();
      await budget.getByText('人民币大写：伍万元整').waitFor();
      await fillIn(second, '如 30000 或 300.05', '300.05');
      await budget.getByText('人民币大写：伍万零叁佰元零伍分').waitFor();
      await button(page, '保存草稿').click();
      await budget.getByText('请至少填写一行经费预算').waitFor({ state: 'detached', timeout: 15_000 });
      await second.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(SHOTS, 'application-budget.png') });
      await toggle(page, 'budget');

      // The agreement: one year is refused at its section before any submit, two are accepted.
      const agreement = section(page, 'agreement');
      await toggle(page, 'agreement');
      await pickDate(page, agreement, 0);
      await pickDate(page, agreement, 1, 1);
      await agreement.getByText(inYears(1)).waitFor();
      await fillIn(agreement, '协议约定的科技研发项目或成果转化任务', '高强铝合金铸锭低气孔率熔铸工艺研发');
      await button(page, '保存草稿').click();
      await agreement.getByText(/不足 2 年，合作期限不少于两年/).waitFor({ timeout: 15_000 });
      await agreement.locator('.application-section__count').waitFor();
      await pickDate(page, agreement, 1, 1);
      await agreement.getByText(inYears(2)).waitFor();
      await button(page, '保存草稿').click();
      await agreement.getByText('已完成').waitFor({ timeout: 15_000 });
      await toggle(page, 'agreement');

      // 站长及工作人员: exactly one head.
      const staff = section(page, 'staff');
      await toggle(page, 'staff');
      for (const [index, [name, mobile]] of [
        ['周强', '13985012345'],
        ['吴燕', '13985054321'],
      ].entries()) {
        await button(page, '添加人员').click();
        const row = staff.locator('.application-row').nth(index);
        await fillIn(row, '姓名', name);
        await fillIn(row, '11 位手机号', mobile);
      }
      await staff.getByText('已指定 1 名').waitFor();
      await staff.locator('.application-row').nth(1).getByText('站长', { exact: true }).click();
      await staff.getByText('第 2 位 · 站长').waitFor();
      await staff.locator('.application-row').nth(0).getByText('站长', { exact: true }).click();
      await staff.getByText('第 1 位 · 站长').waitFor();
      await staff.getByText('已指定 1 名').waitFor();
      await toggle(page, 'staff');

      // 进站专家信息表: a national society needs 10, 5 of them from outside Guizhou.
      const experts = section(page, 'experts');
      await toggle(page, 'experts');
      for (let index = 0; index < 10; index += 1) {
        await fillExpert(page, index, index < 5 ? '贵州省' : '云南省');
      }
      await experts.getByText('已填 10 名，需不少于 10 名').waitFor();
      await experts.getByText('省外专家 5 名，需不少于 5 名').waitFor();
      await toggle(page, 'experts');

      // 申报材料附件: one file for each purpose.
      const attachments = section(page, 'attachments');
      await toggle(page, 'attachments');
      for (const [index, name] of ['合作协议.pdf', '服务方案.pdf', '相关制度.pdf', '人员名单.pdf'].entries()) {
        await attachments
          .locator('input[type="file"]')
          .nth(index)
          .setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
        await attachments.getByText(name).waitFor();
      }
      await waitFor(
        async () => ((await attachments.getByText(/已上传/).count()) === 4 ? true : undefined),
        'four uploads',
      );

      await button(page, '保存草稿').click();
      await visible(page, '各部分已填写完整，可以提交。').waitFor({ timeout: 15_000 });
      await button(page, '提交').click();
      await page.locator('.taro-modal__foot').getByText('提交', { exact: true }).click();

      const submitted = await applicationOf((application) => application.status === 'submitted');
      expect(submitted.version).toBe(1);
      expect(submitted.content).toMatchObject({
        stationName: STATION_NAME,
        appliedOn: today(),
        society: { name: '中国有色金属学会', level: 'national', creditCode: '51100000500000566Y', headName: '王建国' },
        host: {
          name: HOST_NAME,
          type: 'enterprise',
          creditCode: '91520100MA6DKXJ21Q',
          legalRepresentative: '陈刚',
          location: { latitude: 26.6785, longitude: 106.6328 },
        },
        serviceContent: '围绕高强铝合金铸锭气孔开展联合攻关。',
        agreement: { start: today(), end: inYears(2), task: '高强铝合金铸锭低气孔率熔铸工艺研发' },
        budget: [
          { category: 'expert_travel', content: '省外专家往返差旅', amountFen: 5_000_000, basis: '10 人次 × 5000 元' },
          { category: 'expert_travel', content: '资料费', amountFen: 30_005, basis: '按实际' },
        ],
      });
      expect(submitted.content.phases.map((plan) => plan.work)).toEqual([
        '筹备阶段的工作',
        '实施阶段的工作',
        '总结阶段的工作',
        '评估阶段的工作',
      ]);
      expect(submitted.content.staff.map((member) => [member.name, member.isHead])).toEqual([
        ['周强', true],
        ['吴燕', false],
      ]);
      expect(submitted.content.experts.filter((expert) => expert.province === '云南省')).toHaveLength(5);
      expect(submitted.content.attachments.map((attachment) => [attachment.purpose, attachment.name])).toEqual([
        ['agreement', '合作协议.pdf'],
        ['service_plan', '服务方案.pdf'],
        ['rules', '相关制度.pdf'],
        ['staff_list', '人员名单.pdf'],
      ]);
      const versions = (await api.cloudbase.store.find('applicationVersions', {
        applicationId: submitted._id,
      })) as unknown as ApplicationVersion[];
      expect(versions.map((version) => version.version)).toEqual([1]);

      // The list shows it submitted; a submitted one no longer opens in the form.
      await page.goto(`${api.cloudbase.origin}/packages/applications/pages/list/index?societyId=${SOCIETY}`);
      await page.locator('.application-card').filter({ hasText: STATION_NAME }).filter({ visible: true }).waitFor({
        timeout: 15_000,
      });
      await visible(page, '待审核').waitFor();
      await shot(page, 'application-list.png');
    },
    STEP,
  );
});
