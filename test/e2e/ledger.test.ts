import type { Browser } from 'playwright-core';
import type { LedgerBalance, LedgerEntry } from '../../types/ledger';
import { FORBIDDEN_EXPENSE_RULE } from '../../types/catalogue';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from '../support/localApi';
import { confirmNutPicker } from '../support/applicationPages';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, fillText, settled, shot, signIn, tile, visible } from '../support/phone';
import { PNG } from '../support/images';

/**
 * The station ledger through the pages: the society admin records an expense with a receipt photo
 * (a forbidden use in the words is told at the field, with the rule) and the balance falls; the
 * city admin sees every station's balance and exports them.
 */

const STEP = 120_000;
const CITY = '市科协管理员 · 王敏';
const SOCIETY = '学会管理员 · 李建国';
const STATION = 'st-aluminium';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
  // Recognised before balance documents were kept: its 5 万元 is summed from the entry.
  await api.cloudbase.store.insertMany('ledger', [
    {
      _id: 'e2e-ledger-grant',
      stationId: STATION,
      societyId: 'soc-nonferrous',
      kind: 'grant',
      amountFen: 5_000_000,
      date: '2025-02-20',
      note: '建站经费补助',
      grantKind: 'recognition',
      documentNumber: '筑科协发〔2025〕9 号',
      recordedAt: '2025-02-20T02:00:00.000Z',
      recordedBy: DEMO_USERS.cityAdmin,
      recordedByName: '王敏',
    },
  ]);
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const expenses = async () =>
  ((await api.cloudbase.store.find('ledger', { stationId: STATION })) as unknown as LedgerEntry[]).filter(
    (entry) => entry.kind === 'expense',
  );

describe('the station ledger', () => {
  it(
    'lets the society admin record an expense with a receipt, refusing a forbidden use at its field',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await page.goto(`${api.cloudbase.origin}/packages/station/pages/detail/index?stationId=${STATION}`);
      await visible(page, '补助的拨付、支出与结余，支出票据').click();
      await visible(page, '50,000.00').waitFor({ timeout: 15_000 });
      await visible(page, '伍万元整').waitFor();
      await settled(page);
      await shot(page, 'ledger-station-before.png');

      await button(page, '记一笔支出').click();
      await visible(page, '补助资金专款专用').waitFor({ timeout: 15_000 });
      await settled(page);
      await page.locator('.ledger-form .option-picker').first().click();
      // The wheel opens at the first category, 专家差旅费.
      await confirmNutPicker(page);
      await visible(page, '专家差旅费').waitFor();
      await fill(page, '如 1200.50', '1200.5');
      await visible(page, '大写：壹仟贰佰元伍角').waitFor();
      await fill(page, '收款单位或个人', '北京有色金属研究总院');
      await fillText(page, '如：邀请专家现场指导铝液除气工艺的咨询费', '春节员工福利');
      await page
        .locator('input[type="file"]')
        .first()
        .setInputFiles({ name: '机票行程单.png', mimeType: 'image/png', buffer: PNG });
      await visible(page, /已上传/).waitFor({ timeout: 15_000 });
      await button(page, '记录支出').click();
      // Said at the field, with the rule; nothing sent.
      await page
        .locator('.form-field--error')
        .filter({ hasText: `用途说明写明用于「福利」：${FORBIDDEN_EXPENSE_RULE}` })
        .waitFor();
      await shot(page, 'ledger-expense-forbidden.png');
      expect(await expenses()).toHaveLength(0);

      await fillText(page, '如：邀请专家现场指导铝液除气工艺的咨询费', '邀请省外专家现场指导除气工艺的往返机票');
      await button(page, '记录支出').click();

      await visible(page, '48,799.50').waitFor({ timeout: 15_000 });
      await visible(page, '邀请省外专家现场指导除气工艺的往返机票').waitFor();
      await page.locator('.attachment-list__thumb').first().waitFor();
      await settled(page);
      await shot(page, 'ledger-station-after.png');
      const [expense] = await expenses();
      expect(expense).toMatchObject({
        category: 'expert_travel',
        amountFen: 120_050,
        payee: '北京有色金属研究总院',
        recordedBy: DEMO_USERS.societyAdmin,
      });
      expect(expense.receipts).toHaveLength(1);
      const [balance] = (await api.cloudbase.store.find('ledgerBalances', {
        _id: STATION,
      })) as unknown as LedgerBalance[];
      expect(balance).toMatchObject({ grantedFen: 5_000_000, spentFen: 120_050 });
      await page.close();
    },
    STEP,
  );

  it(
    'shows the city admin every station’s balance and exports them',
    async () => {
      const page = await signIn(browser, api.cloudbase.origin, CITY);
      await tile(page, '经费').click();
      await visible(page, '结余合计（元）').waitFor({ timeout: 15_000 });
      const row = page.locator('.ledger-overview__row').filter({ hasText: '华铝新材料' });
      await row.getByText('结余 ￥48,799.50').waitFor();
      await row.getByText('已支出 ￥1,200.50').waitFor();
      await settled(page);
      await shot(page, 'ledger-overview.png');

      // The browser build opens the file in a new tab; the URL it is given is what a person downloads.
      await page.evaluate(() => {
        const opened: string[] = [];
        Object.assign(window, { openedUrls: opened });
        window.open = (url?: string | URL) => {
          opened.push(String(url));
          return null;
        };
      });
      await button(page, '导出 Excel').click();
      await page.waitForFunction(() => (window as unknown as { openedUrls: string[] }).openedUrls[0], null, {
        timeout: 15_000,
      });
      await visible(page, /已生成「工作站经费-\d{4}-\d{2}-\d{2}.*\.xlsx」/).waitFor();
      await shot(page, 'ledger-export.png');

      // The row opens the station's ledger, where the city grants but does not spend.
      await row.click();
      await visible(page, '收支明细（2 笔）').waitFor({ timeout: 15_000 });
      await button(page, '拨付补助').waitFor();
      expect(await button(page, '记一笔支出').count()).toBe(0);
      await page.close();
    },
    STEP,
  );
});
