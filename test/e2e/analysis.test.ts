import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { activeTabTitle, runFromPalette } from './support/workbench';

/** The NLP pipeline from the workbench: analyse the sample's verbatims, then read the keyphrases. */
describe('analysis in the workbench', () => {
  const session = useWorkbenchSession({ colorScheme: 'light' });

  it('analyses the verbatims as a job and shows the keyphrases that lean to detractors and to promoters', async () => {
    const { page, problems } = session;
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

  it('shows the suggested themes, finer on request, and accepts one as a theme with its verbatims coded, merges two and drops one', async () => {
    const { page, problems } = session;
    await runFromPalette(page, 'suggested th', 'Analysis: Show Suggested Themes');
    const editor = page.getByRole('region', { name: 'Suggested themes' });
    await editor.waitFor();
    const cards = editor.locator('.suggestion');
    await expect.poll(() => cards.count()).toBeGreaterThan(3);
    const before = await cards.count();
    const info = (await editor.locator('.suggestions-header p').textContent()) ?? '';
    expect(info).toMatch(/^\d+ themes from [\d,]+ analysed English verbatims, by shared words/);

    // Finer: a new run, more themes.
    await editor.getByRole('button', { name: 'Finer' }).click();
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBeGreaterThan(before);

    // Open the first: phrases, verbatims; drop a phrase from its rule, name it, accept.
    const first = cards.first();
    const label = (await first.locator('.suggestion-label').textContent())!;
    const members = Number((await first.locator('.suggestion-count').textContent())!.replace(/[^\d]/g, ''));
    await first.locator('.suggestion-toggle').click();
    expect(await first.getByRole('list', { name: 'Verbatims nearest its centre' }).locator('li').count()).toBeGreaterThan(0);
    const phrases = first.getByRole('group', { name: /Phrases/ }).getByRole('checkbox');
    if ((await phrases.count()) > 1) await phrases.last().uncheck();
    await screenshot(page, 'suggestions-light');
    await first.getByRole('textbox', { name: 'Theme name' }).fill('Suggested one');
    await first.getByRole('button', { name: 'Accept as Theme' }).click();
    await first.locator('.suggestion-accepted').waitFor();
    await page.keyboard.press('Control+Shift+K');
    const count = () => page.locator('.codebook-row[data-theme-path="Suggested one"] .codebook-count').textContent();
    await expect.poll(async () => Number((await count())?.replace(/,/g, ''))).toBeGreaterThanOrEqual(members);

    // Merge the next two into one theme; drop the one after.
    await cards.nth(1).getByRole('checkbox', { name: /^Select/ }).check();
    await cards.nth(2).getByRole('checkbox', { name: /^Select/ }).check();
    await editor.getByRole('button', { name: 'Merge 2 into One Theme' }).click();
    await expect.poll(() => editor.locator('.suggestion.accepted').count()).toBe(3);
    const dropping = cards.nth(3);
    const droppedLabel = (await dropping.locator('.suggestion-label').textContent())!;
    await dropping.locator('.suggestion-toggle').click();
    await dropping.getByRole('button', { name: 'Drop' }).click();
    await expect.poll(() => editor.locator('.suggestion-label').allTextContents()).not.toContain(droppedLabel);
    expect(label.length).toBeGreaterThan(0);
    expect(problems.errors).toEqual([]);
  });

  it('learns a theme from its manual codes, shows cross-validated precision and recall, and reviews and codes its suggestions', async () => {
    const { page, problems } = session;
    await runFromPalette(page, 'new theme', 'Coding: New Theme…');
    const dialog = page.getByRole('dialog', { name: 'New Theme' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Refunds');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await runFromPalette(page, 'new theme', 'Coding: New Theme…');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('App');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // Code by hand: every verbatim a search finds, one theme each.
    await runFromPalette(page, 'show verbat', 'Coding: Show Verbatims');
    const search = page.getByRole('textbox', { name: 'Search verbatims' });
    for (const [query, theme] of [
      ['refund*', 'Refunds'],
      ['app OR crash* OR login', 'App'],
    ] as const) {
      await search.fill(query);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('verbatim-count').textContent()).toMatch(/^[\d,]+ verbatims$/);
      await page.keyboard.press('Control+Shift+P');
      await page.keyboard.type('all matching');
      await page.locator('.quick-input-row[aria-selected="true"]', { hasText: 'Apply Theme to All Matching Verbatims' }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Apply a theme to every verbatim the grid shows' }).waitFor();
      await page.keyboard.type(theme);
      await page.locator('.quick-input-row[aria-selected="true"]', { hasText: theme }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-row[aria-selected="true"]', { hasText: /^Apply to/ }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input').waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: 'Clear all filters' }).click();

    await page.keyboard.press('Control+Shift+K');
    await page.locator('.codebook-row[data-theme-path="Refunds"]').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /Learn Theme from Its Codes/ }).click();
    const learn = page.getByRole('dialog', { name: 'Learn “Refunds” from Its Codes' });
    await learn.getByRole('button', { name: 'Learn from Codes' }).click();
    await learn.getByTestId('classifier-precision').waitFor({ timeout: 60_000 });
    expect(await learn.getByTestId('classifier-precision').textContent()).toMatch(/^(0\.\d\d|1\.00) \(\d+ of \d+ it picked were right \(95% /);
    expect(await learn.getByTestId('classifier-recall').textContent()).toMatch(/^(0\.\d\d|1\.00) \(\d+ of \d+ coded ones found/);
    await screenshot(page, 'classifier-light');
    const review = learn.getByRole('button', { name: /^Review the [\d,]+ Suggested$/ });
    const suggested = Number((await review.textContent())!.replace(/[^\d]/g, ''));
    expect(suggested).toBeGreaterThan(0);
    await review.click();
    await expect.poll(() => page.locator('.filter-chip').allTextContents()).toEqual(['Suggested by the classifier for Refunds']);
    await expect.poll(() => page.getByTestId('verbatim-count').textContent()).toBe(`${suggested.toLocaleString('en')} verbatim${suggested === 1 ? '' : 's'}`);
    expect(problems.errors).toEqual([]);
  });
});
