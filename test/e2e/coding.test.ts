import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageProblems } from './support/browser';
import { launchBrowser, screenshot, waitForWorkbench, watchPage } from './support/browser';
import type { WebHost } from './support/webHost';
import { startWebHost } from './support/webHost';
import { activeTabTitle, runFromPalette } from './support/workbench';

/** Coding with the keyboard only: themes with shortcut keys, J to move, undo, redo, and a reload. */
describe('coding verbatims in the grid', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;

  const rows = () => page.locator('.verbatims-grid .ag-row[row-index]');
  const chipCount = () => page.locator('.verbatims-grid .ag-row[row-index] .theme-chip').count();
  const codebookCounts = async () =>
    Object.fromEntries(
      await page.locator('.codebook-row').evaluateAll((items) => items.map((li) => [li.getAttribute('data-theme-path'), Number(li.querySelector('.codebook-count')?.textContent?.replace(/,/g, ''))])),
    ) as Record<string, number>;

  async function newTheme(name: string, shortcut: string) {
    await runFromPalette(page, 'new theme', 'Coding: New Theme…');
    const dialog = page.getByRole('dialog', { name: 'New Theme' });
    await dialog.waitFor();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(shortcut);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    host = await startWebHost();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, colorScheme: 'light' });
    problems = watchPage(page);
    await page.goto(host.url);
    await waitForWorkbench(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('codes a dozen verbatims with the keyboard, undoes and redoes, and keeps every code across a reload', async () => {
    await page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    await page.getByTestId('response-count').waitFor({ timeout: 90_000 });
    await newTheme('Billing', 'b');
    await newTheme('Praise', 'p');
    await newTheme('Support', 's');
    await page.keyboard.press('Control+Shift+K');
    await page.locator('.codebook-row[data-theme-path="Support"]').waitFor();

    await runFromPalette(page, 'show verbat', 'Coding: Show Verbatims');
    expect(await activeTabTitle(page)).toBe('Verbatims');
    await rows().first().waitFor();
    await expect.poll(() => page.getByTestId('verbatim-count').textContent()).toBe('2,466 verbatims');
    await rows().first().locator('.ag-cell').first().click();
    const keys = ['b', 'p', 's', 'b', 'p', 's', 'b', 'p', 's', 'b', 'p', 's'];
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      await expect.poll(chipCount).toBe(i + 1);
      await page.keyboard.press('j');
    }
    await expect.poll(codebookCounts).toEqual({ Billing: 4, Praise: 4, Support: 4 });
    await screenshot(page, 'coding-grid-light');

    await page.keyboard.press('Control+Z');
    await expect.poll(chipCount).toBe(11);
    await expect.poll(codebookCounts).toEqual({ Billing: 4, Praise: 4, Support: 3 });
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(chipCount).toBe(12);

    // Pressing a theme's key again removes it from the verbatim.
    await page.keyboard.press('k');
    await page.keyboard.press('s');
    await expect.poll(chipCount).toBe(11);
    await page.keyboard.press('Control+Z');
    await expect.poll(chipCount).toBe(12);

    await page.reload();
    await waitForWorkbench(page);
    await runFromPalette(page, 'show verbat', 'Coding: Show Verbatims');
    await rows().first().waitFor();
    await expect.poll(chipCount).toBe(12);
    await expect.poll(codebookCounts).toEqual({ Billing: 4, Praise: 4, Support: 4 });

    // Filters combine: only the verbatims coded Praise.
    await page.getByRole('combobox', { name: 'Theme filter' }).selectOption({ label: 'Praise' });
    await expect.poll(() => page.getByTestId('verbatim-count').textContent()).toBe('4 verbatims');
    expect(problems.errors).toEqual([]);
  });
});
