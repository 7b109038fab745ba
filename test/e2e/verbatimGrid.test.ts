import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { runFromPalette } from './support/workbench';

/** The verbatim grid beyond keyboard coding: filters, columns, saved views, multi-row coding with Ctrl+K, the response pane and notes. */
describe('the verbatim grid', () => {
  const session = useWorkbenchSession({ colorScheme: 'light', viewport: { width: 1500, height: 900 } });

  const count = () => session.page.getByTestId('verbatim-count').textContent();
  const rows = () => session.page.locator('.verbatims-grid .ag-row[row-index]');
  const headers = () => session.page.locator('.verbatims-grid .ag-header-cell-text').allTextContents();
  const cellsOf = (colId: string) => session.page.locator(`.verbatims-grid .ag-row[row-index] [col-id="${colId}"]`).allTextContents();
  const chipCount = () => session.page.locator('.verbatims-grid .ag-row[row-index] .theme-chip').count();

  it('filters by score and segment, saves a view, codes several rows with Ctrl+K, and keeps notes on the response', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    await page.getByTestId('response-count').waitFor({ timeout: 90_000 });
    await runFromPalette(page, 'new theme', 'Coding: New Theme…');
    const newTheme = page.getByRole('dialog', { name: 'New Theme' });
    await newTheme.getByRole('textbox', { name: 'Name' }).fill('Billing');
    await page.keyboard.press('Enter');
    await newTheme.waitFor({ state: 'detached' });
    await runFromPalette(page, 'show verbat', 'Coding: Show Verbatims');
    await rows().first().waitFor();
    await expect.poll(count).toBe('2,466 verbatims');

    // Every segment is a column; columns can be hidden.
    expect(await headers()).toEqual(expect.arrayContaining(['Verbatim', 'Themes', 'Sentiment', 'Keyphrases', 'Region', 'Plan', 'Channel']));
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('dialog', { name: 'Columns' }).getByRole('checkbox', { name: 'Keyphrases' }).uncheck();
    await page.keyboard.press('Escape');
    await expect.poll(headers).not.toContain('Keyphrases');

    // Score 0–6 and one region: every row shown fits both.
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('dialog', { name: 'More filters' });
    await filters.getByRole('spinbutton', { name: 'Highest score' }).fill('6');
    await filters.getByRole('group', { name: 'Region values' }).getByRole('checkbox', { name: 'EMEA' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cellsOf('segment:Region')).length).toBeGreaterThan(3);
    await expect.poll(async () => new Set(await cellsOf('segment:Region'))).toEqual(new Set(['EMEA']));
    expect((await cellsOf('score')).every((s) => Number(s) <= 6)).toBe(true);
    const filtered = await count();
    expect(filtered).toMatch(/^\d+ verbatims$/);
    expect(Number(filtered!.split(' ')[0])).toBeLessThan(2466);
    await expect.poll(() => page.locator('.filter-chip').allTextContents()).toEqual(['Score 0–6', 'Region: EMEA']);

    // Headers sort in the project: score ascending, then descending.
    const scores = async () => (await cellsOf('score')).map(Number);
    await page.locator('.verbatims-grid .ag-header-cell[col-id="score"] .ag-header-cell-label').click();
    const ascending = async () => {
      const shown = await scores();
      return shown.length > 3 && shown.every((x, i) => i === 0 || shown[i - 1]! <= x);
    };
    await expect.poll(ascending).toBe(true);
    expect((await scores())[0]).toBe(0);
    await page.locator('.verbatims-grid .ag-header-cell[col-id="score"] .ag-header-cell-label').click();
    await expect.poll(async () => (await scores())[0]).toBe(6);
    await page.locator('.verbatims-grid .ag-header-cell[col-id="score"] .ag-header-cell-label').click();

    // Saved as a view; cleared; shown again from the view.
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('textbox', { name: 'View name' }).fill('EMEA detractors');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'View: EMEA detractors' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(count).toBe('2,466 verbatims');

    // A search with more matches than a page: the rows come first, the total follows (coding.count), and the grid ends at it.
    const search = page.getByRole('textbox', { name: 'Search verbatims' });
    await search.fill('the');
    await page.keyboard.press('Enter');
    await expect.poll(async () => { const shown = (await count()) ?? ''; return /^[\d,]+ verbatims$/.test(shown) && shown !== '2,466 verbatims'; }, { timeout: 10_000 }).toBe(true);
    const matches = Number((await count())!.split(' ')[0]!.replace(/,/g, ''));
    expect(matches).toBeGreaterThan(100);
    expect(matches).toBeLessThan(2466);
    await screenshot(page, 'grid-search-light');
    await rows().first().locator('[col-id="score"]').click();
    await page.keyboard.press('Control+End');
    await page.locator(`.verbatims-grid .ag-row[row-index="${matches - 1}"]`).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+Home');

    // A prefix search (written out as the indexed terms it stands for): every row holds a word starting with it, marked.
    const total = async (query: string) => {
      await search.fill('');
      await page.keyboard.press('Enter');
      await expect.poll(count).toBe('2,466 verbatims');
      await search.fill(query);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: `Search: ${query}` }).waitFor();
      await expect.poll(async () => /^[\d,]+ verbatims$/.test((await count()) ?? '') && (await count()) !== '2,466 verbatims', { timeout: 10_000 }).toBe(true);
      return Number((await count())!.split(' ')[0]!.replace(/,/g, ''));
    };
    const wait = await total('wait');
    const prefixed = await total('wai*');
    expect(prefixed).toBeGreaterThan(wait);
    const hits = await page.locator('.verbatims-grid .ag-row[row-index] [col-id="text"] .search-hit').allTextContents();
    expect(hits.length).toBeGreaterThan(5);
    for (const hit of hits) expect(hit.toLowerCase()).toMatch(/^wai/);
    expect(await total('wai* NOT wait')).toBe(prefixed - wait);

    await search.fill('');
    await page.keyboard.press('Enter');
    await expect.poll(count).toBe('2,466 verbatims');
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('button', { name: 'EMEA detractors', exact: true }).click();
    await expect.poll(count).toBe(filtered);
    await page.keyboard.press('Escape');

    // Three rows selected (click, Shift+click), Ctrl+K picks a theme for all three; again removes it.
    await rows().nth(0).locator('[col-id="text"]').click();
    await rows().nth(2).locator('[col-id="text"]').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.locator('.verbatims-grid .ag-row-selected').count()).toBe(3);
    await page.keyboard.press('Control+K');
    await page.locator('.quick-input').waitFor();
    await page.keyboard.type('billing');
    await page.locator('.quick-input-row[aria-selected="true"]', { hasText: 'Billing' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(chipCount).toBe(3);
    await page.keyboard.press('Control+K');
    await page.locator('.quick-input-row[aria-selected="true"]', { hasText: '✓ on 3 verbatims: Enter removes it' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(chipCount).toBe(0);
    await page.keyboard.press('Control+Z');
    await expect.poll(chipCount).toBe(3);

    // Enter opens the whole response: its fields, a note, and the coding history.
    await page.keyboard.press('Enter');
    const pane = page.getByRole('complementary', { name: 'Response' });
    await pane.waitFor();
    await expect.poll(() => pane.locator('.response-fact dt').allTextContents()).toEqual(expect.arrayContaining(['Respondent', 'Score', 'Region', 'Plan', 'Email']));
    await pane.getByRole('textbox', { name: 'New note' }).fill('Quote this one in the memo');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => pane.locator('.note-text').allTextContents()).toEqual(['Quote this one in the memo']);
    await expect.poll(() => pane.locator('.response-history li').allTextContents()).toEqual([
      expect.stringMatching(/removed Billing — undone$/),
      expect.stringMatching(/added Billing$/),
    ]);
    await expect.poll(() => page.locator('.verbatims-grid .notes-count').first().textContent()).toMatch(/1/);

    // Excerpt coding: select words of the verbatim, code just them; the span is marked and can be removed.
    const text = pane.locator('.response-text').first();
    const full = (await text.textContent())!;
    const word = full.split(/\s+/).find((w) => w.length >= 4)!;
    // Selects the word's characters in the page, as a mouse drag would, then lets go of the button.
    await text.evaluate((element: unknown, w: string) => {
      interface Node {
        readonly textContent: string | null;
      }
      interface Element {
        readonly firstChild: Node | null;
      }
      interface Range {
        setStart(node: Node, offset: number): void;
        setEnd(node: Node, offset: number): void;
      }
      interface Paragraph {
        querySelectorAll(selector: string): Iterable<Element>;
        dispatchEvent(event: unknown): boolean;
        readonly ownerDocument: {
          createRange(): Range;
          getSelection(): { removeAllRanges(): void; addRange(range: Range): void };
          readonly defaultView: { MouseEvent: new (type: string, init: { bubbles: boolean }) => unknown };
        };
      }
      const p = element as Paragraph;
      const node = [...p.querySelectorAll('span, mark')].map((e) => e.firstChild).find((n) => n?.textContent?.includes(w))!;
      const range = p.ownerDocument.createRange();
      const at = node.textContent!.indexOf(w);
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const selection = p.ownerDocument.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      p.dispatchEvent(new p.ownerDocument.defaultView.MouseEvent('mouseup', { bubbles: true }));
    }, word);
    await pane.getByRole('button', { name: 'Code Selected Words…' }).click();
    await page.keyboard.type('billing');
    await page.locator('.quick-input-row[aria-selected="true"]', { hasText: 'Billing' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => pane.locator('.excerpt').allTextContents()).toEqual([word]);
    await expect.poll(() => pane.getByRole('list', { name: 'Codes' }).first().textContent()).toContain(`“${word}”`);
    await screenshot(page, 'grid-excerpt-light');
    await pane.getByRole('button', { name: `Remove Billing from “${word}”` }).click();
    await expect.poll(() => pane.locator('.excerpt').count()).toBe(0);
    await screenshot(page, 'grid-response-pane-light');
    expect(session.problems.errors).toEqual([]);
  });
});
