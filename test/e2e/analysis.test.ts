import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageProblems } from './support/browser';
import { launchBrowser, screenshot, waitForWorkbench, watchPage } from './support/browser';
import type { WebHost } from './support/webHost';
import { startWebHost } from './support/webHost';
import { activeTabTitle, runFromPalette } from './support/workbench';

/** The NLP pipeline from the workbench: analyse the sample's verbatims, then read the keyphrases. */
describe('analysis in the workbench', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    host = await startWebHost();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    problems = watchPage(page);
    await page.goto(host.url);
    await waitForWorkbench(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('analyses the verbatims as a job and shows the keyphrases that lean to detractors and to promoters', async () => {
    await page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    await page.getByTestId('response-count').waitFor({ timeout: 90_000 });

    await runFromPalette(page, 'show keyphr', 'Analysis: Show Keyphrases');
    expect(await activeTabTitle(page)).toBe('Keyphrases');
    const editor = page.locator('.editor-area');
    await editor.getByText('No keyphrases yet').waitFor();
    await editor.getByRole('button', { name: 'Analyze Verbatims' }).click();

    const table = page.getByRole('table', { name: 'Keyphrases' });
    await table.waitFor({ timeout: 60_000 });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    const firstPhrase = (await rows.first().locator('td').first().textContent()) ?? '';
    expect(await rows.first().locator('.lean-label').textContent()).toBe('detractors');
    await screenshot(page, 'keyphrases-light');

    await editor.getByRole('button', { name: 'Promoters First' }).click();
    expect(await rows.first().locator('.lean-label').textContent()).toBe('promoters');
    expect(await rows.first().locator('td').first().textContent()).not.toBe(firstPhrase);
    expect(problems.errors).toEqual([]);
  });
});
