import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContextOptions } from 'playwright-core';

/** Chromium from npm (no system package needed); CHROME_PATH points at another build. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || (await chromium.executablePath());
  return playwright.launch({
    executablePath,
    headless: true,
    args: [
      // --single-process makes every browser context share one cookie jar: one sign-in would sign in all pages.
      ...(process.env.CHROME_PATH ? [] : chromium.args.filter((arg) => arg !== '--single-process')),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A phone-sized page, as the app is used; `extra` adds e.g. a position and the permission to read it. */
export async function openPhonePage(browser: Browser, extra: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    ...extra,
  });
  return context.newPage();
}
