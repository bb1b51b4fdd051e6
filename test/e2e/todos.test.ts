import type { Browser, Locator, Page } from 'playwright-core';
import type { Need, StationEvaluation, Visit } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { daysSince, formatDate } from '../../src/utils/dates';
import type { LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { arrived, back, button, fill, fillText, settled, shot, signIn, tile, visible } from '../support/phone';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { insertVisit } from '../support/visits';

/**
 * What waits for the demand unit and the station head, through the pages as they use them: the
 * unit submits a need from the home page and is told what happens next, rates a visit straight
 * from the home page, and files the yearly evaluation from an empty form after confirming; the
 * head's home counts what waits as the database has it, each count opening its list, and the
 * expert picker puts the experts matching the need first. Checked on the page and in the database.
 */

const STEP = 90_000;
const UNIT = '需求单位 · 刘洋';
const HEAD = '站长 · 张伟';
const VIEWPORT_HEIGHT = 844;

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const find = async <T>(collection: string, query: object) =>
  (await api.cloudbase.store.find(collection, query)) as unknown as T[];

/** Whether an element starts within the first screen, without scrolling. */
async function onFirstScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y < VIEWPORT_HEIGHT;
}

describe('what waits for the demand unit', () => {
  it(
    'opens the need form from 提交需求 on the home page, and after submitting shows the need and what comes next',
    async () => {
      const title = '轧机传动系统异响（待办测试）';
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      await tile(page, '提交需求').click();
      await visible(page, '写清楚遇到的技术问题和希望达到的效果，工作站受理后会指派专家联系您。').waitFor();
      await fill(page, '如：铸锭气孔率偏高', title);
      await fillText(page, '请描述现状和遇到的技术问题', '冷轧机组传动系统运行时出现周期性异响，已更换轴承仍未消除。');
      await fillText(page, '希望解决到什么程度，如：气孔率降到 0.5% 以下', '找到异响原因并消除');
      await visible(page, '技术攻关').click();
      await button(page, '提交需求').click();

      await visible(page, '需求已提交').waitFor({ timeout: 15_000 });
      await visible(page, title).waitFor();
      await visible(page, '待受理').waitFor();
      // Who decides, and how the unit hears of it (the H5 build has no subscribe messages).
      await visible(page, '站长张伟审核受理').waitFor();
      await visible(page, '站长张伟会审核这条需求：受理并指派专家，或说明不予受理的原因。').waitFor();
      await visible(page, /受理或不予受理，都会写在这条需求的处理进度里/).waitFor();
      await visible(page, '专家上门服务').waitFor();
      await shot(page, 'todos-need-submitted.png');
      const [need] = await find<Need>('needs', { title });
      expect(need).toMatchObject({ status: 'submitted', stationId: ALUMINIUM, submittedBy: 'demo-demand-unit' });

      await button(page, '查看需求详情').click();
      await visible(page, '处理进度').waitFor();
      await visible(page, '等待工作站受理').waitFor();
      await button(page, '撤回需求').waitFor();
      await shot(page, 'todos-need-detail-waiting.png');
      await page.context().close();
    },
    STEP,
  );

  it(
    'rates a visit straight from the home page: one tap opens the newest unrated visit with its form first',
    async () => {
      const unrated = { stationId: ALUMINIUM, status: 'confirmed', rating: { $exists: false } };
      const waiting = await api.cloudbase.store.count('visits', unrated);
      const [newest] = (await find<Visit>('visits', unrated)).sort((a, b) => b.checkIn.at.localeCompare(a.checkIn.at));
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      const banner = visible(page, `${waiting} 次服务待评价`);
      await banner.waitFor();
      await shot(page, 'todos-home-unit.png');

      await banner.click();
      await visible(page, newest.needTitle).waitFor();
      const lead = visible(page, '请为这次服务评分，提交后 7 天内可以修改。');
      await lead.waitFor();
      expect(await onFirstScreen(lead)).toBe(true);
      await shot(page, 'todos-visit-to-rate.png');
      const rows = page.locator('.visit-rating .star-rating').filter({ visible: true });
      for (const [row, stars] of [
        [0, 5],
        [1, 4],
        [2, 5],
      ] as const) {
        await rows
          .nth(row)
          .locator('.star-rating__star')
          .nth(stars - 1)
          .click();
      }
      await button(page, '提交评分').click();
      await button(page, '修改评分').waitFor({ timeout: 15_000 });
      const [rated] = await find<Visit>('visits', { _id: newest._id });
      expect(rated.rating).toMatchObject({ responsiveness: 5, professionalism: 4, effect: 5, by: 'demo-demand-unit' });

      // Back on the home page the count has moved on.
      await back(page);
      await visible(page, '科创中国 · 贵阳学会产业科技服务工作站').waitFor();
      await visible(page, `${waiting - 1} 次服务待评价`).waitFor();
      expect(await api.cloudbase.store.count('visits', unrated)).toBe(waiting - 1);
      await page.context().close();
    },
    STEP,
  );

  it(
    'starts the yearly evaluation empty, and files it only once the unit confirms',
    async () => {
      const year = calendarMoment(new Date()).year;
      const id = `${ALUMINIUM}:${year}`;
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      await tile(page, '年度评价').click();
      const form = page
        .locator('.section-card')
        .filter({ hasText: `填写 ${year} 年度评价` })
        .filter({ visible: true });
      await form.waitFor();
      // Nothing chosen for the unit: no star lit, no intent picked.
      await expect(form.locator('.star-rating__star--on').count()).resolves.toBe(0);
      await expect(form.locator('.choice-chips__chip--on').count()).resolves.toBe(0);
      await shot(page, 'todos-evaluation-empty.png');

      // Every missing answer is named at once, and each goes as it is given.
      await button(page, '提交年度评价').click();
      const problems = form.locator('.form-field__error');
      await problems.filter({ hasText: '请填写评价意见' }).waitFor();
      await expect(problems.allTextContents()).resolves.toEqual([
        '请选择总体满意度（1–5 星）',
        '请选择是否继续合作',
        '请填写评价意见',
      ]);
      await form.locator('.star-rating__star').nth(3).click();
      await problems.filter({ hasText: '请选择总体满意度（1–5 星）' }).waitFor({ state: 'detached' });
      await expect(problems.allTextContents()).resolves.toEqual(['请选择是否继续合作', '请填写评价意见']);
      await form.getByText('愿意继续合作', { exact: true }).click();
      await fillText(page, '工作站和专家这一年的服务成效、不足与建议', '响应及时，现场指导到位，希望明年继续。');

      // The confirmation names what will be filed; 再看看 leaves it unfiled.
      await button(page, '提交年度评价').click();
      const modal = page.locator('.taro-modal__content').filter({ visible: true });
      await modal.getByText('总体满意度 4 星，愿意继续合作。提交后不能修改，确定提交吗？').waitFor();
      await shot(page, 'todos-evaluation-confirm.png');
      await page.locator('.taro-modal__foot').getByText('再看看').click();
      await modal.waitFor({ state: 'hidden' });
      expect(await find('evaluations', { _id: id })).toEqual([]);

      await button(page, '提交年度评价').click();
      await page.locator('.taro-modal__foot').getByText('确定提交').click();
      await form.waitFor({ state: 'hidden', timeout: 15_000 });
      const [filed] = await find<StationEvaluation>('evaluations', { _id: id });
      expect(filed).toMatchObject({ overall: 4, intent: 'continue', submittedBy: 'demo-demand-unit' });
      await page.waitForTimeout(1_800);
      await shot(page, 'todos-evaluation-filed.png');
      await page.context().close();
    },
    STEP,
  );
});

