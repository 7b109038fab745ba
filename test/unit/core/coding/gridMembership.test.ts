import { describe, expect, it } from 'vitest';
import { CodebookRepository } from '../../../../src/main/core/db/codebookRepository';
import { CodingRepository } from '../../../../src/main/core/db/codingRepository';
import { openProjectDatabase } from '../../../../src/main/core/db/connection';
import { GridMembership } from '../../../../src/main/core/db/gridMembership';
import { VerbatimGridRepository } from '../../../../src/main/core/db/verbatimGridRepository';
import { codedGridProject, expectSameAsSql, filters, gridProject, reference } from '../../../support/gridSurvey';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

describe('the grid filters from in-memory sets (GridMembership)', () => {
  it('pages and counts exactly as the plain SQL does, for every kind of filter with and without full text', async () => {
    const { db, themes } = await codedGridProject(tempDir);
    expect(new VerbatimGridRepository(db).count({ uncoded: true })).toBeGreaterThan(50);
    expectSameAsSql(db, themes);
    db.close();
  });

  it('looks a few members up one by one and finds what scanning every match finds', async () => {
    const { db } = await gridProject(tempDir);
    const book = new CodebookRepository(db);
    const coding = new CodingRepository(db);
    const billing = book.create('ann', { name: 'Billing' });
    const praise = book.create('ann', { name: 'Praise' });
    const speed = book.create('ann', { name: 'Speed' });
    coding.apply('ann', billing.id, { query: 'refund AND price' });
    coding.apply('bob', praise.id, { query: 'great' });
    const few = db.prepare("SELECT id FROM verbatims WHERE text LIKE '%slow%' ORDER BY id LIMIT 5").pluck().all() as number[];
    coding.apply('ann', speed.id, { ids: few });
    const grid = new VerbatimGridRepository(db);
    const searched = filters({ billing: billing.id, praise: praise.id, speed: speed.id }).filter((f) => f.query);
    searched.push({ themeId: speed.id, query: 'slow' }, { themeId: speed.id, query: 'slow OR great OR app' }, { themeId: speed.id, query: 'zzz' });
    const answers = (fewMembers: number) => {
      GridMembership.fewMembers = fewMembers;
      try {
        return searched.map((filter) => ({ filter, ids: grid.page(filter, 0, 1000).map((r) => r.verbatimId), count: grid.count(filter), after: grid.page(filter, 3, 4).map((r) => r.verbatimId) }));
      } finally {
        GridMembership.fewMembers = 16;
      }
    };
    const scanned = answers(-1);
    const looked = answers(1_000_000);
    expect(looked).toEqual(scanned);
    for (const { filter, ids, count } of scanned) expect({ filter, ids, count }).toEqual({ filter, ids: reference(db, filter, 0, 1000).ids, count: reference(db, filter, 0, 1).count });
    // With the default threshold the five-verbatim theme is looked up, and finds the same.
    expect(grid.page({ themeId: speed.id, query: 'slow' }, 0, 100).map((r) => r.verbatimId)).toEqual(few);
    db.close();
  });

  it('stays true after coding, removing, undo and redo on this connection, and after another connection writes', async () => {
    const { db, path } = await gridProject(tempDir);
    const book = new CodebookRepository(db);
    const billing = book.create('ann', { name: 'Billing' });
    const praise = book.create('ann', { name: 'Praise' });
    const speed = book.create('ann', { name: 'Speed' });
    const themes = { billing: billing.id, praise: praise.id, speed: speed.id };
    const coding = new CodingRepository(db);
    const grid = new VerbatimGridRepository(db);
    coding.apply('ann', billing.id, { query: 'refund' });
    // Read once so the sets exist; every change below must patch or drop them.
    const before = grid.count({ themeId: billing.id, query: 'price' });
    expect(before).toBe(reference(db, { themeId: billing.id, query: 'price' }, 0, 1).count);

    const one = grid.page({ query: 'price', themeIds: [billing.id], themeMode: 'none' }, 0, 1)[0]!.verbatimId;
    coding.apply('ann', billing.id, { ids: [one] });
    expect(grid.count({ themeId: billing.id, query: 'price' })).toBe(before + 1);
    expect(grid.page({ themeId: billing.id, query: 'price' }, 0, 1000).map((r) => r.verbatimId)).toContain(one);
    coding.undo();
    expect(grid.count({ themeId: billing.id, query: 'price' })).toBe(before);
    coding.redo();
    expect(grid.count({ themeId: billing.id, query: 'price' })).toBe(before + 1);
    coding.remove('ann', billing.id, { ids: [one] });
    expect(grid.count({ themeId: billing.id, query: 'price' })).toBe(before);
    coding.apply('bob', praise.id, { query: 'great' });
    coding.apply('ann', speed.id, { filter: { uncoded: true, query: 'slow' } });
    expectSameAsSql(db, themes);
    // More changes than a patch is worth: the sets are read again.
    GridMembership.patchLimit = 5;
    try {
      expect(coding.remove('bob', praise.id, { query: 'great' }).removed).toBeGreaterThan(5);
      expectSameAsSql(db, themes);
    } finally {
      GridMembership.patchLimit = 20_000;
    }

    // Another connection (as the import and analysis workers have) codes and commits.
    const other = openProjectDatabase(path);
    new CodingRepository(other).apply('carol', speed.id, { query: 'delivery' });
    other.close();
    expect(grid.count({ coder: 'carol' })).toBe(reference(db, { coder: 'carol' }, 0, 1).count);
    expect(grid.count({ coder: 'carol' })).toBeGreaterThan(0);
    expectSameAsSql(db, themes);

    // Responses and verbatims changed on this connection (the counter's triggers).
    const detractors = grid.count({ group: 'detractor', segments: { Region: 'North America' } });
    db.prepare("UPDATE responses SET score = 0 WHERE id IN (SELECT id FROM responses WHERE score >= 7 LIMIT 40)").run();
    expect(grid.count({ group: 'detractor', segments: { Region: 'North America' } })).toBeGreaterThan(detractors);
    expectSameAsSql(db, themes);
    db.prepare('DELETE FROM verbatims WHERE id IN (SELECT id FROM verbatims ORDER BY id DESC LIMIT 25)').run();
    expectSameAsSql(db, themes);
    db.close();
  });

  it('stays true when its sets are first read inside a transaction that is rolled back (taking its logs with it)', async () => {
    const made = await gridProject(tempDir);
    const billing = new CodebookRepository(made.db).create('ann', { name: 'Billing' });
    new CodingRepository(made.db).apply('ann', billing.id, { query: 'refund' });
    made.db.close();
    // A fresh connection whose first filtered page is inside the transaction.
    const db = openProjectDatabase(made.path);
    const grid = new VerbatimGridRepository(db);
    const filter = { themeId: billing.id, query: 'price' };
    expect(() =>
      db.transaction(() => {
        expect(grid.count(filter)).toBe(reference(db, filter, 0, 1).count);
        throw new Error('abandon');
      })(),
    ).toThrow('abandon');
    expect(grid.count(filter)).toBe(reference(db, filter, 0, 1).count);
    new CodingRepository(db).apply('ann', billing.id, { query: 'price' });
    expect(grid.count(filter)).toBe(reference(db, filter, 0, 1).count);
    expect(grid.count(filter)).toBe(reference(db, { query: 'price' }, 0, 1).count);
    db.close();
  });

  it('leaves filters it does not hold to SQL, and a sorted page too', () => {
    expect(GridMembership.handles({ query: 'refund' })).toBe(false);
    expect(GridMembership.handles({})).toBe(false);
    expect(GridMembership.handles({ themeId: 1, sentiment: 'negative' })).toBe(false);
    expect(GridMembership.handles({ themeId: 1, suggestion: 'abc' })).toBe(false);
    expect(GridMembership.handles({ segments: { Region: 'EMEA' }, model: 3 })).toBe(false);
    expect(GridMembership.handles({ segments: { Region: 'EMEA' } })).toBe(true);
  });
});
