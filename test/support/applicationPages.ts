import type { Locator, Page } from 'playwright-core';
import type { ApplicationSection, Province } from '../../types/catalogue';
import { todayPlusYears } from '../../src/utils/dates';
import { PNG } from './images';
import { button, fillText, settled, visible } from './phone';

/** The 申报书 pages as a person works them: the form's sections and pickers, and the review's steps. */

/** One section of the 申报书 form. */
export const formSection = (page: Page, id: ApplicationSection): Locator => page.locator(`#application-${id}`);

/** Opens (or folds) a section by its title bar, as a person taps it. */
export async function toggleSection(page: Page, id: ApplicationSection): Promise<void> {
  await formSection(page, id).locator('.application-section__head').click();
}

/** Types into the first field in `scope` with this placeholder, a line or a text box. */
export async function fillIn(scope: Locator, placeholder: string, value: string): Promise<void> {
  await scope
    .locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`)
    .first()
    .fill(value);
}

/** Confirms NutUI's open picker (a date, a province, a category) at the row it shows. */
export async function confirmNutPicker(page: Page): Promise<void> {
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
export async function swipeWheel(page: Page, column: number, rows: number, label: string): Promise<void> {
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

/**
 * Opens the n-th date field in a scope, turns its year wheel by `years`, and confirms. The
 * phone's calendar must be Shanghai's (`timezoneId`), as the wheels open at its today.
 */
export async function pickDate(page: Page, scope: Locator, n: number, years = 0): Promise<void> {
  await scope.locator('.option-picker').nth(n).click();
  if (years !== 0) {
    const shown = await scope.locator('.option-picker').nth(n).innerText();
    const from = Number((/^\d{4}/.test(shown) ? shown : todayPlusYears()).slice(0, 4));
    await swipeWheel(page, 0, years, `${from + years}年`);
  }
  await confirmNutPicker(page);
}

/** Adds a row to 进站专家信息表 and fills it, its province picked on the wheel. */
export async function fillExpert(page: Page, index: number, province: Province): Promise<void> {
  const experts = formSection(page, 'experts');
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

/** The application's page, loaded and settled. */
export async function openApplication(page: Page, origin: string, applicationId: string): Promise<void> {
  await page.goto(`${origin}/packages/applications/pages/detail/index?applicationId=${applicationId}`);
  await visible(page, '审核记录').waitFor({ timeout: 15_000 });
  await settled(page);
}

/** Opens the step's form from its button, writes the opinion and takes the step, until the status shows. */
export async function takeStep(
  page: Page,
  action: string,
  placeholder: string,
  opinion: string,
  status: string,
): Promise<void> {
  await button(page, action).click();
  await fillText(page, placeholder, opinion);
  await button(page, action).click();
  await visible(page, status).waitFor({ timeout: 15_000 });
}

/** Picks a photo for the open step's form, until it has uploaded. */
export async function attachPhoto(page: Page, name: string): Promise<void> {
  // The H5 build picks files with a plain file input, as a browser does.
  await page.locator('input[type="file"]').first().setInputFiles({ name, mimeType: 'image/png', buffer: PNG });
  await visible(page, /已上传/).waitFor({ timeout: 15_000 });
}
