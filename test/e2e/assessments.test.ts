import type { Browser, Page } from 'playwright-core';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { attachPhoto } from '../support/applicationPages';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { arrived, button, fillText, settled, shot, signIn, tile, visible } from '../support/phone';

/**
 * One whole 年度考核 round in the browser (issue 16): the city opens the sealed year's round, the
 * head writes and submits the 自查报告 with a photo as evidence, the society comments, the city
 * reviews the documents, inspects on site, passes the station, recommends it and exports.
 */

const STEP = 240_000;
const CITY = '市科协管理员 · 王敏';
const SOCIETY = '学会管理员 · 李建国';
const HEAD = '站长 · 张伟';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));
afterEach(() => api.cloudbase.setClock(null));

const year = calendarMoment(new Date()).year;
/** 10:00 on 20 January of the next year in Asia/Shanghai: the year was sealed on the 15th. */
const AFTER_CLOSE = `${year + 1}-01-20T02:00:00.000Z`;
const NARRATIVE =
  '本年度工作站围绕需求单位的生产技术难题开展服务，专家多次到站指导工艺改进，协助企业完成新产品试制，并组织技术培训两期，服务成效得到企业认可。';

/** A phone signed in on the same day as the server. */
async function phone(label: string): Promise<Page> {
  const page = await signIn(browser, api.cloudbase.origin, label);
  await page.clock.setFixedTime(new Date(AFTER_CLOSE));
  return page;
}

describe('the annual assessment', () => {
  it(
    'tells a head that no round has been opened yet (before the city opens one)',
    async () => {
      const head = await phone(HEAD);
      await tile(head, '年度考核').click();
      await visible(head, '年度考核尚未开始').waitFor({ timeout: 15_000 });
      await shot(head, 'assessment-head-no-round.png');
      expect(await button(head, '撰写自查报告').count()).toBe(0);
    },
    STEP,
  );
  it(
    'goes through one round: open, self-inspection, comment, review, verdict, recommendation and export',
    async () => {
      api.cloudbase.setClock(AFTER_CLOSE);

      // The city opens the round of the year just sealed.
      const city = await phone(CITY);
      await tile(city, '年度考核').click();
      await visible(city, `开始 ${year} 年度考核`).waitFor({ timeout: 15_000 });
      await settled(city);
      await shot(city, 'assessment-rounds-open.png');
      await button(city, `开始 ${year} 年度考核`).click();
      await city.locator('.taro-modal__foot').getByText('开始考核').click();
      await visible(city, '自查报告提交中').waitFor({ timeout: 15_000 });
      await shot(city, 'assessment-rounds.png');

      // The head writes the report from the home tile, with a photo for the one award.
      const head = await phone(HEAD);
      await tile(head, '年度考核').click();
      await button(head, '撰写自查报告').waitFor({ timeout: 15_000 });
      await settled(head);
      const stationName = await head.locator('.assessment-page__title').filter({ visible: true }).innerText();
      await shot(head, 'assessment-head-start.png');
      await button(head, '撰写自查报告').click();
      await arrived(head);
      await fillText(head, '全年工作开展情况、服务成效、存在问题和下一步打算，50 字以上', NARRATIVE);
      const counts = head.locator('input[placeholder="数量，没有填 0"]').filter({ visible: true });
      for (let index = 0; index < (await counts.count()); index += 1) await counts.nth(index).fill('0');
      const amounts = head.locator('input[placeholder="金额，单位元，如 120000"]').filter({ visible: true });
      await amounts.nth(0).fill('0');
      await amounts.nth(1).fill('125000.5');
      await visible(head, '人民币大写：壹拾贰万伍仟元伍角').waitFor();
      const awards = head.locator('#metric-awards').filter({ visible: true });
      await awards.locator('input[placeholder="数量，没有填 0"]').fill('1');
      const tackled = head.locator('#metric-tackledBenefitFen').filter({ visible: true });
      await tackled.locator('taro-button-core').filter({ hasText: '＋ 添加佐证' }).click();
      await tackled.locator('textarea[placeholder^="说明"]').fill('新工艺投产后的年度效益测算报告');
      await tackled.locator('textarea[placeholder^="链接"]').fill('https://example.com/benefit-report');

      // Submitting without the award's evidence is stopped at the metric.
      await button(head, '提交').click();
      await visible(head, '不为 0，请添加佐证材料').waitFor();
      await awards.locator('taro-button-core').filter({ hasText: '＋ 添加佐证' }).click();
      await awards.locator('textarea[placeholder^="说明"]').fill('获市科技进步奖三等奖');
      await attachPhoto(head, 'award.png');
      await shot(head, 'assessment-report-edit.png');
      await button(head, '提交').click();
      await head.locator('.taro-modal__foot').getByText('提交').click();
      await visible(head, '已提交，待书面审查').waitFor({ timeout: 15_000 });
      await settled(head);
      await shot(head, 'assessment-head-submitted.png');

      // The society finds it in the round and comments.
      const society = await phone(SOCIETY);
      await tile(society, '年度考核').click();
      await visible(society, `${year} 年度考核`).click({ timeout: 15_000 });
      await visible(society, stationName).click({ timeout: 15_000 });
      await button(society, '学会意见').click({ timeout: 15_000 });
      await fillText(society, '如：报告内容属实，请补充成果转化的合同', '报告内容属实，同意报送市科协。');
      await button(society, '提交学会意见').click();
      await visible(society, '报告内容属实，同意报送市科协。').waitFor({ timeout: 15_000 });

      // The city reviews, inspects with a photo, passes and recommends the station.
      await city.goto(`${api.cloudbase.origin}/packages/assessments/pages/round/index?year=${year}`);
      await visible(city, stationName).waitFor({ timeout: 15_000 });
      await settled(city);
      await shot(city, 'assessment-round.png');
      await visible(city, stationName).click();
      await button(city, '书面审查').click({ timeout: 15_000 });
      await fillText(city, '如：自查报告内容完整，佐证材料齐全', '自查报告内容完整，佐证材料齐全。');
      await button(city, '提交书面审查').click();
      await visible(city, '书面审查通过，待现场考察').waitFor({ timeout: 15_000 });
      await button(city, '现场考察').click();
      await fillText(city, '如：现场查看了服务台账与成果，与自查报告一致', '现场查看服务台账，与报告一致。');
      await attachPhoto(city, 'inspection.png');
      await button(city, '提交现场考察').click();
      await visible(city, '已现场考察，待结论').waitFor({ timeout: 15_000 });
      await button(city, '评定合格').click();
      await fillText(city, '合格的评语；评定不合格时请写明理由', '服务成效明显，考核合格。');
      await button(city, '确认评定合格').click();
      await visible(city, '考核合格').waitFor({ timeout: 15_000 });
      await button(city, '推荐为贵阳市专家工作站').click();
      await fillText(city, '如：服务成效突出，成果转化效益显著', '技术攻关效益显著');
      await button(city, '确认推荐').click();
      await visible(city, '已推荐为贵阳市专家工作站').waitFor({ timeout: 15_000 });
      await settled(city);
      await shot(city, 'assessment-city-passed.png');

      await button(city, '打印考核表（Word）').click();
      await visible(city, /已生成「.+\.docx」/).waitFor({ timeout: 30_000 });

      await city.goto(`${api.cloudbase.origin}/packages/assessments/pages/round/index?year=${year}`);
      await visible(city, '推荐 1').waitFor({ timeout: 15_000 });
      await button(city, '导出推荐名单').click();
      await visible(city, /已生成「.+\.xlsx」/).waitFor({ timeout: 30_000 });
    },
    STEP,
  );
});
