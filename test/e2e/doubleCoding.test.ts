import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { runFromPalette } from './support/workbench';

const ANN = ['b', 'p', 'b', 'p', 'b', 'p', 'b', 'p', 'b', 'p'] as const;
const BOB = ['b', 'b', 'b', 'p', 'b', 'p', 'b', 'p', 'p', 'p'] as const;

/** Two coders code the same sample blind, then read their agreement and settle the disagreements. */
describe('blind double-coding', () => {
  const session = useWorkbenchSession({ colorScheme: 'light', viewport: { width: 1400, height: 900 } });

  async function setCoder(name: string) {
    const { page } = session;
    await runFromPalette(page, 'open settings', 'Preferences: Open Settings');
    await page.getByRole('textbox', { name: 'Coder name' }).fill(name);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `You now code as “${name}”.` }).waitFor();
  }

  async function newTheme(name: string, shortcut: string) {
    const { page } = session;
    await runFromPalette(page, 'new theme', 'Coding: New Theme…');
    const dialog = page.getByRole('dialog', { name: 'New Theme' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Shortcut key (optional)' }).fill(shortcut);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  }

  /** Codes the sample's ten responses with the keyboard: a theme key each, Space marks it done, J moves on. */
  async function codeSample(keys: readonly string[]) {
    const { page } = session;
    await runFromPalette(page, 'double-cod', 'Coding: Blind Double-Coding');
    const items = page.getByRole('list', { name: 'Sample' }).locator('.sample-item');
    await expect.poll(() => items.count()).toBe(10);
    // Blind: nothing the other coder did is shown (once the sample is read again for this coder).
    await expect.poll(() => page.locator('.blind-note strong').textContent()).toBe(keys === ANN ? 'ann' : 'bob');
    await expect.poll(() => items.locator('.theme-chip').count()).toBe(0);
    await items.first().locator('.sample-verbatim').first().focus();
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      await expect.poll(() => items.nth(i).locator('.theme-chip').count()).toBe(1);
      await page.keyboard.press('Space');
      await expect.poll(() => items.nth(i).getAttribute('class')).toContain('done');
      await page.keyboard.press('j');
    }
  }

  it('codes a sample as two coders, blind, reports κ and α, and settles a disagreement', async () => {
    const { page, problems } = session;
    await page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    await page.getByTestId('response-count').waitFor({ timeout: 90_000 });
    await newTheme('Billing', 'b');
    await newTheme('Praise', 'p');
    await setCoder('ann');

    await runFromPalette(page, 'double-cod', 'Coding: Blind Double-Coding');
    const form = page.getByRole('form', { name: 'New sample' });
    await form.getByRole('textbox', { name: 'Sample name' }).fill('Reliability check');
    await form.getByRole('spinbutton', { name: 'Responses' }).fill('10');
    await form.getByRole('spinbutton', { name: 'Seed' }).fill('7');
    await form.getByRole('button', { name: 'Draw Sample' }).click();
    await page.getByRole('button', { name: /Reliability check/ }).waitFor();

    await codeSample(ANN);
    await setCoder('bob');
    await codeSample(BOB);
    await screenshot(page, 'double-coding-blind-light');

    // Billing: both 4, only ann 1, only bob 1, neither 4: p_o = 0.8, p_e = 0.5, κ = 0.6. Praise the same.
    await page.getByRole('tab', { name: 'Agreement', exact: true }).click();
    await page.getByRole('combobox', { name: 'First coder' }).selectOption('ann');
    await page.getByRole('combobox', { name: 'Second coder' }).selectOption('bob');
    const table = page.getByRole('table', { name: 'Agreement per theme' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 7).map((td) => td.textContent)));
    expect(rows).toEqual([
      ['Billing', '4', '1', '1', '4', '80%', '0.60'],
      ['Praise', '4', '1', '1', '4', '80%', '0.60'],
    ]);
    expect(await page.getByTestId('alpha').textContent()).toMatch(/^Krippendorff’s α 0\.6\d\d$/);
    await screenshot(page, 'double-coding-agreement-light');

    // Four disagreements; applying the first for both leaves three, and its theme agreement rises.
    await page.getByRole('tab', { name: 'Disagreements' }).click();
    await expect.poll(() => page.getByTestId('disagreement-position').textContent()).toMatch(/^Disagreement 1 of 4 /);
    await page.getByRole('button', { name: 'Apply for Both (A)' }).click();
    await expect.poll(() => page.getByTestId('disagreement-position').textContent()).toMatch(/^Disagreement 1 of 3 /);
    await page.getByRole('tab', { name: 'Agreement', exact: true }).click();
    await expect.poll(() => table.locator('tbody tr').first().locator('td').nth(5).textContent()).toBe('90%');
    expect(problems.errors).toEqual([]);
  });
});
