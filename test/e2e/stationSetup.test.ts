import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page, Route } from 'playwright-core';
import type { Application, ApplicationVersion } from '../../types/application';
import type { LedgerEntry } from '../../types/ledger';
import { APPLICATION_STATUS_LABELS, INDUSTRY_LABELS, type ApplicationStatus } from '../../types/catalogue';
import type { Invitation, Society, Station } from '../../types/domain';
import { todayPlusYears } from '../../src/utils/dates';
import {
  attachPhoto,
  confirmNutPicker,
  fillExpert,
  fillIn,
  formSection,
  openApplication,
  pickDate,
  swipeWheel,
  takeStep,
  toggleSection,
} from '../support/applicationPages';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { waitFor } from '../support/poll';
import { back, button, fill, fillText, settled, shot, SHOTS, signIn, tile, visible } from '../support/phone';

/**
 * 建站 through the pages, from an empty draft to a station on the map. The society admin fills
 * the society's record, starts a 申报书 (its society block filled from that record), fills every
 * section (the budget's total in figures and in 人民币大写 as typed, an agreement under two years
 * reported at its section and fixed, files uploaded for the four purposes), survives a reload
 * with unsaved typing, and submits it. The city admin finds it under 建站审核, takes 审核 and
 * sends it back with a reason; the society sees it returned, changes a budget line and submits
 * again; the city admin sees what changed and takes every step to 认定 (a subsidy below the cap
 * asks for a reason) and 挂牌 (a photo required). The new station is then in the registry and on
 * the quota dashboard, and the society has its head's invitation code. The database is checked
 * at each decision.
 */

const STEP = 480_000;
const ADMIN = '学会管理员 · 李建国';
const CITY = '市科协管理员 · 王敏';
const SOCIETY = 'soc-nonferrous';
const STATION_NAME = '中国有色金属学会贵阳铝加工工作站（页面测试）';
const HOST_NAME = '贵州华科铝材料工程技术研究有限公司';
const RETURN_REASON = '资料费测算依据不足，请按实际采购清单重新测算';
const DOCUMENT_NUMBER = '筑科协发〔2026〕18 号';
const SUBSIDY_REASON = '择优：首年服务需求较少';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

/** The society's application once the database has it in `status`. */
const applicationIn = (status: ApplicationStatus) =>
  waitFor(async () => {
    const [application] = (await api.cloudbase.store.find('applications', {
      societyId: SOCIETY,
    })) as unknown as Application[];
    return application?.status === status ? application : undefined;
  }, `the application ${status}`);

const stepsOf = (application: Application) => application.reviews.map((review) => review.step);

/** The application's row in the list on the page, as its status shows. */
function listRow(page: Page, status: ApplicationStatus) {
  const row = page.locator('.application-card').filter({ hasText: STATION_NAME }).filter({ visible: true });
  return row.filter({ hasText: APPLICATION_STATUS_LABELS[status] });
}

/** The society's 建站申报 list, from home reopened, as a person comes back to it later. */
async function openSocietyList(page: Page): Promise<void> {
  await page.goto(`${api.cloudbase.origin}/`);
  await tile(page, '建站申报').click();
}

