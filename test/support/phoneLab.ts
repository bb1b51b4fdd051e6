import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { H5_DIR } from '../../scripts/h5-build';
import { launchBrowser } from './browser';
import { startLocalApi, type LocalApi } from './localApi';
import { SHOTS } from './phone';

export interface PhoneLab {
  api: LocalApi;
  browser: Browser;
}

/** An e2e suite's own local runtime, serving the H5 build with the demo sign-in, and a headless browser. */
export async function startPhoneLab(): Promise<PhoneLab> {
  await mkdir(SHOTS, { recursive: true });
  const api = await startLocalApi({ staticDir: H5_DIR, users: DEMO_SIGN_IN });
  return { api, browser: await launchBrowser() };
}

/** Safe after a start that failed half-way: whatever was started is stopped. */
export async function stopPhoneLab(lab: Partial<PhoneLab>): Promise<void> {
  await lab.browser?.close();
  await lab.api?.stop();
}