describe('what waits for the station head', () => {
  const incompleteTitle = '未签退的服务（待办测试）';

  /** A count on the head's home page: its number and how long the oldest has waited. */
  async function expectCount(page: Page, label: string, count: number, oldestAt: string | null): Promise<Locator> {
    const cell = page.locator('.home-todos__count').filter({ hasText: label }).filter({ visible: true });
    await expect(cell.locator('.home-todos__number').textContent()).resolves.toBe(String(count));
    const days = oldestAt ? daysSince(oldestAt) : null;
    const age = days === null ? '暂无' : days === 0 ? '最早 今天' : days === 1 ? '最早 昨天' : `最早 ${days} 天前`;
    await expect(cell.locator('.home-todos__age').textContent()).resolves.toBe(age);
    return cell;
  }

  const oldest = (values: string[]) => (values.length > 0 ? [...values].sort()[0] : null);

  it(
    'counts on the home page what waits as the database has it, each count opening its list',
    async () => {
      const need = await insertNeed(api, 'accepted');
      await insertVisit(api, 'pending', need._id);
      await insertVisit(api, 'incomplete', need._id, { needTitle: incompleteTitle });
      const submitted = await find<Need>('needs', { stationId: ALUMINIUM, status: 'submitted' });
      const pending = await find<Visit>('visits', { stationId: ALUMINIUM, status: 'pending' });
      const incomplete = await find<Visit>('visits', {
        stationId: ALUMINIUM,
        status: 'incomplete',
        supersededBy: { $exists: false },
        year: calendarMoment(new Date()).year,
      });
      // The demo's unserved need has waited since April last year; the unit's new one since today.
      expect(submitted.length).toBeGreaterThanOrEqual(2);

      const page = await signIn(browser, api.cloudbase.origin, HEAD);
      await visible(page, '待办事项').waitFor();
      const toAccept = await expectCount(page, '待受理', submitted.length, oldest(submitted.map((n) => n.createdAt)));
      await expectCount(page, '待审核', pending.length, oldest(pending.map((v) => v.checkIn.at)));
      await expectCount(page, '待补录', incomplete.length, oldest(incomplete.map((v) => v.checkIn.at)));
      await shot(page, 'todos-home-head.png');

      await toAccept.click();
      await visible(page, `共 ${submitted.length} 条`).waitFor();
      await expect(
        page.locator('.choice-chips__chip--on').filter({ visible: true }).first().textContent(),
      ).resolves.toBe('待受理');
      await shot(page, 'todos-needs-to-accept.png');

      await back(page);
      await visible(page, '科创中国 · 贵阳学会产业科技服务工作站').waitFor();
      await page.locator('.home-todos__count').filter({ hasText: '待审核' }).filter({ visible: true }).click();
      await visible(page, '异地服务、补卡和超时补录的记录').waitFor();
      await settled(page);
      await arrived(page);
      await expect(page.locator('.visit-card').filter({ visible: true }).count()).resolves.toBe(pending.length);
      await shot(page, 'todos-visits-to-review.png');

      await back(page);
      await visible(page, '科创中国 · 贵阳学会产业科技服务工作站').waitFor();
      await page.locator('.home-todos__count').filter({ hasText: '待补录' }).filter({ visible: true }).click();
      await visible(page, /已自动结束的服务/).waitFor();
      await visible(page, incompleteTitle).waitFor();
      await arrived(page);
      await expect(page.locator('.visit-card').filter({ visible: true }).count()).resolves.toBe(incomplete.length);
      await shot(page, 'todos-visits-to-complete.png');
      await page.context().close();
    },
    STEP,
  );

  it(
    'puts the experts whose industry or expertise match the need first in the picker',
    async () => {
      const title = '装备线轧制工艺诊断（待办测试）';
      await insertNeed(api, 'submitted', {
        title,
        industry: 'advanced_equipment',
        description: '新装备线的板材表面划伤，怀疑轧制工艺参数不当。',
      });
      const page = await signIn(browser, api.cloudbase.origin, HEAD);
      await page.locator('.home-todos__count').filter({ hasText: '待受理' }).filter({ visible: true }).click();
      await page.locator('.need-card').filter({ hasText: title }).filter({ visible: true }).first().click();
      await button(page, '受理并指派专家').click();
      const names = page.locator('.need-expert-chooser__name').filter({ visible: true });
      await names.first().waitFor();
      // 郑磊 works in the need's industry, 周涛 knows 轧制工艺; the others follow by name.
      await expect(names.allTextContents()).resolves.toEqual(['郑磊（省外）', '周涛（省外）', '陈静（省外）', '吴芳']);
      const zheng = page.locator('.need-expert-chooser__candidate').filter({ hasText: '郑磊' });
      await zheng.getByText('产业相符', { exact: true }).waitFor();
      await zheng.getByText('专长：冶金自动化').waitFor();
      await page
        .locator('.need-expert-chooser__candidate')
        .filter({ hasText: '周涛' })
        .getByText('专长相符：轧制工艺')
        .waitFor();

      // Each expert's visits this year and last visit, as the database has them.
      const year = calendarMoment(new Date()).year;
      for (const [name, openid] of [
        ['郑磊', 'expert-04'],
        ['陈静', 'demo-expert'],
      ]) {
        const visits = await find<Visit>('visits', { stationId: ALUMINIUM, status: 'confirmed', expertOpenid: openid });
        const thisYear = visits.filter((visit) => visit.year === year).length;
        const last = visits
          .map((visit) => visit.checkIn.at)
          .sort()
          .at(-1);
        const served = page.locator('.need-expert-chooser__candidate').filter({ hasText: name });
        await served
          .getByText(
            `${thisYear > 0 ? `${year} 年服务 ${thisYear} 次` : `${year} 年尚未服务`} · 最近 ${formatDate(last)}`,
          )
          .waitFor();
      }
      await shot(page, 'todos-expert-picker.png');

      await zheng.click();
      await button(page, '受理并指派 1 位专家').click();
      await visible(page, '指派专家（1）').waitFor({ timeout: 15_000 });
      const [need] = await find<Need>('needs', { title });
      expect(need).toMatchObject({ status: 'accepted', assignedExperts: ['expert-04'] });
      await page.context().close();
    },
    STEP,
  );
});
