import { describe, expect, it } from 'vitest';
import { CodebookRepository } from '../../../../src/main/core/db/codebookRepository';
import { CodingRepository } from '../../../../src/main/core/db/codingRepository';
import { GridViewRepository } from '../../../../src/main/core/db/gridViewRepository';
import { NoteRepository } from '../../../../src/main/core/db/noteRepository';
import { ResponseDetailRepository } from '../../../../src/main/core/db/responseDetailRepository';
import { VerbatimGridRepository } from '../../../../src/main/core/db/verbatimGridRepository';
import type { ProjectDb } from '../../../../src/main/core/db/connection';
import type { GridFilter } from '../../../../src/shared/coding';
import { sampleProject } from '../../../support/sampleProject';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const project = () => sampleProject(tempDir());

/** Sentiment as the NLP job would store it (its own tests cover how it is scored). */
function setSentiment(db: ProjectDb, verbatimId: number, label: 'negative' | 'neutral' | 'positive', score: number) {
  db.prepare(
    "INSERT INTO verbatim_analysis (verbatim_id, version, language, sentiment, sentiment_label, sentences_json, lemmas) VALUES (?, 'test', 'en', ?, ?, '[]', '')",
  ).run(verbatimId, score, label);
}

describe('grid filters, columns, notes, saved views and the response view', () => {
  it('combines score range, themes (any / all / none, children count for parents), sentiment, dates, coder and several segment values', async () => {
    const { db, ids } = await project();
    const book = new CodebookRepository(db);
    const billing = book.create('ann', { name: 'Billing' });
    const twice = book.create('ann', { name: 'Double charge', parentId: billing.id });
    const praise = book.create('ann', { name: 'Praise' });
    const coding = new CodingRepository(db);
    coding.apply('ann', twice.id, { ids: [ids.R_002!] });
    coding.apply('bob', praise.id, { ids: [ids.R_001!, ids.R_005!] });
    coding.apply('ann', billing.id, { ids: [ids.R_005!] });
    setSentiment(db, ids.R_001!, 'positive', 0.8);
    setSentiment(db, ids.R_002!, 'negative', -0.6);
    setSentiment(db, ids.R_005!, 'positive', 0.5);
    const grid = new VerbatimGridRepository(db);
    const who = (filter: GridFilter) => grid.page(filter, 0, 100).map((r) => r.respondentId);

    // R_006 scored 11, which is not a score: no range holds it.
    expect(who({ scoreMin: 9 })).toEqual(['R_001', 'R_005']);
    expect(who({ scoreMin: 0, scoreMax: 6 })).toEqual(['R_002']);
    // A code on "Double charge" counts for "Billing".
    expect(who({ themeIds: [billing.id] })).toEqual(['R_002', 'R_005']);
    expect(who({ themeId: billing.id })).toEqual(['R_002', 'R_005']);
    expect(who({ themeIds: [billing.id, praise.id], themeMode: 'any' })).toEqual(['R_001', 'R_002', 'R_005']);
    expect(who({ themeIds: [billing.id, praise.id], themeMode: 'all' })).toEqual(['R_005']);
    expect(who({ themeIds: [billing.id], themeMode: 'none' })).toEqual(['R_001', 'R_004', 'R_006']);
    expect(who({ themeIds: [billing.id], query: 'refund' })).toEqual(['R_002']);
    expect(who({ sentiment: 'positive' })).toEqual(['R_001', 'R_005']);
    expect(who({ sentiment: 'negative', themeIds: [twice.id] })).toEqual(['R_002']);
    expect(who({ dateFrom: '2026-09-02', dateTo: '2026-09-05' })).toEqual(['R_002', 'R_004', 'R_005']);
    expect(who({ dateFrom: '2026-09-06' })).toEqual(['R_006']);
    expect(who({ coder: 'bob' })).toEqual(['R_001', 'R_005']);
    expect(who({ coder: 'ann', scoreMin: 9 })).toEqual(['R_005']);
    expect(who({ segments: { Region: ['APAC', 'LATAM', 'North America'] } })).toEqual(['R_002', 'R_005']);
    expect(who({ segments: { Region: [] } })).toEqual([]);
    expect(grid.count({ segments: { Region: 'EMEA' }, sentiment: 'positive', coder: 'bob' })).toBe(1);
    db.close();
  });

  it('sorts by score, date, respondent or a segment (blanks last), and refuses a column it cannot sort by', async () => {
    const { db } = await project();
    const grid = new VerbatimGridRepository(db);
    const who = (sort: { column: string; direction: 'asc' | 'desc' }, filter: GridFilter = {}) => grid.page(filter, 0, 100, sort).map((r) => r.respondentId);
    expect(who({ column: 'score', direction: 'asc' })).toEqual(['R_002', 'R_005', 'R_001', 'R_004', 'R_006']);
    expect(who({ column: 'score', direction: 'desc' })).toEqual(['R_001', 'R_005', 'R_002', 'R_004', 'R_006']);
    expect(who({ column: 'date', direction: 'desc' })).toEqual(['R_006', 'R_005', 'R_004', 'R_002', 'R_001']);
    expect(who({ column: 'segment:Region', direction: 'asc' })).toEqual(['R_001', 'R_004', 'R_006', 'R_005', 'R_002']);
    expect(who({ column: 'score', direction: 'asc' }, { segments: { Region: 'EMEA' } })).toEqual(['R_001', 'R_004', 'R_006']);
    expect(grid.page({}, 1, 2, { column: 'respondentId', direction: 'asc' }).map((r) => r.respondentId)).toEqual(['R_002', 'R_004']);
    expect(() => grid.page({}, 0, 10, { column: 'text', direction: 'asc' })).toThrow(/cannot sort by “text”/);
    expect(() => grid.page({}, 0, 10, { column: 'segment:Country', direction: 'asc' })).toThrow(/no segment “Country”/);
    db.close();
  });

  it('gives each row its segments, keyphrases, column and note count, and lists segments with their values', async () => {
    const { db, ids } = await project();
    new NoteRepository(db).add('ann', { verbatimId: ids.R_002! }, 'Call back about the refund');
    const row = new VerbatimGridRepository(db).page({ query: 'refund' }, 0, 1)[0]!;
    expect(row).toMatchObject({
      respondentId: 'R_002',
      column: 'What is the main reason for your score?',
      segments: { Region: 'North America', Plan: 'Starter', Channel: 'Phone', Language: 'en' },
      keyphrases: [],
      notes: 1,
    });
    expect(new VerbatimGridRepository(db).segments().find((s) => s.name === 'Region')?.values).toEqual(['APAC', 'EMEA', 'LATAM', 'North America']);
    db.close();
  });

  it('keeps notes on verbatims and themes, refuses empty ones, and removes a verbatim note with its import', async () => {
    const { db, ids } = await project();
    const notes = new NoteRepository(db);
    const praise = new CodebookRepository(db).create('ann', { name: 'Praise' });
    const note = notes.add('ann', { verbatimId: ids.R_001! }, '  Quote this in the memo  ', '2026-11-29T10:00:00.000Z');
    expect(note).toMatchObject({ verbatimId: ids.R_001, coder: 'ann', text: 'Quote this in the memo', createdAt: '2026-11-29T10:00:00.000Z' });
    notes.add('bob', { themeId: praise.id }, 'Only unprompted praise');
    expect(() => notes.add('ann', { verbatimId: ids.R_001! }, '   ')).toThrow(/A note needs some text/);
    expect(() => notes.add('ann', { verbatimId: 99_999 }, 'x')).toThrow(/no verbatim 99999/);
    expect(notes.update(note.id, 'Quote in the memo, top 5', '2026-11-29T11:00:00.000Z')).toMatchObject({ text: 'Quote in the memo, top 5', updatedAt: '2026-11-29T11:00:00.000Z' });
    expect(notes.onTheme(praise.id).map((n) => [n.coder, n.text])).toEqual([['bob', 'Only unprompted praise']]);
    notes.delete(note.id);
    expect(notes.onVerbatims([ids.R_001!])).toEqual([]);
    expect(() => notes.delete(note.id)).toThrow(/no note/);
    notes.add('ann', { verbatimId: ids.R_002! }, 'Goes with the import');
    db.prepare('DELETE FROM imports').run();
    expect(db.prepare('SELECT count(*) FROM notes WHERE verbatim_id IS NOT NULL').pluck().get()).toBe(0);
    db.close();
  });

  it('saves named views (a name in any case replaces the view), and deletes them', async () => {
    const { db } = await project();
    const views = new GridViewRepository(db);
    views.save('Detractors on billing', { group: 'detractor', query: 'refund' }, ['date']);
    views.save('Praise', { sentiment: 'positive' }, []);
    const replaced = views.save('detractors ON billing', { group: 'detractor' }, []);
    expect(views.list().map((v) => [v.name, v.filter, v.hidden])).toEqual([
      ['detractors ON billing', { group: 'detractor' }, []],
      ['Praise', { sentiment: 'positive' }, []],
    ]);
    views.delete(replaced.id);
    expect(views.list().map((v) => v.name)).toEqual(['Praise']);
    expect(() => views.delete(replaced.id)).toThrow(/no saved view/);
    db.close();
  });

  it('shows a whole response: fields, segments, codes with coder and source, notes, and the coding history with undone actions', async () => {
    const { db, ids } = await project();
    const book = new CodebookRepository(db);
    const billing = book.create('ann', { name: 'Billing' });
    const twice = book.create('ann', { name: 'Double charge', parentId: billing.id });
    const coding = new CodingRepository(db);
    coding.apply('ann', twice.id, { ids: [ids.R_002!] });
    coding.apply('bob', billing.id, { query: 'refund' }, 'rule', 'Rule: “refund” codes “Billing”');
    coding.remove('ann', billing.id, { ids: [ids.R_002!] });
    coding.undo();
    new NoteRepository(db).add('ann', { verbatimId: ids.R_002! }, 'Escalated');
    const detail = new ResponseDetailRepository(db).ofVerbatim(ids.R_002!);
    expect(detail).toMatchObject({ respondentId: 'R_002', customerKey: 'C-000002', score: 3, group: 'detractor', source: 'survey.csv', segments: { Region: 'North America', Plan: 'Starter' } });
    expect(detail.fields).toEqual([{ name: 'Email', value: 'bob@example.com' }]);
    expect(detail.verbatims).toHaveLength(1);
    expect(detail.verbatims[0]!.codes.map((c) => [c.path, c.coder, c.source])).toEqual([
      ['Billing > Double charge', 'ann', 'manual'],
      ['Billing', 'bob', 'rule'],
    ]);
    expect(detail.verbatims[0]!.notes.map((n) => n.text)).toEqual(['Escalated']);
    expect(detail.history.map((e) => [e.theme, e.change, e.coder, e.source, e.undone])).toEqual([
      ['Billing', 'removed', 'ann', 'manual', true],
      ['Billing', 'added', 'bob', 'rule', false],
      ['Billing > Double charge', 'added', 'ann', 'manual', false],
    ]);
    expect(() => new ResponseDetailRepository(db).ofVerbatim(123_456)).toThrow(/no verbatim 123456/);
    db.close();
  });
});
