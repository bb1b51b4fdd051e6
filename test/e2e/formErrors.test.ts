import type { Browser, Page } from 'playwright-core';
import { NEED_LIMITS, PROFILE_LIMITS } from '../../types/catalogue';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, fillText, shot, signIn, tile, visible } from '../support/phone';

/**
 * Every form says what is wrong where it is wrong: a submit of an empty form shows each field's
 * problem at once, a fixed field's problem goes while the others stay, a text past its most is
 * kept whole and counted in red (超出 N 字) and blocks the submit, a short one says 还差 N 个字.
 * Nothing is written while a problem stands.
 */

const STEP = 90_000;
const UNIT = '需求单位 · 刘洋';
const EXPERT = '专家 · 陈静';
const DESCRIPTION = '请描述现状和遇到的技术问题';

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

/** The problems shown at the fields, in page order. */
async function fieldErrors(page: Page): Promise<string[]> {
  return page.locator('.form-field__error, .field-problem').filter({ visible: true }).allTextContents();
}

/** Until the fields show exactly these problems. */
async function untilErrors(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      JSON.stringify(
        Array.from(document.querySelectorAll<HTMLElement>('.form-field__error, .field-problem'))
          .filter((el) => el.offsetParent !== null)
          .map((el) => el.textContent),
      ) === JSON.stringify(wanted),
    expected,
  );
}

describe('the need form', () => {
  it(
    'shows every problem at its field, drops a fixed one, counts a long text whole and writes nothing',
    async () => {
      const before = await api.cloudbase.store.count('needs', {});
      const page = await signIn(browser, api.cloudbase.origin, UNIT);
      await tile(page, '提交需求').click();
      await visible(page, '需求标题').waitFor();
      // No banner before and none after: the problems are at the fields.
      await button(page, '提交需求').click();
      await untilErrors(page, ['请填写需求标题', '请填写需求描述', '请填写预期成果', '请选择服务类型']);
      expect(await page.locator('.notice--error').filter({ visible: true }).count()).toBe(0);
      await shot(page, 'form-errors-need.png');

      // Fixing one field takes its problem away at once; the others stay.
      await fill(page, '如：铸锭气孔率偏高', '铸锭气孔率偏高');
      await untilErrors(page, ['请填写需求描述', '请填写预期成果', '请选择服务类型']);

      // A pasted text past the most is kept whole, counted in red, and the submit is refused.
      const [min, max] = NEED_LIMITS.description;
      await fillText(page, DESCRIPTION, '气'.repeat(max + 1));
      await visible(page, '超出 1 字').waitFor();
      const kept = await page.locator(`textarea[placeholder="${DESCRIPTION}"]`).filter({ visible: true }).inputValue();
      expect(kept).toHaveLength(max + 1);
      expect(await page.locator('.text-box__count--over').filter({ visible: true }).textContent()).toBe('超出 1 字');
      await untilErrors(page, [`需求描述超出 1 字，最多 ${max} 个字`, '请填写预期成果', '请选择服务类型']);
      await fillText(page, '希望解决到什么程度，如：气孔率降到 0.5% 以下', '气孔率降到 0.5% 以下');
      await visible(page, '技术攻关').click();
      await untilErrors(page, [`需求描述超出 1 字，最多 ${max} 个字`]);
      await shot(page, 'form-errors-need-too-long.png');
      await button(page, '提交需求').click();
      await untilErrors(page, [`需求描述超出 1 字，最多 ${max} 个字`]);

      // Too short says how many characters are missing; while it stands nothing is sent.
      await fillText(page, DESCRIPTION, '气孔');
      await untilErrors(page, [`需求描述还差 ${min - 2} 个字`]);
      await button(page, '提交需求').click();
      await untilErrors(page, [`需求描述还差 ${min - 2} 个字`]);
      expect(await api.cloudbase.store.count('needs', {})).toBe(before);
      await page.context().close();
    },
    STEP,
  );
});

describe('the profile form', () => {
  it(
    'shows every problem at its field and drops a fixed one, saving nothing meanwhile',
    async () => {
      const [saved] = await api.cloudbase.store.find('users', { _id: DEMO_USERS.expert });
      const page = await signIn(browser, api.cloudbase.origin, EXPERT);
      await page.goto(`${api.cloudbase.origin}/packages/profile/pages/edit/index`);
      await visible(page, /最近更新/).waitFor();
      await fill(page, '真实姓名', '');
      await fill(page, '11 位手机号', '139');
      await fill(page, '单位全称', '');
      await button(page, '保存').click();
      await untilErrors(page, ['请填写姓名', '请填写 11 位手机号', '请填写工作单位']);
      expect(await page.locator('.notice--error').filter({ visible: true }).count()).toBe(0);
      await shot(page, 'form-errors-profile.png');

      await fill(page, '真实姓名', '陈静');
      await untilErrors(page, ['请填写 11 位手机号', '请填写工作单位']);

      // A name past its most is kept and counted, not cut.
      const [, max] = PROFILE_LIMITS.name;
      await fill(page, '真实姓名', '陈'.repeat(max + 2));
      await visible(page, '超出 2 字').waitFor();
      await untilErrors(page, [`姓名超出 2 字，最多 ${max} 个字`, '请填写 11 位手机号', '请填写工作单位']);
      await button(page, '保存').click();
      await untilErrors(page, [`姓名超出 2 字，最多 ${max} 个字`, '请填写 11 位手机号', '请填写工作单位']);
      expect(await fieldErrors(page)).toHaveLength(3);
      expect((await api.cloudbase.store.find('users', { _id: DEMO_USERS.expert }))[0]).toEqual(saved);
      await page.context().close();
    },
    STEP,
  );
});
