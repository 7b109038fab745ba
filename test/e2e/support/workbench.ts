import type { Locator, Page } from 'playwright-core';

/** Small helpers that read the workbench the way a user sees it. */

export const bodyTheme = (page: Page) => page.locator('body').getAttribute('data-theme');

export async function waitForTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.locator(`body[data-theme="${theme}"]`).waitFor({ state: 'attached' });
}

export const tabs = (page: Page) => page.getByRole('tablist', { name: 'Open editors' }).getByRole('tab');

/** The titles of the open editor tabs, in order. */
export async function tabTitles(page: Page): Promise<string[]> {
  return (await tabs(page).allTextContents()).map((text) => text.trim());
}

export async function activeTabTitle(page: Page): Promise<string> {
  return ((await page.locator('.editor-tab[aria-selected="true"]').textContent()) ?? '').trim();
}

export const quickInput = (page: Page): Locator => page.locator('.quick-input');

/** Runs a command through the palette: Ctrl+Shift+P, type, check the top row, Enter. */
export async function runFromPalette(page: Page, query: string, expectedLabel: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await quickInput(page).waitFor();
  await page.keyboard.type(query);
  const active = page.locator('.quick-input-row[aria-selected="true"]');
  await active.filter({ hasText: expectedLabel }).waitFor({ timeout: 5_000 });
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'detached' });
}

export async function sidebarWidth(page: Page): Promise<number> {
  return Number(await page.getByRole('separator', { name: 'Resize side bar' }).getAttribute('aria-valuenow'));
}
