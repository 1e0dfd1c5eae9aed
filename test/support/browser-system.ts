import type { Browser } from 'playwright-core';
import { startTestSystem, type TestSystem } from './api';
import { launchBrowser } from './browser';

/** A browser test file's world: the system listening on a port and serving the web app, and a Chromium. */
export interface BrowserSystem {
  readonly system: TestSystem;
  readonly browser: Browser;
  stop(): Promise<void>;
}

/** Starts both at once; `stop()` closes the browser, then the system. */
export async function startBrowserSystem(
  options: Omit<Parameters<typeof startTestSystem>[0] & object, 'listen'> = {},
): Promise<BrowserSystem> {
  const [system, browser] = await Promise.all([startTestSystem({ ...options, listen: true }), launchBrowser()]);
  return {
    system,
    browser,
    async stop() {
      await browser.close();
      await system.stop();
    },
  };
}
