import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodebookCsv, writeCodebookCsv } from '../../../../src/main/core/coding/codebookCsv';
import { CodebookRepository } from '../../../../src/main/core/db/codebookRepository';
import { CodingRepository } from '../../../../src/main/core/db/codingRepository';
import { VerbatimGridRepository } from '../../../../src/main/core/db/verbatimGridRepository';
import { openProjectDatabase, type ProjectDb } from '../../../../src/main/core/db/connection';
import { sampleProject } from '../../../support/sampleProject';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const ANN = 'ann';

const project = () => sampleProject(tempDir());

const counts = (db: ProjectDb) => Object.fromEntries(new CodebookRepository(db).list().map((t) => [t.path, t.count]));

describe('codebook and coding', () => {
  it('keeps themes in a tree with paths, and counts coded verbatims live', async () => {
    const { db, ids } = await project();
    const book = new CodebookRepository(db);
    const billing = book.create(ANN, { name: 'Billing' });
    const twice = book.create(ANN, { name: 'Double charge', parentId: billing.id, shortcut: 'd' });
    book.create(ANN, { name: 'Praise' });
    expect(book.list().map((t) => t.path)).toEqual(['Billing', 'Billing > Double charge', 'Praise']);
    expect(() => book.create(ANN, { name: 'billing' })).toThrow(/already a theme “billing”/);
    expect(() => book.create(ANN, { name: 'A > B' })).toThrow(/cannot contain ">"/);
    // One key per theme, and J, K and N belong to the grid.
    expect(() => book.create(ANN, { name: 'Waits', shortcut: 'D' })).toThrow(/shortcut D already codes “Billing > Double charge”/);
    expect(() => book.create(ANN, { name: 'Waits', shortcut: 'j' })).toThrow(/J, K and N move in the verbatim grid/);
    expect(() => book.edit(ANN, billing.id, { shortcut: 'n' })).toThrow(/J, K and N/);

    const coding = new CodingRepository(db);
    expect(coding.apply(ANN, twice.id, { ids: [ids.R_002!] })).toMatchObject({ coded: 1, alreadyCoded: 0 });
    expect(coding.apply(ANN, twice.id, { ids: [ids.R_002!] })).toMatchObject({ coded: 0, alreadyCoded: 1 });
    expect(counts(db)).toEqual({ Billing: 0, 'Billing > Double charge': 1, Praise: 0 });
    expect(book.findByPath('billing > double CHARGE')?.id).toBe(twice.id);
    db.close();
  });

  it('undoes and redoes single and bulk actions, also after a restart, and a new action discards the redo', async () => {
    const { db, path, ids } = await project();
    const book = new CodebookRepository(db);
    const praise = book.create(ANN, { name: 'Praise' });
    const coding = new CodingRepository(db);
    expect(coding.count({ query: 'love OR easy' })).toBe(2);
    expect(coding.apply(ANN, praise.id, { query: 'love OR easy' })).toMatchObject({ coded: 2 });
    coding.apply(ANN, praise.id, { ids: [ids.R_006!] });
    expect(counts(db).Praise).toBe(3);
    db.close();

    const reopened = openProjectDatabase(path);
    const again = new CodingRepository(reopened);
    expect(again.undo()?.summary).toBe('Apply “Praise” to 1 verbatim');
    expect(counts(reopened).Praise).toBe(2);
    expect(again.undo()?.summary).toBe('Apply “Praise” to 2 verbatims');
    expect(counts(reopened).Praise).toBe(0);
    expect(again.redo()?.kind).toBe('code.apply');
    expect(counts(reopened).Praise).toBe(2);
    // A new action after an undo: what was undone can no longer be redone.
    again.remove(ANN, praise.id, { ids: [ids.R_001!] });
    expect(again.redo()).toBeUndefined();
    expect(counts(reopened).Praise).toBe(1);
    expect(again.undo()?.kind).toBe('code.remove');
    expect(counts(reopened).Praise).toBe(2);
    expect(again.history().map((a) => a.state)).toEqual(['undone', 'discarded', 'done', 'done']);
    expect(reopened.pragma('foreign_key_check')).toEqual([]);
    reopened.close();
  });

  it('codes by rule idempotently, and never against a coder who removed the theme by hand', async () => {
    const { db, ids } = await project();
    const book = new CodebookRepository(db);
    const refunds = book.create(ANN, { name: 'Refunds' });
    const coding = new CodingRepository(db);
    expect(coding.apply('rules', refunds.id, { query: 'refund OR charged' }, 'rule')).toMatchObject({ coded: 1, alreadyCoded: 0 });
    expect(coding.apply('rules', refunds.id, { query: 'refund OR charged' }, 'rule')).toMatchObject({ coded: 0, alreadyCoded: 1 });
    coding.remove(ANN, refunds.id, { ids: [ids.R_002!] });
    expect(coding.apply('rules', refunds.id, { query: 'refund' }, 'rule')).toMatchObject({ coded: 0, alreadyCoded: 1 });
    expect(coding.themesOf(ids.R_002!)).toEqual([]);
    // A coder may still apply it by hand.
    expect(coding.apply(ANN, refunds.id, { ids: [ids.R_002!] })).toMatchObject({ coded: 1 });
    expect(coding.themesOf(ids.R_002!)).toEqual([{ themeId: refunds.id, source: 'manual', coder: ANN }]);
    expect(() => coding.count({ query: 'refund AND' })).toThrow(/search cannot be read/);
    db.close();
  });

  it('deletes a theme with its children and codes as one undoable action', async () => {
    const { db, ids } = await project();
    const book = new CodebookRepository(db);
    const billing = book.create(ANN, { name: 'Billing' });
    const twice = book.create(ANN, { name: 'Double charge', parentId: billing.id });
    const coding = new CodingRepository(db);
    coding.apply(ANN, billing.id, { ids: [ids.R_002!, ids.R_001!] });
    coding.apply(ANN, twice.id, { ids: [ids.R_002!] });
    expect(book.deletionImpact(billing.id)).toEqual({ themes: 2, codes: 3 });
    expect(book.delete(ANN, billing.id)).toMatchObject({ themes: 2, codes: 3 });
    expect(book.list()).toEqual([]);
    coding.undo();
    expect(counts(db)).toEqual({ Billing: 2, 'Billing > Double charge': 1 });
    db.close();
  });

  it('merges a theme into another: codes and children move, nothing is coded twice, and undo splits them again', async () => {
    const { db, ids } = await project();
    const book = new CodebookRepository(db);
    const slow = book.create(ANN, { name: 'Slow support' });
    const waits = book.create(ANN, { name: 'Long waits' });
    const phone = book.create(ANN, { name: 'Phone queue', parentId: waits.id });
    const coding = new CodingRepository(db);
    coding.apply(ANN, slow.id, { ids: [ids.R_002!, ids.R_004!] });
    coding.apply(ANN, waits.id, { ids: [ids.R_002!] });
    expect(book.merge(ANN, waits.id, slow.id).moved).toBe(0);
    expect(counts(db)).toEqual({ 'Slow support': 2, 'Slow support > Phone queue': 0 });
    expect(book.get(phone.id).path).toBe('Slow support > Phone queue');
    coding.undo();
    expect(counts(db)).toEqual({ 'Slow support': 2, 'Long waits': 1, 'Long waits > Phone queue': 0 });
    expect(() => book.merge(ANN, waits.id, phone.id)).toThrow(/cannot merge into itself or one of its children/);
    db.close();
  });

  it('renames, recolours and moves themes, each undoable, and refuses a move under its own child', async () => {
    const { db } = await project();
    const book = new CodebookRepository(db);
    const billing = book.create(ANN, { name: 'Billing' });
    const twice = book.create(ANN, { name: 'Double charge', parentId: billing.id });
    book.rename(ANN, billing.id, 'Money');
    book.edit(ANN, twice.id, { color: '#123456', shortcut: 'm' });
    book.move(ANN, twice.id, undefined);
    expect(book.list().map((t) => [t.path, t.color])).toEqual([
      ['Money', billing.color],
      ['Double charge', '#123456'],
    ]);
    expect(() => book.move(ANN, billing.id, billing.id)).toThrow(/under itself/);
    const coding = new CodingRepository(db);
    coding.undo();
    coding.undo();
    coding.undo();
    expect(book.list().map((t) => [t.path, t.color, t.shortcut])).toEqual([
      ['Billing', billing.color, undefined],
      ['Billing > Double charge', twice.color, undefined],
    ]);
    db.close();
  });

  it('edits name, description, colour and shortcut as one action that one undo reverts, and skips unchanged fields', async () => {
    const { db } = await project();
    const book = new CodebookRepository(db);
    const waits = book.create(ANN, { name: 'Waits', description: 'On hold', shortcut: 'w' });
    const edited = book.update(ANN, waits.id, { name: 'Long waits', description: 'Hold and queues', color: '#00aa00', shortcut: null });
    expect([edited.path, edited.description, edited.color, edited.shortcut]).toEqual(['Long waits', 'Hold and queues', '#00aa00', undefined]);
    const coding = new CodingRepository(db);
    expect(coding.history(1)[0]).toMatchObject({ kind: 'theme.edit', summary: 'Edit theme “Waits”' });
    // Nothing changed: no action is logged.
    book.update(ANN, waits.id, { name: 'Long waits', description: 'Hold and queues' });
    expect(coding.history(1)[0]?.summary).toBe('Edit theme “Waits”');
    expect(coding.undo()?.summary).toBe('Edit theme “Waits”');
    const back = book.get(waits.id);
    expect([back.name, back.description, back.color, back.shortcut]).toEqual(['Waits', 'On hold', waits.color, 'w']);
    db.close();
  });

  it('exports the codebook as CSV that reads back to the same tree, with formula-looking names neutralised', async () => {
    const { db } = await project();
    const book = new CodebookRepository(db);
    const billing = book.create(ANN, { name: 'Billing', description: 'Money matters, "quoted"' });
    const twice = book.create(ANN, { name: 'Double charge', parentId: billing.id });
    book.create(ANN, { name: '=HYPERLINK("x")', color: '#aa0000', shortcut: 'h' });
    const csv = writeCodebookCsv(book.list());
    expect(csv.split('\r\n')).toEqual([
      'path,description,color,shortcut',
      `Billing,"Money matters, ""quoted""",${billing.color},`,
      `Billing > Double charge,,${twice.color},`,
      `"'=HYPERLINK(""x"")",,#aa0000,h`,
      '',
    ]);
    const file = join(tempDir(), 'codebook.csv');
    writeFileSync(file, csv);
    expect(readCodebookCsv(file).map((e) => [e.names.join(' > '), e.description ?? '', e.color])).toEqual([
      ['Billing', 'Money matters, "quoted"', billing.color],
      ['Billing > Double charge', '', twice.color],
      ['=HYPERLINK("x")', '', '#aa0000'],
    ]);
    db.close();
  });

  it('imports a CSV codebook with path-style names, and says what is wrong with a bad one', async () => {
    const { db } = await project();
    const dir = tempDir();
    const good = join(dir, 'codebook.csv');
    writeFileSync(good, '\uFEFFName,Description,Color\nBilling > Double charge,Charged more than once,#aa0000\nBilling > Refund delay,,\nPraise,,\n');
    const entries = readCodebookCsv(good);
    expect(new CodebookRepository(db).importPaths(ANN, entries, 'Import')).toBe(4);
    expect(new CodebookRepository(db).list().map((t) => t.path)).toEqual(['Billing', 'Billing > Double charge', 'Billing > Refund delay', 'Praise']);
    expect(new CodebookRepository(db).importPaths(ANN, entries, 'Import again')).toBe(0);

    const noName = join(dir, 'bad.csv');
    writeFileSync(noName, 'Label,Colour\nBilling,#aa0000\n');
    expect(() => readCodebookCsv(noName)).toThrow(/has no column naming the themes/);
    const badColor = join(dir, 'colour.csv');
    writeFileSync(badColor, 'name,color\nBilling,red\n');
    expect(() => readCodebookCsv(badColor)).toThrow(/line 2: "red" is not a colour/);
    db.close();
  });

  it('pages the grid with filters that combine: full text, NPS group, theme, uncoded', async () => {
    const { db, ids } = await project();
    const praise = new CodebookRepository(db).create(ANN, { name: 'Praise', color: '#2ca02c' });
    new CodingRepository(db).apply(ANN, praise.id, { ids: [ids.R_001!, ids.R_005!] });
    const grid = new VerbatimGridRepository(db);
    expect(grid.count({})).toBe(5);
    const first = grid.page({}, 0, 2);
    expect(first.map((r) => r.respondentId)).toEqual(['R_001', 'R_002']);
    expect(first[0]).toMatchObject({ score: 10, group: 'promoter', themes: [{ id: praise.id, name: 'Praise', color: '#2ca02c' }] });
    expect(first[1]).toMatchObject({ score: 3, group: 'detractor', themes: [] });
    expect(grid.page({}, 4, 2).map((r) => r.respondentId)).toEqual(['R_006']);
    expect(grid.page({ themeId: praise.id }, 0, 10).map((r) => r.respondentId)).toEqual(['R_001', 'R_005']);
    expect(grid.page({ uncoded: true }, 0, 10).map((r) => r.respondentId)).toEqual(['R_002', 'R_004', 'R_006']);
    expect(grid.page({ group: 'promoter', themeId: praise.id }, 0, 10).map((r) => r.respondentId)).toEqual(['R_001', 'R_005']);
    expect(grid.page({ query: 'refund', group: 'detractor' }, 0, 10).map((r) => r.respondentId)).toEqual(['R_002']);
    expect(grid.count({ query: 'refund', group: 'promoter' })).toBe(0);
    expect(grid.page({ segments: { Region: 'EMEA' } }, 0, 10).map((r) => r.respondentId)).toEqual(['R_001', 'R_004', 'R_006']);
    expect(grid.page({ segments: { Region: 'EMEA', Plan: 'Pro' }, themeId: praise.id }, 0, 10).map((r) => r.respondentId)).toEqual(['R_001']);
    expect(grid.count({ segments: { Country: 'France' } })).toBe(0);
    // R_006 scored 11: it has no NPS group, and no group filter shows it.
    expect(grid.page({ query: 'range' }, 0, 10)[0]).not.toHaveProperty('group');
    db.close();
  });

  it('applies a theme to every verbatim a grid filter shows, as one undoable action', async () => {
    const { db } = await project();
    const praise = new CodebookRepository(db).create(ANN, { name: 'Praise' });
    const coding = new CodingRepository(db);
    const promotersInEmea = { filter: { group: 'promoter' as const, segments: { Region: 'EMEA' } } };
    expect(coding.count(promotersInEmea)).toBe(1);
    expect(coding.apply(ANN, praise.id, { filter: { group: 'promoter' } })).toMatchObject({ coded: 2, alreadyCoded: 0 });
    expect(counts(db).Praise).toBe(2);
    expect(coding.undo()?.summary).toBe('Apply “Praise” to 2 verbatims');
    expect(counts(db).Praise).toBe(0);
    db.close();
  });
});
