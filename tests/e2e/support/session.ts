import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

export interface AppSession {
  server: TestServer;
  browser: Browser;
  page: Page;
}

/**
 * Before a file's tests: a web server on a fresh database (frozen at `now`, its machine in `zone` if given), Chromium, and one page,
 * handed to `take`; after them, both closed.
 */
export function useAppSession(options: { now: string; zone?: string }, take: (session: AppSession) => void): void {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchBrowser();
    take({ server, browser, page: await openPage(browser) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
