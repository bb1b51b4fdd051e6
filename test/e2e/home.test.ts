import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { openPhonePage } from '../support/browser';
import { expectOk, requestIds, type LocalApi } from '../support/localApi';
import { apiCalls, back, button, fill, settled, tile, visible } from '../support/phone';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';

const SHOTS = path.resolve(__dirname, '../../test-results/screenshots');

let api: LocalApi;
let browser: Browser;
beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

async function signInAs(label: string): Promise<Page> {
  const page = await openPhonePage(browser);
  await page.goto(`${api.cloudbase.origin}/`);
  await page.getByText(label).click();
  return page;
}

describe('the H5 app against the local CloudBase', () => {
  it('offers the demo users to sign in as', async () => {
    const page = await openPhonePage(browser);
    await page.goto(`${api.cloudbase.origin}/`);
    for (const user of DEMO_SIGN_IN) await expectVisible(page, user.label);
    await page.screenshot({ path: path.join(SHOTS, 'sign-in.png') });
  });

  it('shows an expert the two stations on their roster', async () => {
    const page = await signInAs('专家 · 陈静');
    await expectVisible(page, '中国有色金属学会产业科技服务工作站（华铝新材料）');
    await expectVisible(page, '贵阳市电子学会产业科技服务站（贵阳职业技术学院）');
    await expectVisible(page, '国家级工作站');
    await page.screenshot({ path: path.join(SHOTS, 'home-expert.png') });
  });

  it('shows the city admin every station', async () => {
    const page = await signInAs('市科协管理员 · 王敏');
    for (const name of ['华铝新材料', '开阳县南江乡', '贵阳职业技术学院']) await expectVisible(page, name);
    await page.screenshot({ path: path.join(SHOTS, 'home-city-admin.png') });
  });

  it('shows a demand-unit contact their own station only', async () => {
    const page = await signInAs('需求单位 · 刘洋');
    await expectVisible(page, '华铝新材料');
    await expect(page.getByText('开阳县南江乡').count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'home-demand-unit.png') });
  });
});

describe('who the caller is (session.whoami)', () => {
  const rid = requestIds('e2e-home');
  const whoamiCalls = (calls: string[]) => calls.filter((action) => action === 'session.whoami').length;

  /** Signs in, counting the API calls from the tap on the demo user on. */
  async function signInCounting(label: string): Promise<{ page: Page; calls: string[] }> {
    const page = await openPhonePage(browser);
    await page.goto(`${api.cloudbase.origin}/`);
    const user = page.getByText(label);
    await user.waitFor();
    const calls = apiCalls(page);
    await user.click();
    await visible(page, '科创中国 · 贵阳学会产业科技服务工作站').waitFor();
    await settled(page);
    return { page, calls };
  }

  it('is asked once however many pages the person opens', async () => {
    const { page, calls } = await signInCounting('站长 · 张伟');
    await tile(page, '需求管理').click();
    await page.locator('.need-list').filter({ visible: true }).waitFor();
    await settled(page);
    await back(page);
    await tile(page, '需求管理').waitFor();
    await page.locator('.station-card--link').filter({ visible: true }).first().click();
    await visible(page, '人员名单').waitFor();
    await back(page);
    await tile(page, '需求管理').waitFor();
    await page.getByText('我的', { exact: true }).click();
    await visible(page, '绑定邀请码').waitFor();
    await page.getByText('首页', { exact: true }).click();
    await tile(page, '需求管理').waitFor();

    expect(calls).toEqual(expect.arrayContaining(['needs.list', 'stations.get']));
    expect(whoamiCalls(calls)).toBe(1);
  }, 60_000);

  it('is asked again when a bound code gives the person a role, and only then', async () => {
    const invitation = expectOk(
      await api.call(
        DEMO_USERS.stationHead,
        'invitations.create',
        { role: 'expert', stationId: 'st-aluminium', validDays: 7, maxUses: 1 },
        rid(),
      ),
    );
    const { page, calls } = await signInCounting('新用户 · 孙三');
    await page.getByText('我的', { exact: true }).click();
    await visible(page, '暂无身份').waitFor();
    await tile(page, '绑定邀请码').click();
    await fill(page, '请输入邀请码', invitation.code);
    await button(page, '查询').click();
    await button(page, '确认绑定').click();
    await tile(page, '我的任务').waitFor({ timeout: 15_000 });
    await page.getByText('我的', { exact: true }).click();
    await visible(page, '当前：专家').waitFor();

    expect(whoamiCalls(calls)).toBe(2);
  }, 60_000);
});

async function expectVisible(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 15_000 });
}
