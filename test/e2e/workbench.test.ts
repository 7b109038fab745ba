import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageProblems } from './support/browser';
import { launchBrowser, screenshot, waitForWorkbench, watchPage } from './support/browser';
import type { WebHost } from './support/webHost';
import { startWebHost } from './support/webHost';
import { activeTabTitle, bodyTheme, quickInput, runFromPalette, sidebarWidth, tabTitles, waitForTheme } from './support/workbench';

/**
 * One user's session through the web host, in order: welcome page, sample project, palette,
 * quick open, tabs, layout memory across a reload, and an error in the Problems panel.
 */
describe('the workbench in a browser', () => {
  let host: WebHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    host = await startWebHost();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    page = await context.newPage();
    problems = watchPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('opens on the Welcome page, following the OS colour scheme', async () => {
    await page.goto(host.url);
    await waitForWorkbench(page);
    expect(await activeTabTitle(page)).toBe('Welcome');
    await expect(page.getByRole('heading', { name: 'Loupe', level: 1 }).textContent()).resolves.toBe('Loupe');
    expect(await page.locator('.statusbar-project').textContent()).toBe('No Project');
    expect(await page.getByText('No recent projects').count()).toBe(1);
    expect(await bodyTheme(page)).toBe('light');
    await screenshot(page, 'welcome-light');

    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForTheme(page, 'dark');
    await screenshot(page, 'welcome-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await waitForTheme(page, 'light');
  });

  it('opens the sample project through a job, then shows the response count', async () => {
    await page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    const count = page.getByTestId('response-count');
    await count.waitFor({ timeout: 90_000 });
    const responses = Number(((await count.textContent()) ?? '').replace(/[^\d]/g, ''));
    expect(responses).toBeGreaterThan(1000);
    expect(await page.locator('.statusbar-project').textContent()).toBe('Acme NPS sample');
    await page.locator('.editor-tab[aria-selected="true"]', { hasText: 'Project Overview' }).waitFor();
    const overviewResponses = await page.getByLabel(/^Responses: /).getAttribute('aria-label');
    expect(overviewResponses).toBe(`Responses: ${responses.toLocaleString('en-US')}`);
    // The job's end is announced with what it produced.
    const toast = page.locator('.notification.info', { hasText: 'Opened “Acme NPS sample”' });
    expect(await toast.textContent()).toContain(`${responses.toLocaleString('en-US')} responses`);
    await screenshot(page, 'project-light');
  });

  it('lists every command in the palette and toggles the theme from it', async () => {
    await page.keyboard.press('Control+Shift+P');
    await quickInput(page).waitFor();
    const rows = page.locator('.quick-input-row');
    expect(await rows.count()).toBeGreaterThan(30);
    const sidebarRow = rows.filter({ hasText: 'View: Toggle Side Bar Visibility' });
    expect(await sidebarRow.locator('kbd').allTextContents()).toEqual(['Ctrl', 'B']);
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'detached' });

    const before = await bodyTheme(page);
    await runFromPalette(page, 'tgl thm', 'Preferences: Toggle Light/Dark Theme');
    await waitForTheme(page, before === 'light' ? 'dark' : 'light');
    expect(await bodyTheme(page)).toBe(before === 'light' ? 'dark' : 'light');
    await screenshot(page, 'project-dark');

    await page.keyboard.press('F1');
    await quickInput(page).waitFor();
    expect(await page.locator('.quick-input-box').inputValue()).toBe('>');
    await page.keyboard.press('Escape');
  });

  it('keeps the palette open when it opens before a command has moved focus into its part', async () => {
    // Ctrl+K J shows the Jobs panel and moves focus into it on the next frame; Ctrl+Shift+P in
    // the same task opens the palette before that frame, and the palette keeps the focus.
    await page.evaluate(`(() => {
      const press = (key, init = {}) => window.dispatchEvent(new KeyboardEvent('keydown', { key, code: 'Key' + key.toUpperCase(), bubbles: true, cancelable: true, ...init }));
      press('k', { ctrlKey: true });
      press('j');
      press('P', { ctrlKey: true, shiftKey: true });
    })()`);
    await quickInput(page).waitFor();
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    expect(await quickInput(page).isVisible()).toBe(true);
    expect(await page.evaluate('document.activeElement?.className')).toContain('quick-input-box');
    expect(await page.getByRole('table', { name: 'Jobs' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'detached' });
  });

  it('quick open (Ctrl+P) finds and opens an editor', async () => {
    await page.keyboard.press('Control+P');
    await quickInput(page).waitFor();
    await page.keyboard.type('keybrd');
    await page.locator('.quick-input-row[aria-selected="true"]', { hasText: 'Keyboard Shortcuts' }).waitFor();
    await page.keyboard.press('Enter');
    expect(await activeTabTitle(page)).toBe('Keyboard Shortcuts');
    const shortcutRows = page.getByRole('table', { name: 'Keyboard shortcuts' }).locator('tbody tr');
    expect(await shortcutRows.count()).toBeGreaterThan(30);

    // "> " in quick open switches to commands, as in VS Code.
    await page.keyboard.press('Control+P');
    await page.keyboard.type('> open settings');
    await page.locator('.quick-input-row[aria-selected="true"]', { hasText: 'Preferences: Open Settings' }).waitFor();
    await page.keyboard.press('Enter');
    expect(await activeTabTitle(page)).toBe('Settings');
  });

  it('closes, reopens and reorders editor tabs', async () => {
    expect(await tabTitles(page)).toEqual(['Project Overview', 'Keyboard Shortcuts', 'Settings']);
    await page.keyboard.press('Control+W');
    expect(await tabTitles(page)).toEqual(['Project Overview', 'Keyboard Shortcuts']);
    expect(await activeTabTitle(page)).toBe('Keyboard Shortcuts');
    await page.keyboard.press('Control+Shift+T');
    expect(await tabTitles(page)).toEqual(['Project Overview', 'Keyboard Shortcuts', 'Settings']);
    expect(await activeTabTitle(page)).toBe('Settings');

    await runFromPalette(page, 'move editor left', 'View: Move Editor Left');
    expect(await tabTitles(page)).toEqual(['Project Overview', 'Settings', 'Keyboard Shortcuts']);

    // Drag "Keyboard Shortcuts" before "Project Overview".
    await page.locator('.editor-tab', { hasText: 'Keyboard Shortcuts' }).dragTo(page.locator('.editor-tab', { hasText: 'Project Overview' }), {
      targetPosition: { x: 5, y: 10 },
    });
    expect(await tabTitles(page)).toEqual(['Keyboard Shortcuts', 'Project Overview', 'Settings']);

    // Middle-click closes a tab.
    await page.locator('.editor-tab', { hasText: 'Settings' }).click({ button: 'middle' });
    expect(await tabTitles(page)).toEqual(['Keyboard Shortcuts', 'Project Overview']);
    await page.keyboard.press('Control+Shift+T');
  });

  it('remembers the layout and the open tabs of the project across a reload', async () => {
    const before = await sidebarWidth(page);
    const sash = page.getByRole('separator', { name: 'Resize side bar' });
    const box = await sash.boundingBox();
    if (!box) throw new Error('The side bar sash is not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 80, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const dragged = await sidebarWidth(page);
    expect(dragged).toBeGreaterThan(before + 60);
    // Keyboard resizing: focus the sash, arrows move 10px.
    await sash.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await sidebarWidth(page)).toBe(dragged - 10);

    const width = await sidebarWidth(page);
    // The layout is saved (debounced) with the project: wait for the save that has it all.
    const saved = page.waitForRequest(
      (request) =>
        request.url().endsWith('/api/projects.saveLayout') &&
        (request.postData() ?? '').includes('"panelTab":"output"') &&
        (request.postData() ?? '').includes(`"sidebarWidth":${width}`),
    );
    await page.keyboard.press('Control+Shift+U');
    await page.getByRole('tab', { name: 'Output', selected: true }).waitFor();
    expect((await (await saved).response())?.ok()).toBe(true);
    const titles = await tabTitles(page);
    const active = await activeTabTitle(page);

    await page.reload();
    await waitForWorkbench(page);
    expect(await page.locator('.statusbar-project').textContent()).toBe('Acme NPS sample');
    expect(await sidebarWidth(page)).toBe(width);
    expect(await tabTitles(page)).toEqual(titles);
    expect(await activeTabTitle(page)).toBe(active);
    await page.getByRole('tab', { name: 'Output', selected: true }).waitFor();
    expect(await page.getByRole('log', { name: 'Output' }).textContent()).toContain('Restored the layout');
  });

  it('shows a clear error in Problems when the Open Project dialog is given a non-Loupe file', async () => {
    const notes = join(host.dataDir, 'notes.txt');
    await writeFile(notes, 'These are not survey responses.\n');
    await page.keyboard.press('Control+O');
    const dialog = page.getByRole('dialog', { name: 'Open Project' });
    await dialog.waitFor();
    const pathBox = dialog.getByLabel('Project file or folder path');
    await pathBox.fill(notes);
    await pathBox.press('Enter');
    const inline = dialog.getByRole('alert');
    await inline.waitFor();
    expect(await inline.textContent()).toContain('is not a Loupe project');
    await screenshot(page, 'open-project-error');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+Shift+M');
    const problem = page.getByRole('list', { name: 'Problems' }).locator('li').first();
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('PROJECT_NOT_LOUPE');
    const text = (await problem.textContent()) ?? '';
    expect(text).toContain(`"${notes}" is not a Loupe project.`);
    expect(text).toContain('Project: Open Project…');
    expect(text).toContain('The file is not an SQLite database.');
    expect(await page.locator('.notification.error').first().textContent()).toContain('is not a Loupe project');
    await screenshot(page, 'problems-dark');
    expect(problems.errors).toEqual([]);
  });
});