/** The society record, then a 申报书 filled section by section and submitted, ending on its page. */
async function fillAndSubmit(page: Page): Promise<Application> {
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
  await toggleSection(page, 'society');
  expect(await formSection(page, 'society').locator('input[placeholder="学会负责人姓名"]').inputValue()).toBe('王建国');
  await page.screenshot({ path: path.join(SHOTS, 'application-form-top.png') });
  await toggleSection(page, 'society');

  // 需求单位, then a reload before it is saved: the typing is kept on the phone and restored.
  const host = formSection(page, 'host');
  await toggleSection(page, 'host');
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
  await toggleSection(page, 'host');
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
  await toggleSection(page, 'host');

  // 二、工作站概况
  const overview = formSection(page, 'overview');
  await toggleSection(page, 'overview');
  await overview.locator('.option-picker').click();
  // The wheel opens at the first industry; 铝及铝加工制造业 is five rows down.
  await swipeWheel(page, 0, 5, INDUSTRY_LABELS.aluminium);
  await confirmNutPicker(page);
  await overview.getByText(INDUSTRY_LABELS.aluminium).waitFor();
  await fillIn(overview, '工作站围绕哪些技术需求开展服务', '围绕高强铝合金铸锭气孔开展联合攻关。');
  await fillIn(overview, '两年内要达到的目标', '两年内降低铸锭气孔率至 0.5% 以下。');
  await toggleSection(page, 'overview');

  // 三、实施步骤: the four phases, each today (the wheel opens there) to today.
  const phases = formSection(page, 'phases');
  await toggleSection(page, 'phases');
  for (const [index, phase] of ['筹备', '实施', '总结', '评估'].entries()) {
    await pickDate(page, phases, index * 2);
    await pickDate(page, phases, index * 2 + 1);
    await fillIn(phases, `${phase}阶段做哪些工作`, `${phase}阶段的工作`);
  }
  await toggleSection(page, 'phases');

  // 四、经费支出预算: the total as typed, in figures and in capitals.
  const budget = formSection(page, 'budget');
  await toggleSection(page, 'budget');
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
  await toggleSection(page, 'budget');

  // The agreement: one year is refused at its section before any submit, two are accepted.
  const agreement = formSection(page, 'agreement');
  await toggleSection(page, 'agreement');
  await pickDate(page, agreement, 0);
  await pickDate(page, agreement, 1, 1);
  await agreement.getByText(todayPlusYears(1)).waitFor();
  await fillIn(agreement, '协议约定的科技研发项目或成果转化任务', '高强铝合金铸锭低气孔率熔铸工艺研发');
  await button(page, '保存草稿').click();
  await agreement.getByText(/不足 2 年，合作期限不少于两年/).waitFor({ timeout: 15_000 });
  await agreement.locator('.application-section__count').waitFor();
  await pickDate(page, agreement, 1, 1);
  await agreement.getByText(todayPlusYears(2)).waitFor();
  await button(page, '保存草稿').click();
  await agreement.getByText('已完成').waitFor({ timeout: 15_000 });
  await toggleSection(page, 'agreement');

  // 站长及工作人员: exactly one head.
  const staff = formSection(page, 'staff');
  await toggleSection(page, 'staff');
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
  await toggleSection(page, 'staff');

  // 进站专家信息表: a national society needs 10, 5 of them from outside Guizhou.
  const experts = formSection(page, 'experts');
  await toggleSection(page, 'experts');
  for (let index = 0; index < 10; index += 1) {
    await fillExpert(page, index, index < 5 ? '贵州省' : '云南省');
  }
  await experts.getByText('已填 10 名，需不少于 10 名').waitFor();
  await experts.getByText('省外专家 5 名，需不少于 5 名').waitFor();
  await toggleSection(page, 'experts');

  // 申报材料附件: one file for each purpose.
  const attachments = formSection(page, 'attachments');
  await toggleSection(page, 'attachments');
  for (const [index, name] of ['合作协议.pdf', '服务方案.pdf', '相关制度.pdf', '人员名单.pdf'].entries()) {
    await attachments
      .locator('input[type="file"]')
      .nth(index)
      .setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
    await attachments.getByText(name).waitFor();
  }
  await waitFor(async () => ((await attachments.getByText(/已上传/).count()) === 4 ? true : undefined), 'four uploads');

  await button(page, '保存草稿').click();
  await visible(page, '各部分已填写完整，可以提交。').waitFor({ timeout: 15_000 });
  await button(page, '提交').click();
  await page.locator('.taro-modal__foot').getByText('提交', { exact: true }).click();
  await visible(page, '审核记录').waitFor({ timeout: 15_000 });

  const submitted = await applicationIn('submitted');
  expect(submitted.version).toBe(1);
  expect(submitted.content).toMatchObject({
    stationName: STATION_NAME,
    appliedOn: todayPlusYears(),
    society: { name: '中国有色金属学会', level: 'national', creditCode: '51100000500000566Y', headName: '王建国' },
    host: {
      name: HOST_NAME,
      type: 'enterprise',
      creditCode: '91520100MA6DKXJ21Q',
      legalRepresentative: '陈刚',
      location: { latitude: 26.6785, longitude: 106.6328 },
    },
    industry: 'aluminium',
    serviceContent: '围绕高强铝合金铸锭气孔开展联合攻关。',
    agreement: { start: todayPlusYears(), end: todayPlusYears(2), task: '高强铝合金铸锭低气孔率熔铸工艺研发' },
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
  expect(await versionsOf(submitted._id)).toEqual([1]);
  return submitted;
}

const versionsOf = async (applicationId: string) =>
  ((await api.cloudbase.store.find('applicationVersions', { applicationId })) as unknown as ApplicationVersion[])
    .map((version) => version.version)
    .sort();

/** The city admin finds it under 建站审核, takes 审核, then sends it back with a reason. */
async function cityReturns(city: Page): Promise<void> {
  await tile(city, '建站审核').click();
  await listRow(city, 'submitted').click();
  await visible(city, '待办：审核').waitFor({ timeout: 15_000 });
  await settled(city);
  await takeStep(city, '审核通过', '如：申报材料齐全，符合申报条件', '材料基本齐全，经费测算待核', '待实地考察');
  expect(stepsOf(await applicationIn('document_reviewed'))).toEqual(['document_review']);

  await button(city, '退回修改').click();
  await fillText(city, '请写明需要修改的内容，学会会看到', RETURN_REASON);
  await button(city, '确认退回').click();
  await visible(city, APPLICATION_STATUS_LABELS.returned).waitFor({ timeout: 15_000 });
  const returned = await applicationIn('returned');
  expect(stepsOf(returned)).toEqual(['document_review', 'returned']);
  expect(returned.reviews[1].opinion).toBe(RETURN_REASON);
}

/**
 * The society reads why on the application's page (where the message it is sent opens), finds it
 * returned in its list, changes a budget line in the form and submits again.
 */
async function societyResubmits(society: Page, applicationId: string): Promise<void> {
  await openApplication(society, api.cloudbase.origin, applicationId);
  await visible(society, '市科协退回修改').waitFor();
  await visible(society, RETURN_REASON).waitFor();
  await button(society, '修改申报书').waitFor();
  await shot(society, 'application-detail-society-returned.png');

  await openSocietyList(society);
  const row = listRow(society, 'returned');
  await row.waitFor({ timeout: 15_000 });
  await row.getByText('第 1 版').waitFor();
  await settled(society);
  await shot(society, 'station-setup-returned-row.png');

  await row.click();
  await visible(society, '市科协退回修改').waitFor({ timeout: 15_000 });
  await visible(society, RETURN_REASON).waitFor();
  await settled(society);
  const budget = formSection(society, 'budget');
  await toggleSection(society, 'budget');
  await fillIn(budget.locator('.application-row').nth(1), '如 30000 或 300.05', '1200');
  await budget.getByText('人民币大写：伍万壹仟贰佰元整').waitFor();
  await button(society, '提交').click();
  await society.locator('.taro-modal__foot').getByText('提交', { exact: true }).click();
  await visible(society, '审核记录').waitFor({ timeout: 15_000 });

  const resubmitted = await applicationIn('submitted');
  expect(resubmitted.version).toBe(2);
  expect(resubmitted.content.budget[1]).toMatchObject({ content: '资料费', amountFen: 120_000 });
  expect(await versionsOf(resubmitted._id)).toEqual([1, 2]);
}

/** The city admin sees what the second version changed, then takes every step to the plaque. */
async function cityRecognises(city: Page): Promise<Application> {
  await back(city);
  const row = listRow(city, 'submitted');
  await row.getByText('第 2 版').waitFor({ timeout: 15_000 });
  await row.click();
  const changes = city.locator('.application-changes').filter({ visible: true });
  await changes.waitFor({ timeout: 15_000 });
  await settled(city);
  await changes.getByText('第 2 行 金额').waitFor();
  await changes.getByText('300.05').waitFor();
  await changes.getByText('1,200.00').waitFor();
  await visible(city, '第 2 版 · 1 处').waitFor();
  await visible(city, '人民币大写：伍万壹仟贰佰元整').waitFor();
  await shot(city, 'station-setup-changes.png');

  await takeStep(city, '审核通过', '如：申报材料齐全，符合申报条件', '已按意见修改，同意', '待实地考察');
  expect(stepsOf(await applicationIn('document_reviewed'))).toEqual(['document_review', 'returned', 'document_review']);
  await button(city, '实地考察通过').click();
  await fillText(city, '如：办公场地、设备与申报书一致', '办公场地和检测设备与申报书一致');
  await attachPhoto(city, '考察现场.png');
  await button(city, '实地考察通过').click();
  await visible(city, '待主席办公会议').waitFor({ timeout: 15_000 });
  const inspected = await applicationIn('inspected');
  expect(inspected.reviews[3].attachments.map((file) => file.name)).toEqual(['考察现场.png']);
  await takeStep(city, '主席办公会议通过', '如：经主席办公会议研究，同意认定', '经研究同意认定', '待认定');
  expect(stepsOf(await applicationIn('meeting_passed'))).toHaveLength(5);

  // 认定: the subsidy defaults to the cap; below it a reason is asked for at its field.
  await button(city, '认定').click();
  await visible(city, '人民币大写：壹拾万元整').waitFor();
  await fill(city, '如：筑科协发〔2026〕18 号', DOCUMENT_NUMBER);
  await pickDate(city, city.locator('.review-step-form').filter({ visible: true }), 0);
  await fill(city, '如：100000', '80000');
  await visible(city, '人民币大写：捌万元整').waitFor();
  await fillText(city, '如：同意认定为国家级工作站', '同意认定为国家级工作站');
  await button(city, '认定').click();
  const reasonError = visible(city, '补助低于本级上限 100,000.00 元，请说明理由');
  await reasonError.waitFor();
  await fillText(city, '补助低于本级上限时，请说明择优确定的理由', SUBSIDY_REASON);
  await reasonError.waitFor({ state: 'hidden' });
  await button(city, '认定').click();
  await visible(city, '已认定，待挂牌').waitFor({ timeout: 15_000 });
  await visible(city, '工作站已建立，查看工作站').waitFor();
  await expectStation(await applicationIn('recognised'));

  // 挂牌 asks for a photo.
  await button(city, '确认挂牌').click();
  await fillText(city, '如：已举行挂牌仪式', '已举行挂牌仪式');
  await button(city, '确认挂牌').click();
  await visible(city, '请上传至少 1 张挂牌照片').waitFor();
  await attachPhoto(city, '挂牌仪式.png');
  await button(city, '确认挂牌').click();
  await visible(city, '已挂牌').waitFor({ timeout: 15_000 });
  const timeline = city.locator('.review-timeline').filter({ visible: true });
  await timeline.getByText('补助金额：80,000.00 元（捌万元整）').waitFor({ timeout: 15_000 });
  await timeline.getByText(`补助理由：${SUBSIDY_REASON}`).waitFor();

  const plaqued = await applicationIn('plaqued');
  expect(plaqued.version).toBe(2);
  expect(stepsOf(plaqued)).toEqual([
    'document_review',
    'returned',
    'document_review',
    'inspection',
    'meeting',
    'recognition',
    'plaque',
  ]);
  expect(plaqued.reviews[6].attachments.map((file) => file.name)).toEqual(['挂牌仪式.png']);
  const [station] = (await api.cloudbase.store.find('stations', { _id: plaqued.stationId })) as unknown as Station[];
  expect(station.recognition?.plaquedOn).toBe(todayPlusYears());

  // The printed 申报书: the browser build opens the Word file in a new tab.
  await city.evaluate(() => {
    const opened: string[] = [];
    Object.assign(window, { openedUrls: opened });
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
  });
  await button(city, '打印申报书（Word）').click();
  const url = await city.waitForFunction(() => (window as unknown as { openedUrls: string[] }).openedUrls[0], null, {
    timeout: 15_000,
  });
  await visible(city, /已生成「.+申报书-第2版-\d{4}-\d{2}-\d{2}\.docx」/).waitFor();
  const file = await fetch(String(await url.jsonValue()));
  const { value: printed } = await mammoth.extractRawText({ buffer: Buffer.from(await file.arrayBuffer()) });
  expect(printed).toContain(plaqued.content.stationName);
  // The second version, with the budget line changed on resubmission (mammoth reads no footer).
  expect(printed).toContain('1,200.00');
  return plaqued;
}

/** On 认定: the station with the application's level, place and recognition, its grant and its head's invitation. */
async function expectStation(recognised: Application): Promise<void> {
  const [station] = (await api.cloudbase.store.find('stations', {
    _id: recognised.stationId,
  })) as unknown as Station[];
  expect(station).toMatchObject({
    name: STATION_NAME,
    societyId: SOCIETY,
    level: 'national',
    status: 'operating',
    industry: 'aluminium',
    location: { latitude: 26.6785, longitude: 106.6328 },
    cooperationStart: todayPlusYears(),
    recognition: { documentNumber: DOCUMENT_NUMBER, recognisedOn: todayPlusYears(), applicationId: recognised._id },
  });
  const ledger = (await api.cloudbase.store.find('ledger', { stationId: station._id })) as unknown as LedgerEntry[];
  expect(ledger).toEqual([expect.objectContaining({ kind: 'grant', amountFen: 8_000_000, reason: SUBSIDY_REASON })]);
  const [invitation] = (await api.cloudbase.store.find('invitations', {
    _id: recognised.headInvitationCode,
  })) as unknown as Invitation[];
  expect(invitation).toMatchObject({ role: 'station_head', stationId: station._id, maxUses: 1 });
}

/** The city admin finds the new station in the registry and on the quota dashboard, nothing counted yet. */
async function cityFindsStation(city: Page): Promise<void> {
  await back(city);
  await back(city);
  await tile(city, '工作站管理').click();
  const card = city.locator('.station-card').filter({ hasText: STATION_NAME }).filter({ visible: true });
  await card.waitFor({ timeout: 15_000 });
  await card.getByText(HOST_NAME).waitFor();
  await card.getByText(INDUSTRY_LABELS.aluminium).waitFor();
  await card.getByText('国家级').waitFor();
  await settled(city);
  await shot(city, 'station-setup-registry.png');

  await back(city);
  await tile(city, '任务完成情况').click();
  const row = city.locator('.quota-row').filter({ hasText: STATION_NAME }).filter({ visible: true });
  await row.waitFor({ timeout: 15_000 });
  for (const figure of ['需求 0/10', '专家 0/10', '省外 0/5']) await row.getByText(figure).waitFor();
  await row.getByText('已确认服务 0 次').waitFor();
  await settled(city);
  await shot(city, 'station-setup-dashboard.png');

  // Its roster starts empty, with the application's expert table waiting to be invited.
  const [station] = (await api.cloudbase.store.find('stations', { name: STATION_NAME })) as unknown as Station[];
  await city.goto(`${api.cloudbase.origin}/packages/station/pages/roster/index?stationId=${station._id}`);
  await visible(city, '申报书中的进站专家').waitFor({ timeout: 15_000 });
  await visible(city, '待邀请 10 人').waitFor();
  await settled(city);
  await shot(city, 'station-setup-planned-roster.png');
}

describe('建站 through the H5 pages', () => {
  it(
    'takes a society admin from an empty draft to submission, the city admin through send-back, resubmission and every step, to a station in the registry and on the dashboard',
    async () => {
      // The phone's calendar is Shanghai's, as the date wheels open at its today.
      const society = await signIn(browser, api.cloudbase.origin, ADMIN, { timezoneId: 'Asia/Shanghai' });
      const { _id: applicationId } = await fillAndSubmit(society);
      // The reload on the way left the form the only page: the list is reached from home.
      await openSocietyList(society);
      await listRow(society, 'submitted').waitFor({ timeout: 15_000 });
      await shot(society, 'application-list.png');

      const city = await signIn(browser, api.cloudbase.origin, CITY, { timezoneId: 'Asia/Shanghai' });
      await cityReturns(city);
      await societyResubmits(society, applicationId);
      const plaqued = await cityRecognises(city);
      await cityFindsStation(city);

      // The society sees its station and the code to pass to the head it named.
      await back(society);
      await listRow(society, 'plaqued').click();
      await visible(society, plaqued.headInvitationCode!).waitFor({ timeout: 15_000 });
      await visible(society, /请学会将邀请码转交申报书中的站长 周强/).waitFor();
      await shot(society, 'application-detail-society.png');

      await city.context().close();
      await society.context().close();
    },
    STEP,
  );
});
