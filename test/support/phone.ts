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

/**
 * Until the page on top has finished arriving: Taro's H5 router hides the page below when the
 * arrival ends (a timer). Done when exactly one page is still shown and it has settled in.
 */
export async function arrived(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const shown = Array.from(document.querySelectorAll('.taro_page:not(.taro_page_shade)'));
    return shown.length === 1 && shown[0].classList.contains('taro_page_stationed');
  });
}

/**
 * The phone's back, once the page on top has arrived: going back before, the router's timer still
 * hides the page below afterwards and leaves a blank screen.
 */
export async function back(page: Page): Promise<void> {
  await arrived(page);
  await page.goBack();
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
