import path from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { openPhonePage } from './browser';

/** Where the e2e suites put the screenshots a person looks at. */
export const SHOTS = path.resolve(__dirname, '../../test-results/screenshots');

/** A phone page signed in as the demo user with this label, on the home page. */
export async function signIn(
  browser: Browser,
  origin: string,
  label: string,
  extra: BrowserContextOptions = {},
): Promise<Page> {
  const page = await openPhonePage(browser, extra);
  await page.goto(`${origin}/`);
  await page.getByText(label).click();
  await visible(page, '科创中国 · 贵阳学会产业科技服务工作站').waitFor();
  await settled(page);
  return page;
}

/**
 * Until nothing on the page shows it is loading: a list that arrives pushes what is below it
 * down, and a tap aimed before it lands hits whatever moved there (seen on a loaded CI machine).
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('.loading-state').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 15_000 });
}

/** The first visible element with this text (Taro keeps earlier pages of the stack in the DOM, hidden). */
export function visible(page: Page, text: string | RegExp): Locator {
  return page.getByText(text).filter({ visible: true }).first();
}

/** A home tile by its exact title (descriptions may contain the same words). */
export function tile(page: Page, title: string): Locator {
  return page.getByText(title, { exact: true }).filter({ visible: true }).first();
}

/** A NutUI button by its text (the button, not its label, takes the tap). */
export function button(page: Page, text: string): Locator {
  return page.locator('taro-button-core').filter({ hasText: text }).filter({ visible: true }).first();
}

export async function fill(page: Page, placeholder: string, value: string): Promise<void> {
  // Taro's <taro-input-core> carries the placeholder too; the native input inside takes the text.
  await page.locator(`input[placeholder="${placeholder}"]`).filter({ visible: true }).first().fill(value);
}

export async function fillText(page: Page, placeholder: string, value: string): Promise<void> {
  await page.locator(`textarea[placeholder="${placeholder}"]`).filter({ visible: true }).first().fill(value);
}

/** Until the page on top has arrived: exactly one page is shown, and it has settled in. */
export async function arrived(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const shown = Array.from(document.querySelectorAll('.taro_page:not(.taro_page_shade)'));
    return shown.length === 1 && shown[0].classList.contains('taro_page_stationed');
  });
}

/** The navigation bar's back arrow, tapped once the page on top has arrived, as a person does. */
export async function back(page: Page): Promise<void> {
  await arrived(page);
  await page.locator('.taro-navigation-bar-back').filter({ visible: true }).click();
}

/** The whole of the page in view (it scrolls inside Taro's page container, so the viewport grows to fit). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).forEach((el) => (el.scrollTop = 0));
  });
  const height = await page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.zwt-page')).filter(
      (el) => el.offsetParent !== null,
    );
    return Math.max(0, ...pages.map((el) => el.scrollHeight));
  });
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height + 100) });
  await page.screenshot({ path: path.join(SHOTS, name) });
  await page.setViewportSize(viewport);
}

/** The actions this page asks the API for from now on, in order (the H5 build posts each to the local runtime). */
export function apiCalls(page: Page): string[] {
  const actions: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/__local/functions/api') {
      actions.push((request.postDataJSON() as { action: string }).action);
    }
  });
  return actions;
}

/** Taro's picker wheels (date and time): a row's height and where the chosen row sits, in CSS pixels. */
const ROW = 34;
const TOP = 102;

/**
 * Turns a wheel of Taro's picker by whole rows (up: later values) with the mouse, a few rows
 * per stroke so the pointer stays on the wheel; past either end it stops at its first or last
 * row. The wheel adds a move to its position as last rendered, so each step waits for the
 * wheel to show the one before.
 */
export async function turnWheel(page: Page, column: number, rows: number): Promise<void> {
  const wheel = page.locator('.weui-picker__group').filter({ visible: true }).nth(column);
  const content = wheel.locator('.weui-picker__content');
  const box = await wheel.boundingBox();
  if (!box) throw new Error(`no wheel ${column}`);
  /** Until the wheel rests on a row (or, during a drag, between two). */
  const untilOnRow = (onRow: boolean) =>
    content.evaluate(
      (el, [wanted, row, top]) =>
        new Promise<void>((resolve) => {
          const check = () => {
            const offset = parseFloat((el as HTMLElement).style.transform.split(',')[1]);
            if (((top - offset) % row === 0) === wanted) resolve();
            else requestAnimationFrame(check);
          };
          check();
        }),
      [onRow, ROW, TOP] as const,
    );
  const x = box.x + box.width / 2;
  const middle = box.y + box.height / 2;
  for (let left = rows; left !== 0;) {
    const stroke = Math.max(-5, Math.min(5, left));
    // A few pixels short of whole rows: the wheel rounds to the row, and until it has, the
    // position is between rows.
    const pull = stroke * ROW - Math.sign(stroke) * 5;
    await page.mouse.move(x, middle + pull / 2);
    await page.mouse.down();
    await page.mouse.move(x, middle - pull / 2);
    await untilOnRow(false);
    await page.mouse.up();
    await untilOnRow(true);
    left -= stroke;
  }
}

/** Until Taro's picker has slid up: a stroke aimed at it before it has arrived lands below it. */
export async function pickerShown(page: Page): Promise<void> {
  await page
    .locator('.weui-picker')
    .filter({ visible: true })
    .evaluate((el) => Promise.all(el.getAnimations().map((animation) => animation.finished)));
}

/** Confirms Taro's open picker. */
export async function confirmPicker(page: Page): Promise<void> {
  await page.locator('.weui-picker__action').filter({ hasText: '确定', visible: true }).click();
}
