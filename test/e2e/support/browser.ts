import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from './webHost';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results');

/** Headless Debian Chromium, driven by playwright-core (no downloaded browsers). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface PageProblems {
  /** Console errors and uncaught exceptions, minus the browser's notes about HTTP error statuses. */
  readonly errors: string[];
}

/** Records what went wrong in the page, so tests can assert the workbench ran cleanly. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // API calls that fail on purpose (opening a non-project) answer 400; Chromium logs those.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    // index.html carries frame-ancestors in its CSP meta tag for the desktop app; the web host
    // also sends it as a header, where browsers honour it. Chromium notes the meta copy is ignored.
    if (/directive 'frame-ancestors' is ignored when delivered via a <meta> element/.test(text)) return;
    problems.errors.push(`console: ${text}`);
  });
  return problems;
}

/** Waits until the workbench restored its layout and is ready for input. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.workbench[data-ready="true"]').waitFor({ timeout: 20_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Let transitions (progress bars, hover fades) settle first.
  await page.waitForTimeout(250);
  await page.screenshot({ path });
  return path;
}
