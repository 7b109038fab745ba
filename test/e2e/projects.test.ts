import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageProblems } from './support/browser';
import { launchBrowser, screenshot, waitForWorkbench, watchPage } from './support/browser';
import type { WebHost } from './support/webHost';
import { startWebHost } from './support/webHost';
import { activeTabTitle, quickInput, runFromPalette, tabTitles } from './support/workbench';

/** Projects end to end, in the dark theme: create, close, reopen from the file browser, forget. */
describe('projects in the workbench', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  const projectName = 'Q3 relationship survey';

  const statusProject = () => page.locator('.statusbar-project').textContent();

  beforeAll(async () => {
    host = await startWebHost();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    problems = watchPage(page);
    await page.goto(host.url);
    await waitForWorkbench(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('remembers the layout without a project (in the browser), always showing Welcome', async () => {
    await page.keyboard.press('Control+,');
    expect(await activeTabTitle(page)).toBe('Settings');
    await page.keyboard.press('Control+B');
    await page.locator('.sidebar').waitFor({ state: 'detached' });
    await page.waitForTimeout(600);
    await page.reload();
    await waitForWorkbench(page);
    expect(await tabTitles(page)).toEqual(['Welcome', 'Settings']);
    expect(await activeTabTitle(page)).toBe('Welcome');
    expect(await page.locator('.sidebar').count()).toBe(0);
    await page.keyboard.press('Control+B');
    await page.locator('.sidebar').waitFor();
  });

  it('creates a project from the New Project dialog, showing where it goes', async () => {
    await page.keyboard.press('Control+Alt+N');
    const dialog = page.getByRole('dialog', { name: 'New Project' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Folder').inputValue()).toBe(host.projectsDir);
    await page.keyboard.type(projectName);
    const expected = join(host.projectsDir, `${projectName}.loupe`);
    expect(await dialog.getByLabel('Project file path').textContent()).toBe(expected);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await statusProject()).toBe(projectName);
    expect(await page.getByTestId('response-count').textContent()).toBe('0 responses');
    expect(await activeTabTitle(page)).toBe('Project Overview');

    await page.keyboard.press('Control+Shift+D');
    await page.getByText('No datasets yet').waitFor();
    await screenshot(page, 'new-project-dark');
  });

  it('closes the project back to the Welcome page, which lists it as recent', async () => {
    await runFromPalette(page, 'close proj', 'Project: Close Project');
    await page.locator('.editor-tab[aria-selected="true"]', { hasText: 'Welcome' }).waitFor();
    expect(await statusProject()).toBe('No Project');
    const recent = page.getByRole('list', { name: 'Recent projects' });
    expect(await recent.locator('.welcome-recent-name').allTextContents()).toEqual([projectName]);
  });

  it('shows the sample job in the Jobs panel and finds its dataset with quick open', async () => {
    await page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    await page.getByTestId('response-count').waitFor({ timeout: 90_000 });
    await page.keyboard.press('Control+K');
    await page.keyboard.press('J');
    const job = page.getByRole('table', { name: 'Jobs' }).locator('tbody tr[data-state="succeeded"]');
    await job.waitFor();
    expect(await page.getByRole('table', { name: 'Jobs' }).locator('tbody tr').count()).toBe(1);
    expect(await job.locator('.job-title').textContent()).toContain('sample');
    const bar = job.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe(await bar.getAttribute('aria-valuemax'));

    await page.keyboard.press('Control+P');
    await quickInput(page).waitFor();
    await page.keyboard.type('survey.csv');
    await page.locator('.quick-input-row[aria-selected="true"]', { hasText: 'survey.csv' }).waitFor();
    await page.keyboard.press('Enter');
    expect(await activeTabTitle(page)).toBe('survey.csv');
    expect(await page.getByLabel(/^Rows imported: /).getAttribute('aria-label')).toMatch(/^Rows imported: [\d,]{4,}$/);
    await screenshot(page, 'dataset-dark');
  });

  it('opens a project with the keyboard from the Open Project file browser', async () => {
    await page.keyboard.press('Control+O');
    const dialog = page.getByRole('dialog', { name: 'Open Project' });
    await dialog.waitFor();
    const list = dialog.getByRole('listbox', { name: 'Folder contents' });
    await list.getByRole('option', { name: new RegExp(projectName) }).waitFor();
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 5 && !((await list.locator('[aria-selected="true"]').textContent()) ?? '').includes(projectName); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await list.locator('[aria-selected="true"]').textContent()).toContain(projectName);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await statusProject()).toBe(projectName);
  });

  it('greys out a recent project whose file is gone, and removes it from the list', async () => {
    await runFromPalette(page, 'close proj', 'Project: Close Project');
    await rm(join(host.projectsDir, `${projectName}.loupe`), { force: true });
    await page.reload();
    await waitForWorkbench(page);
    const recent = page.getByRole('list', { name: 'Recent projects' });
    const missing = recent.locator('li.missing');
    await missing.waitFor();
    expect(await missing.locator('.welcome-recent-name').textContent()).toBe(projectName);
    expect(await missing.locator('.welcome-recent-tag').textContent()).toBe('missing');
    expect(await missing.getByRole('button').first().isDisabled()).toBe(true);
    await screenshot(page, 'welcome-recent-dark');
    await missing.getByRole('button', { name: `Remove ${projectName} from the recent list` }).click();
    await missing.waitFor({ state: 'detached' });
    expect(await recent.locator('.welcome-recent-name').allTextContents()).toEqual(['Acme NPS sample']);
    expect(problems.errors).toEqual([]);
  });
});
