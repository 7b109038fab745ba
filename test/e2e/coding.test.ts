import { describe, expect, it } from 'vitest';
import { screenshot, waitForWorkbench } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { activeTabTitle, runFromPalette } from './support/workbench';

/** Coding with the keyboard only: themes with shortcut keys, J to move, undo, redo, and a reload. */
describe('coding verbatims in the grid', () => {
  const session = useWorkbenchSession({ colorScheme: 'light', viewport: { width: 1400, height: 860 } });

  const rows = () => session.page.locator('.verbatims-grid .ag-row[row-index]');
  const chipCount = () => session.page.locator('.verbatims-grid .ag-row[row-index] .theme-chip').count();
  const codebookCounts = async () =>
    Object.fromEntries(
      await session.page.locator('.codebook-row').evaluateAll((items) => items.map((li) => [li.getAttribute('data-theme-path'), Number(li.querySelector('.codebook-count')?.textContent?.replace(/,/g, ''))])),
    ) as Record<string, number>;

  async function newTheme(name: string, shortcut: string) {
    await runFromPalette(session.page, 'new theme', 'Coding: New Theme…');
    const dialog = session.page.getByRole('dialog', { name: 'New Theme' });
    await dialog.waitFor();
    await session.page.keyboard.type(name);
    // Name, description, then the shortcut key.
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type(shortcut);
    await session.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  }

  it('codes a dozen verbatims with the keyboard, undoes and redoes, and keeps every code across a reload', async () => {
    await session.page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    await session.page.getByTestId('response-count').waitFor({ timeout: 90_000 });
    await newTheme('Billing', 'b');
    await newTheme('Praise', 'p');
    await newTheme('Support', 's');
    await session.page.keyboard.press('Control+Shift+K');
    await session.page.locator('.codebook-row[data-theme-path="Support"]').waitFor();

    await runFromPalette(session.page, 'show verbat', 'Coding: Show Verbatims');
    expect(await activeTabTitle(session.page)).toBe('Verbatims');
    await rows().first().waitFor();
    await expect.poll(() => session.page.getByTestId('verbatim-count').textContent()).toBe('2,466 verbatims');
    await rows().first().locator('.ag-cell').first().click();
    const keys = ['b', 'p', 's', 'b', 'p', 's', 'b', 'p', 's', 'b', 'p', 's'];
    for (const [i, key] of keys.entries()) {
      await session.page.keyboard.press(key);
      await expect.poll(chipCount).toBe(i + 1);
      await session.page.keyboard.press('j');
    }
    await expect.poll(codebookCounts).toEqual({ Billing: 4, Praise: 4, Support: 4 });
    await screenshot(session.page, 'coding-grid-light');

    await session.page.keyboard.press('Control+Z');
    await expect.poll(chipCount).toBe(11);
    await expect.poll(codebookCounts).toEqual({ Billing: 4, Praise: 4, Support: 3 });
    await session.page.keyboard.press('Control+Shift+Z');
    await expect.poll(chipCount).toBe(12);

    // Pressing a theme's key again removes it from the verbatim.
    await session.page.keyboard.press('k');
    await session.page.keyboard.press('s');
    await expect.poll(chipCount).toBe(11);
    await session.page.keyboard.press('Control+Z');
    await expect.poll(chipCount).toBe(12);

    await session.page.reload();
    await waitForWorkbench(session.page);
    await runFromPalette(session.page, 'show verbat', 'Coding: Show Verbatims');
    await rows().first().waitFor();
    await expect.poll(chipCount).toBe(12);
    await expect.poll(codebookCounts).toEqual({ Billing: 4, Praise: 4, Support: 4 });

    // In the search box, Ctrl+Z belongs to the text: the codes stay.
    await session.page.getByRole('textbox', { name: 'Search verbatims' }).click();
    await session.page.keyboard.type('zz');
    await session.page.keyboard.press('Control+Z');
    await session.page.waitForTimeout(300);
    expect(await chipCount()).toBe(12);
    await session.page.getByRole('textbox', { name: 'Search verbatims' }).fill('');

    // Filters combine: only the verbatims coded Praise.
    await session.page.getByRole('button', { name: 'Filters' }).click();
    await session.page.getByRole('dialog', { name: 'More filters' }).getByRole('checkbox', { name: 'Praise' }).check();
    await expect.poll(() => session.page.getByTestId('verbatim-count').textContent()).toBe('4 verbatims');
    await session.page.keyboard.press('Escape');
    await session.page.getByRole('button', { name: 'Clear Any of: Praise' }).click();

    // Bulk: every verbatim the grid shows for a search, after a confirmation that says how many; undone and redone as one.
    await session.page.getByRole('textbox', { name: 'Search verbatims' }).fill('refund');
    await session.page.keyboard.press('Enter');
    await rows().first().filter({ hasText: /refund/i }).waitFor();
    await expect.poll(() => session.page.getByTestId('verbatim-count').textContent()).toMatch(/^[\d,]+ verbatims$/);
    const matching = Number((await session.page.getByTestId('verbatim-count').textContent())!.split(' ')[0]!.replace(/,/g, ''));
    expect(matching).toBeGreaterThan(3);
    const billingBefore = (await codebookCounts()).Billing!;
    // The command follows the palette with its own pick, so the palette is driven by hand here.
    await session.page.keyboard.press('Control+Shift+P');
    await session.page.keyboard.type('all matching');
    await session.page.locator('.quick-input-row[aria-selected="true"]', { hasText: 'Coding: Apply Theme to All Matching Verbatims…' }).waitFor();
    await session.page.keyboard.press('Enter');
    await session.page.getByRole('dialog', { name: 'Apply a theme to every verbatim the grid shows' }).waitFor();
    await session.page.keyboard.type('billing');
    await session.page.keyboard.press('Enter');
    await session.page.locator('.quick-input-row[aria-selected="true"]', { hasText: `Apply to ${matching} verbatims` }).waitFor();
    expect(await session.page.getByRole('textbox', { name: 'Search verbatims' }).inputValue()).toBe('refund');
    await screenshot(session.page, 'coding-bulk-confirm-light');
    await session.page.keyboard.press('Enter');
    await expect.poll(async () => (await codebookCounts()).Billing).toBeGreaterThan(billingBefore);
    const billingAfter = (await codebookCounts()).Billing!;
    expect(billingAfter).toBeLessThanOrEqual(billingBefore + matching);
    await rows().first().locator('.ag-cell').first().click();
    await session.page.keyboard.press('Control+Z');
    await expect.poll(async () => (await codebookCounts()).Billing).toBe(billingBefore);
    await session.page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => (await codebookCounts()).Billing).toBe(billingAfter);
    expect(session.problems.errors).toEqual([]);
  });
});
