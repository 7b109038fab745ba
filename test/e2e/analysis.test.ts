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
});
