import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { openPhonePage } from '../support/browser';
import type { LocalApi } from '../support/localApi';
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

async function expectVisible(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 15_000 });
}
