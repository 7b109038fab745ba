import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, waitForWorkbench, watchPage, type PageProblems } from './browser';
import { startWebHost, type WebHost } from './webHost';

export interface WorkbenchSession {
  host: WebHost;
  browser: Browser;
  page: Page;
  problems: PageProblems;
}

/**
 * A suite's workbench: before it, Loupe's web host and a Chromium page showing the workbench;
 * after it, both stopped. The fields are set once the suite starts.
 */
export function useWorkbenchSession(options: { readonly colorScheme: 'light' | 'dark'; readonly viewport?: { width: number; height: number } }): WorkbenchSession {
  const session = {} as WorkbenchSession;
  beforeAll(async () => {
    session.host = await startWebHost();
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 }, colorScheme: options.colorScheme });
    session.problems = watchPage(session.page);
    await session.page.goto(session.host.url);
    await waitForWorkbench(session.page);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.host?.stop();
  });
  return session;
}
