import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageProblems } from './support/browser';
import { launchBrowser, screenshot, waitForWorkbench, watchPage } from './support/browser';
import type { WebHost } from './support/webHost';
import { REPO_ROOT, startWebHost } from './support/webHost';
import { activeTabTitle, runFromPalette } from './support/workbench';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/imports');
const QUALTRICS = 'qualtrics-choice-text.csv';
const SURVEYMONKEY = 'surveymonkey.csv';

/** Import survey exports end to end: browse, check, map, import, summary, drop an upload, remove, a broken file. */
describe('importing survey exports', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  let exportsDir: string;

  const wizard = () => page.getByRole('region', { name: 'Import Survey Export' });
  const currentStep = () => wizard().locator('.wizard-steps [aria-current="step"] .wizard-step-title').textContent();
  const waitForStep = (title: string) => wizard().locator('.wizard-steps [aria-current="step"]', { hasText: title }).waitFor();
  const previewRow = (line: number): Locator => wizard().getByRole('table', { name: 'Preview of the first rows' }).locator(`tr[data-line="${line}"]`);
  const checkedOption = (select: Locator) => select.locator('option:checked').textContent();
  /** A screenshot of the wizard itself: no hover left by the last click, toasts hidden. */
  const shot = async (name: string) => {
    await page.mouse.move(0, 0);
    const style = await page.addStyleTag({ content: '.notification { visibility: hidden !important; }' });
    await screenshot(page, name);
    await style.evaluate((node) => node.remove());
  };

  beforeAll(async () => {
    host = await startWebHost();
    exportsDir = join(host.projectsDir, 'exports');
    await mkdir(exportsDir);
    for (const name of [QUALTRICS, SURVEYMONKEY]) await copyFile(join(FIXTURES, name), join(exportsDir, name));
    // A stray quote on line 2 swallows the rest of the file: nothing can be read past it.
    await writeFile(join(exportsDir, 'broken.csv'), 'id,score,comment\n1,9,"great product\n2,3,too slow\n3,5,meh\n');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    problems = watchPage(page);
    await page.goto(host.url);
    await waitForWorkbench(page);
    await page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    await page.getByTestId('response-count').waitFor({ timeout: 90_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('opens the wizard from the palette and picks a Qualtrics export in the file browser', async () => {
    await runFromPalette(page, 'import survey', 'Project: Import Survey Export…');
    await wizard().waitFor();
    expect(await activeTabTitle(page)).toBe('Import Survey Export');
    expect(await currentStep()).toBe('File');
    const pathBox = wizard().getByLabel('File or folder path');
    expect(await pathBox.evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
    await pathBox.fill(exportsDir);
    await page.keyboard.press('Enter');
    const list = wizard().getByRole('listbox', { name: 'Folder contents' });
    await list.getByRole('option', { name: new RegExp(QUALTRICS) }).waitFor();
    expect(await list.getByRole('option').allTextContents()).toHaveLength(3);
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 4 && !((await list.locator('[aria-selected="true"]').textContent()) ?? '').includes(QUALTRICS); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await list.locator('[aria-selected="true"]').textContent()).toContain(QUALTRICS);
    await shot('import-1-file');
    await page.keyboard.press('Enter');
    await waitForStep('Format');
  });

  it('shows what it detected: Qualtrics, UTF-8 and why, comma, three header rows', async () => {
    const tool = wizard().getByLabel('Survey tool');
    await tool.locator('option', { hasText: 'Detected: Qualtrics' }).waitFor({ state: 'attached' });
    expect(await checkedOption(tool)).toBe('Detected: Qualtrics');
    expect(await checkedOption(wizard().getByLabel('Encoding'))).toBe('Detected: UTF-8');
    expect(await wizard().locator('.detect-hint', { hasText: 'Why:' }).textContent()).toContain('byte-order mark');
    expect(await checkedOption(wizard().getByLabel('Delimiter'))).toBe('Detected: Comma (,)');
    expect(await wizard().getByLabel('Header rows').textContent()).toBe('3');
    expect(await wizard().getByRole('table', { name: 'Columns read' }).locator('tbody tr').count()).toBe(26);
    expect(await tool.evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
    await shot('import-2-detected');
    await page.keyboard.press('Alt+N');
    await waitForStep('Columns');
  });

  it('suggests the roles, and the preview follows a changed role', async () => {
    const roles = wizard().getByRole('table', { name: 'Column roles' });
    await roles.waitFor();
    expect(await roles.getByLabel('Role of Q1', { exact: true }).inputValue()).toBe('score');
    expect(await roles.getByLabel('Role of Q2', { exact: true }).inputValue()).toBe('verbatim');
    expect(await roles.getByLabel('Role of Q3', { exact: true }).inputValue()).toBe('verbatim');
    expect(await roles.getByLabel('Role of Q1_NPS_GROUP').inputValue()).toBe('ignore');
    expect(await roles.locator('tr', { has: page.getByLabel('Role of Q1_NPS_GROUP') }).locator('.tag').textContent()).toBe('helper');
    expect(await wizard().locator('.mapping-source').first().textContent()).toBe('Suggested by Loupe');
    expect(await previewRow(5).locator('.preview-verbatims').textContent()).toContain('Bitte schnell beheben!');
    expect(await previewRow(5).locator('.chip').textContent()).toBe('Detractor');
    expect(await previewRow(8).locator('.chip').textContent()).toBe('Survey preview');
    expect(await previewRow(4).locator('.preview-segments').textContent()).toContain('regionEMEA');

    await roles.getByLabel('Role of Q3', { exact: true }).selectOption('ignore');
    await roles.getByLabel('Role of region').selectOption('ignore');
    await previewRow(5).locator('.preview-verbatims', { hasNotText: 'Bitte schnell beheben!' }).waitFor();
    expect(await previewRow(5).locator('.preview-verbatims').textContent()).toContain('Der Export nach Excel');
    expect(await previewRow(4).locator('.preview-segments').textContent()).toBe('planPro');
    expect(await wizard().locator('.mapping-source').first().textContent()).toBe('Your choices');
    await wizard().locator('.stale').waitFor({ state: 'detached' });
    await roles.getByLabel('Role of region').scrollIntoViewIfNeeded();
    await shot('import-3-mapping');
    await previewRow(5).scrollIntoViewIfNeeded();
    await shot('import-3-preview');
  });

  it('shows the import running with rows/s and time left, and Escape cancels it', async () => {
    // A real import of ten rows ends before anyone could watch it: hold one at 40% instead.
    const job = {
      id: 'job-e2e-import',
      kind: 'import',
      title: `Import ${QUALTRICS}`,
      state: 'running',
      done: 4_800_000,
      total: 12_000_000,
      unit: 'bytes',
      message: '12,000 rows · 48,000 rows/s · about 3 s left',
      startedAt: new Date().toISOString(),
    };
    let jobs: unknown[] = [];
    const answer = (route: Route, result: unknown) => route.fulfill({ json: { ok: true, result } });
    await page.route('**/api/jobs.list', (route) => answer(route, jobs));
    await page.route('**/api/jobs.start', (route) => {
      jobs = [job];
      return answer(route, job);
    });
    await page.route('**/api/jobs.cancel', (route) => {
      jobs = [{ ...job, state: 'cancelled', message: 'Cancelled; nothing was changed', finishedAt: new Date().toISOString() }];
      return answer(route, jobs[0]);
    });
    try {
      await page.keyboard.press('Alt+N');
      await waitForStep('Import');
      const progress = wizard().locator('.progress-step');
      await progress.getByRole('progressbar').waitFor();
      expect(await progress.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('4800000');
      expect(await progress.locator('.progress-figures').textContent()).toBe('Rows12,000Speed48,000 rows/sTime leftabout 3 s');
      expect(await progress.locator('.progress-percent').textContent()).toBe('40%');
      await shot('import-4-progress');
      // The Jobs panel counts an import's file in bytes, not as items.
      await page.locator('.statusbar').getByRole('button', { name: /Import / }).click();
      const row = page.getByRole('table', { name: 'Jobs' }).locator('tbody tr[data-state="running"]');
      await row.waitFor();
      expect(await row.locator('.job-count').textContent()).toBe('4.8 MB / 12 MB');
      await progress.click();
      await page.keyboard.press('Escape');
      await waitForStep('Columns');
      expect(await wizard().locator('.inline-error').first().textContent()).toContain('The import was cancelled; nothing was imported.');
    } finally {
      await page.unroute('**/api/jobs.list');
      await page.unroute('**/api/jobs.start');
      await page.unroute('**/api/jobs.cancel');
    }
  });

  it('imports, then sums up: counts, exclusions by reason, the NPS of what came in', async () => {
    await wizard().getByRole('button', { name: 'Import', exact: true }).click();
    await waitForStep('Summary');
    const summary = wizard().locator('.import-summary');
    await summary.waitFor();
    expect(await summary.getByLabel('Rows read: 10').count()).toBe(1);
    expect(await summary.getByLabel('Imported: 10').count()).toBe(1);
    expect(await summary.getByLabel('Already there: 0').count()).toBe(1);
    expect(await summary.getByLabel('Excluded from NPS: 4').count()).toBe(1);
    const reasons = summary.getByRole('list', { name: 'Excluded by reason' }).locator('li');
    expect((await reasons.allTextContents()).sort()).toEqual(['No score1', 'Spam1', 'Survey preview1', 'Test response1']);
    expect(await summary.locator('.nps-panel').getAttribute('aria-label')).toBe('NPS −16.7 from 6 responses');
    expect(await summary.locator('.nps-legend').textContent()).toBe('Promoters 2 33%Passives 1 17%Detractors 3 50%');
    expect(await summary.locator('.summary-facts').textContent()).toContain('VerbatimsQ2');
    expect(await wizard().getByRole('button', { name: 'Open Dataset' }).evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
    await shot('import-5-summary');
  });

  it('lists the excluded rows of a reason from the summary, then of every reason', async () => {
    await wizard().getByRole('button', { name: 'Survey preview' }).click();
    await page.locator('.editor-tab[aria-selected="true"]', { hasText: 'Excluded' }).waitFor();
    expect(await activeTabTitle(page)).toBe(`Excluded (Survey preview): ${QUALTRICS}`);
    const table = page.getByRole('table', { name: 'Excluded rows' });
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').first().textContent()).toContain('R_4kLmN5oPqR6sTuV');
    await shot('import-6-excluded');
    await page.getByRole('button', { name: 'Show all reasons' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    expect((await table.locator('tbody .chip').allTextContents()).sort()).toEqual(['No score', 'Spam', 'Survey preview', 'Test response']);
  });

  it('imports a SurveyMonkey export dropped on the wizard, handed over as an upload', async () => {
    await page.locator('.editor-tab', { hasText: 'Import Survey Export' }).click();
    await wizard().getByRole('button', { name: 'Import Another File' }).click();
    await waitForStep('File');
    const bytes = (await readFile(join(FIXTURES, SURVEYMONKEY))).toString('base64');
    // What a browser hands over when a file is dropped: a DataTransfer holding it (built in the page).
    const dataTransfer = await page.evaluateHandle(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(bytes)}), (ch) => ch.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], ${JSON.stringify(SURVEYMONKEY)}, { type: 'text/csv' }));
      return transfer;
    })()`);
    for (const type of ['dragenter', 'dragover']) await wizard().dispatchEvent(type, { dataTransfer });
    await wizard().locator('.wizard-drop-overlay').waitFor();
    await shot('import-7-drop');
    await wizard().dispatchEvent('drop', { dataTransfer });
    await waitForStep('Format');
    const tool = wizard().getByLabel('Survey tool');
    await tool.locator('option', { hasText: 'Detected: SurveyMonkey' }).waitFor({ state: 'attached' });
    expect(await checkedOption(tool)).toBe('Detected: SurveyMonkey');
    expect(await wizard().locator('.wizard-file').textContent()).toBe(SURVEYMONKEY);
    const uploads = await readdir(join(host.dataDir, 'uploads'), { recursive: true });
    expect(uploads.filter((entry) => entry.endsWith(SURVEYMONKEY))).toHaveLength(1);
    await shot('import-7-dropped');

    await page.keyboard.press('Alt+N');
    await waitForStep('Columns');
    await previewRow(3).waitFor();
    await page.keyboard.press('Alt+N');
    await waitForStep('Summary');
    // The Summary step asks for the import's details before it shows its figures.
    await wizard().locator('.import-summary').waitFor();
    expect(await wizard().getByLabel('Imported: 8').count()).toBe(1);
  });

  it('removes an import from the Datasets view after saying how many responses go', async () => {
    await page.keyboard.press('Control+Shift+D');
    const rows = page.getByRole('list', { name: 'Datasets' }).locator('.dataset-row');
    await rows.nth(2).waitFor();
    expect((await rows.locator('.dataset-row-name').allTextContents()).sort()).toEqual([QUALTRICS, 'survey.csv', SURVEYMONKEY].sort());
    await page.locator(`.dataset-row[data-dataset="${SURVEYMONKEY}"]`).click({ button: 'right' });
    await page.getByRole('menu').getByRole('menuitem', { name: 'Remove Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Import' });
    await dialog.waitFor();
    const text = await dialog.locator('.confirm-text').textContent();
    expect(text).toContain(`Remove ${SURVEYMONKEY} from this project?`);
    expect(text).toContain('Its 8 responses');
    expect(text).toContain('cannot be undone');
    await shot('import-8-remove');
    await dialog.getByRole('button', { name: 'Remove Import' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`.dataset-row[data-dataset="${SURVEYMONKEY}"]`).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(2);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('J');
    await page.getByRole('table', { name: 'Jobs' }).locator('tbody tr[data-state="succeeded"]', { hasText: 'Remove import' }).waitFor();
  });

  it('shows why a malformed file cannot be read, with its line, and imports nothing', async () => {
    const responses = await page.getByTestId('response-count').textContent();
    await runFromPalette(page, 'import survey', 'Project: Import Survey Export…');
    await wizard().getByRole('button', { name: 'Import Another File' }).click();
    await waitForStep('File');
    await wizard().getByLabel('File or folder path').fill(join(exportsDir, 'broken.csv'));
    await page.keyboard.press('Enter');
    await waitForStep('Format');
    const error = wizard().getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toContain('"broken.csv" cannot be read at line 2');
    expect(await wizard().getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    expect(await wizard().getByRole('button', { name: 'Skip Bad Rows and Read On' }).count()).toBe(1);
    await shot('import-9-malformed');
    await page.keyboard.press('Escape');
    await wizard().waitFor({ state: 'detached' });
    expect(await page.getByRole('list', { name: 'Datasets' }).locator('.dataset-row').count()).toBe(2);
    expect(await page.getByTestId('response-count').textContent()).toBe(responses);
  });

  it('leaves out a title above the header, says what it left out, and reads the file as told', async () => {
    // A spreadsheet's title and a blank line over the column names.
    await writeFile(join(exportsDir, 'titled.csv'), 'Customer NPS – March 2026\n\nID,How likely are you to recommend us?,Why?,Region\nT1,9,Great support,EMEA\nT2,3,Slow refund,APAC\nT3,7,Fine,EMEA\n');
    // The last run was closed at its Format step: the wizard opens on it, and starts again from its first.
    await runFromPalette(page, 'import survey', 'Project: Import Survey Export…');
    await wizard().waitFor();
    await wizard().getByLabel('File or folder path').fill(join(exportsDir, 'titled.csv'));
    await page.keyboard.press('Enter');
    await waitForStep('Format');
    const above = wizard().getByLabel('Rows above the header');
    await above.locator('option', { hasText: 'Detected: 1 row' }).waitFor({ state: 'attached' });
    expect(await checkedOption(above)).toBe('Detected: 1 row');
    const hint = wizard().locator('.detect-field', { hasText: 'Rows above the header' }).locator('.detect-hint');
    expect(await hint.textContent()).toBe('Left out: “Customer NPS – March 2026”.');
    expect(await wizard().getByRole('table', { name: 'Columns read' }).locator('tbody td.mono').allTextContents()).toEqual(['ID', 'How likely are you to recommend us?', 'Why?', 'Region']);
    await shot('import-11-title');
    // Told there is none, the title is the header and the next row does not fit it.
    await above.selectOption('0');
    const error = wizard().getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toContain('set how many rows are above the header');
    await above.selectOption('');
    await error.waitFor({ state: 'detached' });
    await page.keyboard.press('Alt+N');
    await waitForStep('Columns');
    await previewRow(4).waitFor();
    await page.keyboard.press('Alt+N');
    await waitForStep('Summary');
    await wizard().locator('.import-summary').waitFor();
    expect(await wizard().getByLabel('Imported: 3').count()).toBe(1);
    const facts = wizard().locator('.summary-facts');
    expect(await facts.textContent()).toContain('Above the headerLeft out: “Customer NPS – March 2026”');
    await facts.scrollIntoViewIfNeeded();
    await shot('import-12-title-summary');
  });

  it('shows an import’s summary from the Datasets view (dark theme)', async () => {
    await runFromPalette(page, 'dark theme', 'Preferences: Use Dark Theme');
    await page.locator('body[data-theme="dark"]').waitFor({ state: 'attached' });
    const row = page.locator(`.dataset-row[data-dataset="${QUALTRICS}"]`);
    await row.focus();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu').getByRole('menuitem', { name: 'Show Import Summary' }).click();
    await page.locator('.editor-tab[aria-selected="true"]', { hasText: `Summary: ${QUALTRICS}` }).waitFor();
    const page_ = page.getByRole('article', { name: `Import summary of ${QUALTRICS}` });
    await page_.locator('.nps-panel').waitFor();
    expect(await page_.locator('.nps-panel').getAttribute('aria-label')).toBe('NPS −16.7 from 6 responses');
    expect(await page_.getByRole('button', { name: 'Remove Import…' }).count()).toBe(1);
    await shot('import-10-summary-dark');
    expect(problems.errors).toEqual([]);
  });
});
