import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { runFromPalette } from './support/workbench';
import { useTempDirs } from '../support/tempDir';

const QDC = join(__dirname, '..', 'fixtures', 'codebooks', 'qualcoder-style.qdc');

/** The codebook in the side bar: import a QDA tool's codebook, edit, move, merge and delete themes, export it. */
describe('managing the codebook', () => {
  const session = useWorkbenchSession({ colorScheme: 'dark', viewport: { width: 1400, height: 860 } });
  const tempDir = useTempDirs();

  const paths = () => session.page.locator('.codebook-row').evaluateAll((items) => items.map((li) => li.getAttribute('data-theme-path')));
  const row = (path: string) => session.page.locator(`.codebook-row[data-theme-path="${path}"]`);
  const pickRow = (label: string) => session.page.locator('.quick-input-row', { hasText: label }).first();

  it('imports a REFI-QDA codebook, edits, moves, merges and deletes themes, and exports it as CSV', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    await page.getByTestId('response-count').waitFor({ timeout: 90_000 });
    await page.keyboard.press('Control+Shift+K');
    await page.getByRole('button', { name: 'Import Codebook…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import Codebook' });
    await dialog.waitFor();
    // A file that is not a codebook: a clear error, nothing imported.
    const bad = join(tempDir(), 'not-a-codebook.qdc');
    writeFileSync(bad, '<CodeBook><Codes><Code name=');
    await dialog.getByRole('textbox', { name: 'Codebook file or folder path' }).fill(bad);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/not-a-codebook\.qdc/);
    await dialog.getByRole('textbox', { name: 'Codebook file or folder path' }).fill(QDC);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(paths).toEqual([
      'Billing',
      'Billing > Double charge',
      'Billing > Refund delay',
      'Support',
      'Support > Wait › 1 hour',
      'Support > Friendly agent',
    ]);
    await screenshot(page, 'codebook-imported-dark');

    // A rule: previewed with its count and a sample, saved, and undone and redone as one action from the grid.
    await row('Billing > Refund delay').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /Rules for Theme/ }).click();
    const rules = page.getByRole('dialog', { name: 'Rules for “Billing > Refund delay”' });
    await rules.getByRole('textbox', { name: 'Rule query' }).fill('refund*');
    await rules.getByRole('button', { name: 'Preview' }).click();
    const matches = Number((await rules.getByLabel('Rule preview').locator('strong').textContent())!.match(/Matches ([\d,]+)/)![1]!.replace(/,/g, ''));
    expect(matches).toBeGreaterThan(10);
    await expect.poll(() => rules.getByLabel('Rule preview').locator('mark.search-hit').count()).toBeGreaterThan(0);
    await screenshot(page, 'codebook-rule-preview-dark');
    await rules.getByRole('button', { name: /Save Rule and Code/ }).click();
    await rules.getByRole('status').filter({ hasText: `The rule coded ${matches.toLocaleString('en')} verbatims` }).waitFor();
    await expect.poll(() => rules.getByRole('list', { name: 'Saved rules' }).textContent()).toContain('refund*');
    await page.keyboard.press('Escape');
    const refundCount = () => row('Billing > Refund delay').locator('.codebook-count').textContent();
    await expect.poll(refundCount).toBe(matches.toLocaleString('en'));
    await runFromPalette(page, 'show verbat', 'Coding: Show Verbatims');
    await page.locator('.verbatims-grid .ag-row[row-index] [col-id="text"]').first().click();
    await page.keyboard.press('Control+Z');
    await expect.poll(refundCount).toBe('0');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(refundCount).toBe(matches.toLocaleString('en'));

    // F2 edits the focused theme: a new name and a shortcut, saved as one action.
    await row('Support > Friendly agent').click();
    await page.keyboard.press('F2');
    const edit = page.getByRole('dialog', { name: 'Edit Theme “Friendly agent”' });
    await edit.waitFor();
    await edit.getByRole('textbox', { name: 'Name' }).fill('Helpful agent');
    await edit.getByRole('textbox', { name: 'Shortcut key (optional)' }).fill('h');
    // A note (memo) on the theme, kept with it.
    await edit.getByRole('textbox', { name: 'New note' }).fill('Praise for a person, not for the product.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => edit.locator('.note-text').allTextContents()).toEqual(['Praise for a person, not for the product.']);
    await screenshot(page, 'codebook-edit-dark');
    await edit.getByRole('textbox', { name: 'Name' }).focus();
    await page.keyboard.press('Enter');
    await edit.waitFor({ state: 'detached' });
    await row('Support > Helpful agent').waitFor();
    await expect.poll(() => row('Support > Helpful agent').locator('.theme-shortcut').textContent()).toBe('H');

    // Move from the context menu: to the top level.
    await row('Billing > Refund delay').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /Move Theme/ }).click();
    await pickRow('(Top level)').click();
    await row('Refund delay').waitFor();

    // Merge "Double charge" into "Billing", confirmed.
    await row('Billing > Double charge').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /Merge Theme Into/ }).click();
    await page.keyboard.type('billing');
    await page.locator('.quick-input-row[aria-selected="true"]', { hasText: 'Billing' }).waitFor();
    await page.keyboard.press('Enter');
    await pickRow('Merge into “Billing”').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(paths).toEqual(['Billing', 'Support', 'Support > Wait › 1 hour', 'Support > Helpful agent', 'Refund delay']);

    // Delete with the Delete key, after a confirmation naming what goes with it.
    await row('Support').click();
    await page.keyboard.press('Delete');
    await pickRow('Delete').waitFor();
    expect(await page.locator('.quick-input input').getAttribute('placeholder')).toMatch(/Delete “Support” and 2 child themes\? 0 codes go with it/);
    await page.keyboard.press('Enter');
    await expect.poll(paths).toEqual(['Billing', 'Refund delay']);

    // Export as CSV: the file holds the codebook as it is now.
    const folder = tempDir();
    await runFromPalette(page, 'export codebook', 'Coding: Export Codebook…');
    const exportDialog = page.getByRole('dialog', { name: 'Export Codebook' });
    await exportDialog.getByRole('combobox', { name: 'Format' }).selectOption('csv');
    await exportDialog.getByRole('textbox', { name: 'File name' }).fill('our codebook');
    await exportDialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
    await exportDialog.getByRole('button', { name: 'Export' }).click();
    await exportDialog.waitFor({ state: 'detached' });
    const csv = readFileSync(join(folder, 'our codebook.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('path,description,color,shortcut');
    expect(csv.slice(1, 3).map((line) => line.split(',')[0])).toEqual(['Billing', 'Refund delay']);
    expect(session.problems.errors).toEqual([]);
  });
});
