import type { Browser, Page } from 'playwright-core';
import type { LocalApi } from '../support/localApi';
import { insertApplication } from '../support/applications';
import { blacklistWorkbook } from '../support/blacklist';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, fillText, settled, shot, signIn, tile, visible } from '../support/phone';

/**
 * The city admin's 失信名单 page: an entry typed in shows in the list with the application it
 * hits, a sheet imported reports the row it could not read by number, and an entry taken off
 * the list keeps its reason.
 */

const STEP = 120_000;
const CITY = '市科协管理员 · 王敏';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

/**
 * Until the success toast has gone, so that a screenshot shows the page under it. It shows with
 * the change the caller waited for; its text is what is visible, the wrapper has no size of its own.
 */
async function toastGone(page: Page, title: string): Promise<void> {
  await page.locator('.taro__toast').getByText(title).waitFor({ state: 'hidden', timeout: 10_000 });
}

const entryCard = (page: Page, name: string) =>
  page.locator('.blacklist-entry').filter({ hasText: name }).filter({ visible: true }).first();

describe('the city’s list of dishonest or criminal parties', () => {
  let page: Page;

  it(
    'lets the city admin add an entry, see it on the list and the submitted application it hits',
    async () => {
      // A submitted application whose host's legal representative is about to be listed.
      const application = await insertApplication(api, 'submitted');
      const representative = '黄某某';
      await api.cloudbase.store.removeMany('applications', [application._id]);
      await api.cloudbase.store.insertMany('applications', [
        {
          ...application,
          content: {
            ...application.content,
            host: { ...application.content.host, legalRepresentative: representative },
          },
          partyKeys: [`n:${representative}`],
        },
      ]);

      page = await signIn(browser, api.cloudbase.origin, CITY);
      await tile(page, '失信名单').click();
      await visible(page, '名单为空').waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'blacklist-empty.png');

      await button(page, '＋ 添加').click();
      await fill(page, '单位全称或个人姓名', representative);
      await fill(page, '18 位，可不填', '52010219800101123x');
      await visible(page, '涉黑涉恶').click();
      await fillText(page, '来源、文号等，可不填', '市公安局通报（2026）3 号');
      await shot(page, 'blacklist-add.png');
      await button(page, '列入名单').click();

      await visible(page, '1 份在审的建站申报涉及名单中的单位或个人').waitFor({ timeout: 15_000 });
      await visible(page, application.content.stationName).waitFor();
      await visible(page, `涉及需求单位法定代表人「${representative}」`).waitFor();
      await entryCard(page, representative).getByText('52010219800101123X').waitFor();
      await toastGone(page, '已列入名单');
      await shot(page, 'blacklist-added.png');

      expect(await api.cloudbase.store.find('blacklist', { name: representative })).toEqual([
        expect.objectContaining({ code: '52010219800101123X', kind: 'criminal', note: '市公安局通报（2026）3 号' }),
      ]);
    },
    STEP,
  );

  it(
    'imports a sheet, reporting the row it could not read by its number',
    async () => {
      await visible(page, '知道了').click();
      await button(page, '导入 Excel').click();
      await visible(page, /第 1 行为列名/).waitFor();
      const bytes = await blacklistWorkbook([
        ['贵州某甲化工有限公司', '91520100MA6DKXJ31Q', '失信', '法院公布'],
        ['某乙', '5201021990', '涉黑涉恶', ''],
        ['吴某某', null, '失信', ''],
      ]);
      await page.locator('.workbook-pick-button__input').setInputFiles({
        name: '失信名单.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: bytes,
      });
      await visible(page, '已导入 2 条，1 行未导入').waitFor({ timeout: 20_000 });
      await visible(page, '第 3 行：「5201021990」不是 18 位统一社会信用代码或身份证号').waitFor();
      await visible(page, '没有涉及在审的建站申报').waitFor();
      await entryCard(page, '贵州某甲化工有限公司').waitFor({ timeout: 15_000 });
      await settled(page);
      await shot(page, 'blacklist-imported.png');
      expect(await api.cloudbase.store.count('blacklist', {})).toBe(3);
    },
    STEP,
  );

  it(
    'finds an entry by the start of its name and takes it off the list with a reason',
    async () => {
      await fill(page, '按名称或证件号码开头查找', '吴某');
      await visible(page, '查找').click();
      await visible(page, '条在册（“吴某”开头）').waitFor({ timeout: 15_000 });
      await page.locator('.blacklist-entry').filter({ visible: true }).nth(1).waitFor({ state: 'detached' });
      const card = entryCard(page, '吴某某');
      await card.locator('taro-button-core').filter({ hasText: '移出名单' }).click();
      await fillText(page, '如：已履行判决、信用修复，或经核实系同名误列', '经核实系同名误列');
      await shot(page, 'blacklist-remove.png');
      await button(page, '确认移出').click();
      await visible(page, '没有找到').waitFor({ timeout: 15_000 });
      await visible(page, '已移出').click();
      await visible(page, '条已移出（“吴某”开头）').waitFor({ timeout: 15_000 });
      await entryCard(page, '吴某某').getByText('移出原因：经核实系同名误列').waitFor();
      await settled(page);
      await toastGone(page, '已移出名单');
      await shot(page, 'blacklist-removed.png');

      expect(await api.cloudbase.store.find('blacklist', { name: '吴某某' })).toEqual([
        expect.objectContaining({ removalReason: '经核实系同名误列', removedAt: expect.any(String) }),
      ]);
    },
    STEP,
  );
});
