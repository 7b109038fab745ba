import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal } from '../../../../src/main/core/analysis/agreement';
import { seededSample } from '../../../../src/main/core/analysis/seededSample';
import { CodebookRepository } from '../../../../src/main/core/db/codebookRepository';
import { CodingLog } from '../../../../src/main/core/db/codingLog';
import { CodingRepository } from '../../../../src/main/core/db/codingRepository';
import { createProjectDatabase, openProjectDatabase, type ProjectDb } from '../../../../src/main/core/db/connection';
import { catchUpFullTextIndex } from '../../../../src/main/core/db/fullTextIndex';
import { DoubleCodingRepository } from '../../../../src/main/core/db/doubleCodingRepository';
import type { SampleItem } from '../../../../src/shared/doubleCoding';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, applyMigrations } from '../../../../src/main/core/db/migrations';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import { AppError } from '../../../../src/shared/errors';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const SCORE = 'How likely are you to recommend Acme to a friend or colleague?';
const WHY = 'What is the main reason for your score?';
const MORE = 'Anything else?';

/**
 * A 30-response survey, R_01 … R_30, scores i mod 11 (R_05's is "n/a": excluded). R_03 and R_17
 * have no verbatim, R_09 only blanks: 26 responses can be sampled, 17 of them detractors
 * (R_01–R_16 and R_22–R_28 with scores 0–6, less R_03 and R_17), 6 passives, 3 promoters.
 * Every fourth response (R_04, R_08, …) has a second verbatim.
 */
async function project(): Promise<ProjectDb> {
  const dir = tempDir();
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [['Response ID', 'Submitted At', SCORE, WHY, MORE, 'Region'].map(quote).join(',')];
  for (let i = 1; i <= 30; i += 1) {
    const id = `R_${String(i).padStart(2, '0')}`;
    const score = i === 5 ? 'n/a' : String(i % 11);
    const why = i === 3 || i === 17 ? '' : i === 9 ? '   ' : `Reason number ${i}`;
    const more = i % 4 === 0 ? `More about ${i}` : '';
    lines.push([id, `2026-09-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, score, why, more, i % 2 ? 'EMEA' : 'APAC'].map(quote).join(','));
  }
  const csv = join(dir, 'survey.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const db = await createProjectDatabase(join(dir, 'p.loupe'));
  await runImport(db, {
    path: csv,
    mapping: { score: SCORE, verbatims: [WHY, MORE], respondentId: 'Response ID', date: 'Submitted At', segments: ['Region'] },
  });
  return db;
}

/**
 * A coder's own code of a theme on a whole verbatim, as one action of the coding log. (Written
 * directly: CodingRepository.apply skips a verbatim that ANOTHER coder already coded with the
 * theme, which blind double-coding needs to allow.)
 */
function code(db: ProjectDb, coder: string, themeId: number, verbatimId: number): void {
  const log = new CodingLog(db);
  db.transaction(() => {
    const action = log.begin(coder, 'code.apply', 'manual', 'test code');
    db.prepare("INSERT INTO codes (verbatim_id, theme_id, coder_id, source, added_by) VALUES (?, ?, ?, 'manual', ?)").run(verbatimId, themeId, log.coderId(coder), action);
  })();
}

const respondents = (items: readonly SampleItem[]) => items.map((i) => i.respondentId);

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError');
}

describe('seededSample', () => {
  it('draws without replacement, the same for a seed and otherwise for another, from any whole-number seed', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const all = seededSample(items, 100, 42);
    expect([...all].sort((a, b) => a - b)).toEqual(items);
    expect(seededSample(items, 10, 42)).toEqual(all.slice(0, 10));
    expect(seededSample(items, 10, 42)).toEqual(seededSample(items, 10, 42));
    expect(seededSample(items, 10, 43)).not.toEqual(seededSample(items, 10, 42));
    expect(new Set(seededSample(items, 10, Date.UTC(2026, 0, 1))).size).toBe(10);
    expect(seededSample(items, 10, -1)).not.toEqual(seededSample(items, 10, 2 ** 32 - 1));
    expect(seededSample(items, 0, 1)).toEqual([]);
    expect(items[0]).toBe(0); // the input is left as it was
    expect(() => seededSample(items, 101, 1)).toThrow(RangeError);
    expect(() => seededSample(items, 5, 1.5)).toThrow(RangeError);
  });

  it('gives every item about the same chance', () => {
    const hits = new Array<number>(20).fill(0);
    for (let seed = 0; seed < 2000; seed += 1) for (const i of seededSample(Array.from({ length: 20 }, (_, k) => k), 5, seed)) hits[i]! += 1;
    // 2000 draws × 5 of 20: 500 each expected; binomial sd ≈ 19.
    for (const h of hits) expect(Math.abs(h - 500)).toBeLessThan(100);
  });
});

describe('blind double-coding', () => {
  it('draws a reproducible sample of eligible responses, optionally of one NPS group, and refuses bad requests clearly', async () => {
    const db = await project();
    const dc = new DoubleCodingRepository(db);
    const a = dc.create('Round 1', { size: 12, seed: 7, coders: ['ann', 'bob'] }, '2026-11-01T00:00:00.000Z');
    expect(a).toMatchObject({ name: 'Round 1', seed: 7, size: 12, items: 12, filter: {}, coders: ['ann', 'bob'], createdAt: '2026-11-01T00:00:00.000Z' });
    expect(a.progress).toEqual([
      { coder: 'ann', done: 0 },
      { coder: 'bob', done: 0 },
    ]);
    const first = respondents(dc.items(a.id, 'ann'));
    expect(first).toHaveLength(12);
    expect(new Set(first).size).toBe(12);
    // Same seed: the same responses in the same order; another seed: another sample.
    expect(respondents(dc.items(dc.create('Round 1 again', { size: 12, seed: 7 }).id, 'ann'))).toEqual(first);
    expect(respondents(dc.items(dc.create('Round 2', { size: 12, seed: 8 }).id, 'ann'))).not.toEqual(first);
    expect(dc.items(a.id, 'ann').map((i) => i.position)).toEqual([...Array(12).keys()]);

    // Drawing every eligible response gives exactly the 26 that are not excluded and have a non-empty
    // verbatim (a verbatim of blanks, which the importer would not keep, does not make R_03 eligible).
    db.prepare("INSERT INTO verbatims (response_id, column_name, text) SELECT id, ?, ' \n\t ' FROM responses WHERE respondent_id = 'R_03'").run(MORE);
    const all = dc.create('Everyone', { size: 26, seed: 1 });
    const everyone = respondents(dc.items(all.id, 'ann')).sort();
    expect(everyone).toHaveLength(26);
    for (const ineligible of ['R_03', 'R_05', 'R_09', 'R_17']) expect(everyone).not.toContain(ineligible);
    for (const item of dc.items(all.id, 'ann')) expect(item.verbatims.length).toBeGreaterThan(0);

    const detractors = dc.create('Detractors', { size: 17, seed: 3, filter: { group: 'detractor' } });
    expect(detractors.filter).toEqual({ group: 'detractor' });
    const scores = dc.items(detractors.id, 'ann').map((i) => i.score!);
    expect(scores).toHaveLength(17);
    expect(Math.max(...scores)).toBeLessThanOrEqual(6);
    expect(dc.items(detractors.id, 'ann').every((i) => i.group === 'detractor')).toBe(true);

    expect(thrown(() => dc.create('ROUND 1', { size: 12, seed: 1 }))).toMatchObject({ code: 'BAD_INPUT', message: 'There is already a sample “Round 1”.' });
    expect(thrown(() => dc.create('Small', { size: 9, seed: 1 })).message).toBe('A double-coding sample needs at least 10 responses (asked for 9).');
    expect(thrown(() => dc.create('Big', { size: 27, seed: 1 })).message).toBe('Only 26 responses can be sampled; 27 were asked for.');
    expect(thrown(() => dc.create('Big', { size: 18, seed: 1, filter: { group: 'detractor' } })).message).toBe('Only 17 responses from detractors can be sampled; 18 were asked for.');
    expect(thrown(() => dc.create('Promoters', { size: 10, seed: 1, filter: { group: 'promoter' } })).message).toMatch(/^Only 3 responses from promoters/);
    expect(thrown(() => dc.create('  ', { size: 10, seed: 1 })).message).toBe('A double-coding sample needs a name.');
    expect(thrown(() => dc.create('Odd', { size: 10.5, seed: 1 })).code).toBe('BAD_INPUT');
    expect(thrown(() => dc.create('Odd', { size: 10, seed: 0.5 })).code).toBe('BAD_INPUT');
    expect(thrown(() => dc.create('Solo', { size: 10, seed: 1, coders: ['ann', 'ann'] })).message).toBe('Double-coding needs two different coders.');
    expect(dc.list().map((s) => s.name)).toEqual(['Detractors', 'Everyone', 'Round 1', 'Round 1 again', 'Round 2']);
    db.close();
  });

  it('shows each coder only their own codes, keeps done marks per coder, and deleting a sample keeps the codes', async () => {
    const db = await project();
    const dc = new DoubleCodingRepository(db);
    const billing = new CodebookRepository(db).create('lead', { name: 'Billing' });
    const support = new CodebookRepository(db).create('lead', { name: 'Support' });
    const sample = dc.create('Blind', { size: 10, seed: 11, coders: ['ann', 'bob'] });
    const [x, y] = dc.items(sample.id, 'ann');
    const vx = x!.verbatims[0]!.verbatimId;
    code(db, 'ann', billing.id, vx);
    code(db, 'bob', billing.id, vx);
    code(db, 'bob', support.id, vx);
    code(db, 'ann', support.id, y!.verbatims[0]!.verbatimId);

    const ann = dc.items(sample.id, 'ann');
    expect(ann[0]!.verbatims[0]!.codes.map((c) => c.themeId)).toEqual([billing.id]);
    expect(ann[1]!.verbatims[0]!.codes.map((c) => c.themeId)).toEqual([support.id]);
    const bob = dc.items(sample.id, 'bob');
    expect(bob[0]!.verbatims[0]!.codes.map((c) => c.themeId)).toEqual([billing.id, support.id]);
    expect(bob[1]!.verbatims[0]!.codes).toEqual([]);
    expect(bob[0]!.verbatims[0]!.codes[0]).toMatchObject({ themeId: billing.id, source: 'manual' });
    // A coder who has not started sees the responses and no codes at all.
    expect(dc.items(sample.id, 'carol').flatMap((i) => i.verbatims.flatMap((v) => v.codes))).toEqual([]);

    dc.markDone(sample.id, x!.responseId, 'ann', true);
    dc.markDone(sample.id, x!.responseId, 'ann', true); // twice is once
    dc.markDone(sample.id, y!.responseId, 'ann', true);
    dc.markDone(sample.id, x!.responseId, 'bob', true);
    dc.markDone(sample.id, x!.responseId, 'carol', true);
    dc.markDone(sample.id, x!.responseId, 'carol', false);
    expect(dc.items(sample.id, 'ann').map((i) => i.done)).toEqual([true, true, ...Array(8).fill(false)]);
    expect(dc.items(sample.id, 'bob').map((i) => i.done)).toEqual([true, ...Array(9).fill(false)]);
    expect(dc.get(sample.id).progress).toEqual([
      { coder: 'ann', done: 2 },
      { coder: 'bob', done: 1 },
    ]);
    const outside = db.prepare('SELECT id FROM responses WHERE id NOT IN (SELECT response_id FROM coding_sample_items) LIMIT 1').pluck().get() as number;
    expect(thrown(() => dc.markDone(sample.id, outside, 'ann', true))).toMatchObject({ code: 'NOT_FOUND', message: `Response ${outside} is not in the sample “Blind”.` });
    expect(thrown(() => dc.items(999, 'ann')).code).toBe('NOT_FOUND');

    dc.delete(sample.id);
    expect(dc.list()).toEqual([]);
    expect(thrown(() => dc.get(sample.id)).code).toBe('NOT_FOUND');
    expect(thrown(() => dc.delete(sample.id)).code).toBe('NOT_FOUND');
    expect(db.prepare('SELECT count(*) FROM codes WHERE active = 1').pluck().get()).toBe(4);
    expect(db.prepare('SELECT (SELECT count(*) FROM coding_sample_items) + (SELECT count(*) FROM coding_sample_done)').pluck().get()).toBe(0);
    db.close();
  });

  it('reports κ and % agreement per theme and α overall over the responses both coders marked done', async () => {
    const db = await project();
    const dc = new DoubleCodingRepository(db);
    const book = new CodebookRepository(db);
    const billing = book.create('lead', { name: 'Billing' });
    const support = book.create('lead', { name: 'Support' });
    const sample = dc.create('Agreement', { size: 12, seed: 5, coders: ['ann', 'bob'] });
    const items = dc.items(sample.id, 'ann');
    const verbatimAt = (position: number) => items[position]!.verbatims[0]!.verbatimId;
    const applyAt = (coder: string, themeId: number, positions: number[]) => positions.forEach((p) => code(db, coder, themeId, verbatimAt(p)));

    // Positions 0–9, both done:
    //   Billing: ann on 0–4, bob on 0–3 and 5 → both 4, only ann 1, only bob 1, neither 4.
    //     p_o = 8/10 = 0.8; p_e = 0.5·0.5 + 0.5·0.5 = 0.5; κ = (0.8 − 0.5) / (1 − 0.5) = 0.6.
    //   Support: ann on 0, 1, 6, 7, bob on 0, 1 → both 2, only ann 2, only bob 0, neither 6.
    //     p_o = 0.8; p_e = 0.4·0.2 + 0.6·0.8 = 0.56; κ = (0.8 − 0.56) / 0.44 = 6/11.
    //   Overall, 20 units: 16 agree → 0.8. Coincidences: yes–yes 2·6 = 12, no–no 2·10 = 20,
    //     yes–no 4 + no–yes 4; n_yes = 16, n_no = 24, n = 40;
    //     α = 1 − (n − 1)·8 / (2·16·24) = 1 − 312/768 = 19/32.
    // Position 10 only ann marks done (her codes there do not count); position 11 nobody.
    applyAt('ann', billing.id, [0, 1, 2, 3, 4, 10]);
    applyAt('bob', billing.id, [0, 1, 2, 3, 5]);
    applyAt('ann', support.id, [0, 1, 6, 7, 10]);
    applyAt('bob', support.id, [0, 1]);
    for (let p = 0; p < 10; p += 1) for (const coder of ['ann', 'bob']) dc.markDone(sample.id, items[p]!.responseId, coder, true);
    dc.markDone(sample.id, items[10]!.responseId, 'ann', true);

    const result = dc.agreement(sample.id, 'ann', 'bob');
    expect(result).toMatchObject({ sampleId: sample.id, coderA: 'ann', coderB: 'bob', doneByA: 11, doneByB: 10, responses: 10 });
    const [b, s] = result.themes;
    expect(b).toMatchObject({ themeId: billing.id, path: 'Billing', n: 10, bothApplied: 4, onlyA: 1, onlyB: 1, neither: 4 });
    expect(b!.agreement).toBeCloseTo(0.8, 12);
    expect(b!.kappa).toBeCloseTo(0.6, 12);
    expect(s).toMatchObject({ themeId: support.id, path: 'Support', n: 10, bothApplied: 2, onlyA: 2, onlyB: 0, neither: 6 });
    expect(s!.agreement).toBeCloseTo(0.8, 12);
    expect(s!.kappa).toBeCloseTo(6 / 11, 12);
    expect(result.overall.units).toBe(20);
    expect(result.overall.agreement).toBeCloseTo(0.8, 12);
    expect(result.overall.alpha).toBeCloseTo(19 / 32, 12);
    const units = [
      ...Array(4).fill([true, true]),
      [true, false],
      [false, true],
      ...Array(4).fill([false, false]),
      ...Array(2).fill([true, true]),
      ...Array(2).fill([true, false]),
      ...Array(6).fill([false, false]),
    ] as [boolean, boolean][];
    expect(result.overall.alpha).toBeCloseTo(krippendorffAlphaNominal(units), 12);

    // The order of the coders swaps the one-sided counts only.
    const swapped = dc.agreement(sample.id, 'bob', 'ann');
    expect(swapped.themes[1]).toMatchObject({ onlyA: 0, onlyB: 2 });
    expect(swapped.themes[1]!.kappa).toBeCloseTo(6 / 11, 12);

    expect(dc.disagreements(sample.id, 'ann', 'bob').map((d) => [d.position, d.path, d.appliedBy, d.missingFrom])).toEqual([
      [4, 'Billing', 'ann', 'bob'],
      [5, 'Billing', 'bob', 'ann'],
      [6, 'Support', 'ann', 'bob'],
      [7, 'Support', 'ann', 'bob'],
    ]);

    expect(thrown(() => dc.agreement(sample.id, 'ann', 'ann')).code).toBe('BAD_INPUT');
    expect(thrown(() => dc.agreement(sample.id, 'ann', 'nobody'))).toMatchObject({ code: 'NOT_FOUND', message: 'Nobody called “nobody” has coded in this project.' });
    // A coder who has marked nothing done: no responses, so nothing is defined.
    new CodingLog(db).coderId('carol');
    const empty = dc.agreement(sample.id, 'ann', 'carol');
    expect(empty).toMatchObject({ responses: 0, overall: { units: 0 } });
    expect(empty.themes[0]).toEqual({ themeId: billing.id, path: 'Billing', n: 0, bothApplied: 0, onlyA: 0, onlyB: 0, neither: 0 });
    expect(empty.overall.agreement).toBeUndefined();
    expect(empty.overall.alpha).toBeUndefined();
    db.close();
  });

  it('counts a code on a child for its parent, leaves κ undefined for a theme nobody applied, and settles disagreements as one undoable action', async () => {
    const db = await project();
    const dc = new DoubleCodingRepository(db);
    const book = new CodebookRepository(db);
    const billing = book.create('lead', { name: 'Billing' });
    const twice = book.create('lead', { name: 'Double charge', parentId: billing.id });
    const praise = book.create('lead', { name: 'Praise' });
    const sample = dc.create('Children', { size: 26, seed: 3 });
    const items = dc.items(sample.id, 'ann');
    const one = items.filter((i) => i.verbatims.length === 1);
    const r0 = one[0]!;
    const r1 = items.find((i) => i.verbatims.length === 2)!; // two verbatims: ann codes the second
    const r2 = one[1]!;
    for (const item of items) for (const coder of ['ann', 'bob']) dc.markDone(sample.id, item.responseId, coder, true);

    // r0: ann "Double charge", bob "Billing" → both mention Billing; only ann "Double charge".
    // r1: ann "Double charge" (on its second verbatim), bob nothing → only ann, for both themes.
    // r2: both "Double charge" → they agree on both.
    code(db, 'ann', twice.id, r0.verbatims[0]!.verbatimId);
    code(db, 'bob', billing.id, r0.verbatims[0]!.verbatimId);
    code(db, 'ann', twice.id, r1.verbatims[1]!.verbatimId);
    code(db, 'ann', twice.id, r2.verbatims[0]!.verbatimId);
    code(db, 'bob', twice.id, r2.verbatims[0]!.verbatimId);

    const result = dc.agreement(sample.id, 'ann', 'bob');
    expect(result.themes.map((t) => t.path)).toEqual(['Billing', 'Billing > Double charge', 'Praise']);
    expect(result.themes[0]).toMatchObject({ n: 26, bothApplied: 2, onlyA: 1, onlyB: 0, neither: 23 });
    expect(result.themes[1]).toMatchObject({ parentId: billing.id, n: 26, bothApplied: 1, onlyA: 2, onlyB: 0, neither: 23 });
    // Nobody applied "Praise": they agree on every response, and κ is 0/0, so not given.
    expect(result.themes[2]).toMatchObject({ themeId: praise.id, bothApplied: 0, neither: 26, agreement: 1 });
    expect(result.themes[2]!.kappa).toBeUndefined();
    expect(result.themes[0]!.kappa).toBeDefined();

    const listed = () => dc.disagreements(sample.id, 'ann', 'bob').map((d) => [d.respondentId, d.path, d.appliedBy, d.viaChild]);
    const expected = [
      { position: r0.position, rows: [[r0.respondentId, 'Billing > Double charge', 'ann', false]] },
      {
        position: r1.position,
        rows: [
          [r1.respondentId, 'Billing', 'ann', true],
          [r1.respondentId, 'Billing > Double charge', 'ann', false],
        ],
      },
    ].sort((a, b) => a.position - b.position);
    expect(listed()).toEqual(expected.flatMap((e) => e.rows));
    expect(dc.disagreements(sample.id, 'ann', 'bob')[0]).toMatchObject({ missingFrom: 'bob' });

    // Apply "Billing" on r1: bob gets it on the verbatim ann coded (the second), by the lead's action.
    const coding = new CodingRepository(db);
    const applied = dc.settle(sample.id, r1.responseId, billing.id, 'apply', 'lead');
    expect(applied).toMatchObject({ added: 1, removed: 0 });
    expect(coding.history(1)[0]).toMatchObject({ id: applied.actionId, coder: 'lead', kind: 'sample.settle', source: 'manual', state: 'done' });
    expect(dc.items(sample.id, 'bob').find((i) => i.responseId === r1.responseId)!.verbatims.map((v) => v.codes.map((c) => [c.themeId, c.source]))).toEqual([
      [],
      [[billing.id, 'manual']],
    ]);
    expect(listed()).not.toContainEqual([r1.respondentId, 'Billing', 'ann', true]);
    expect(listed()).toContainEqual([r1.respondentId, 'Billing > Double charge', 'ann', false]);
    // Applying again changes nothing and makes no action.
    expect(dc.settle(sample.id, r1.responseId, billing.id, 'apply', 'lead')).toEqual({ added: 0, removed: 0 });
    expect(coding.history(1)[0]!.id).toBe(applied.actionId);

    // One undo brings the disagreement back.
    expect(coding.undo()).toMatchObject({ id: applied.actionId, state: 'undone' });
    expect(listed()).toEqual(expected.flatMap((e) => e.rows));

    // Remove "Billing" on r0: every code of it and its children there goes, for both coders.
    const removed = dc.settle(sample.id, r0.responseId, billing.id, 'remove', 'lead');
    expect(removed).toMatchObject({ added: 0, removed: 2 });
    expect(listed().filter((d) => d[0] === r0.respondentId)).toEqual([]);
    const after = dc.agreement(sample.id, 'ann', 'bob');
    expect(after.themes[0]).toMatchObject({ bothApplied: 1, onlyA: 1, neither: 24 });
    coding.undo();
    expect(listed()).toEqual(expected.flatMap((e) => e.rows));

    // Removing only the child on r0 leaves bob's "Billing" alone: now they differ on the parent.
    dc.settle(sample.id, r0.responseId, twice.id, 'remove', 'lead');
    expect(listed().filter((d) => d[0] === r0.respondentId)).toEqual([[r0.respondentId, 'Billing', 'bob', false]]);
    coding.undo();

    // Apply on a response nobody coded with the theme: everyone who marked it done gets it on the first verbatim.
    const r3 = one[2]!;
    expect(dc.settle(sample.id, r3.responseId, praise.id, 'apply', 'lead')).toMatchObject({ added: 2 });
    expect(dc.agreement(sample.id, 'ann', 'bob').themes[2]).toMatchObject({ bothApplied: 1, neither: 25, agreement: 1, kappa: 1 });

    // Settling needs both coders' done marks, an active theme, a response of the sample and a decision.
    dc.markDone(sample.id, r2.responseId, 'bob', false);
    expect(thrown(() => dc.settle(sample.id, r2.responseId, twice.id, 'remove', 'lead')).message).toBe(`${r2.respondentId} is not double-coded yet: only ann has marked it done.`);
    expect(thrown(() => dc.settle(sample.id, r0.responseId, 999, 'remove', 'lead')).code).toBe('NOT_FOUND');
    expect(thrown(() => dc.settle(sample.id, r0.responseId, billing.id, 'keep' as 'apply', 'lead')).code).toBe('BAD_INPUT');
    expect(thrown(() => dc.settle(sample.id, r0.responseId, billing.id, 'apply', ' ')).code).toBe('BAD_INPUT');
    db.close();
  });

  it('loses a response from its samples, with its done marks, when its import is removed', async () => {
    const db = await project();
    const dc = new DoubleCodingRepository(db);
    const sample = dc.create('Gone', { size: 10, seed: 1 });
    dc.markDone(sample.id, dc.items(sample.id, 'ann')[0]!.responseId, 'ann', true);
    db.prepare('DELETE FROM imports').run();
    expect(dc.get(sample.id)).toMatchObject({ size: 10, items: 0, progress: [] });
    expect(db.prepare('SELECT count(*) FROM coding_sample_done').pluck().get()).toBe(0);
    db.close();
  });
});

describe('migration 0007', () => {
  it('adds the double-coding tables to a version-6 project and keeps its data', () => {
    const path = join(tempDir(), 'v6.loupe');
    const old = new Database(path);
    applyMigrations(
      old,
      MIGRATIONS.filter((m) => m.version <= 6),
    );
    old.exec(`INSERT INTO imports (id, kind, source_name, format, encoding, rows_read, rows_imported, mapping_json, imported_at)
              VALUES (1, 'survey', 's.csv', 'generic', 'utf-8', 2, 2, '{}', '2026-01-01T00:00:00Z');
              INSERT INTO responses (id, import_id, source_row, respondent_id, score) VALUES (1, 1, 2, 'R_1', 3), (2, 1, 3, 'R_2', 9);
              INSERT INTO verbatims (id, response_id, column_name, text) VALUES (1, 1, 'Why', 'Charged twice'), (2, 2, 'Why', 'Great');
              INSERT INTO coders (id, name) VALUES (1, 'ann');
              INSERT INTO coding_actions (id, at, coder_id, kind, source, summary) VALUES (1, '2026-01-02T00:00:00Z', 1, 'code.apply', 'manual', 'x');
              INSERT INTO themes (id, name, color, guid, position, created_by) VALUES (1, 'Billing', '#123456', 'g-1', 0, 1);
              INSERT INTO codes (verbatim_id, theme_id, coder_id, source, added_by) VALUES (1, 1, 1, 'manual', 1);
              INSERT INTO grid_views (name, filter_json, updated_at) VALUES ('Detractors', '{"group":"detractor"}', '2026-01-03T00:00:00Z');`);
    expect(old.pragma('user_version', { simple: true })).toBe(6);
    old.close();

    const db = openProjectDatabase(path);
    catchUpFullTextIndex(db); // as opening a project in the app does (the rows above were never indexed)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    expect(db.prepare('SELECT respondent_id FROM responses ORDER BY id').pluck().all()).toEqual(['R_1', 'R_2']);
    expect(db.prepare('SELECT count(*) FROM codes WHERE active = 1').pluck().get()).toBe(1);
    expect(db.prepare('SELECT name FROM grid_views').pluck().all()).toEqual(['Detractors']);
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')").pluck().all() as string[];
    expect(names).toEqual(expect.arrayContaining(['coding_samples', 'coding_sample_items', 'coding_sample_done', 'coding_sample_items_by_response']));

    db.exec(`INSERT INTO coding_samples (id, name, seed, size, created_at) VALUES (1, 'Round 1', 7, 2, '2026-01-04T00:00:00Z');
             INSERT INTO coding_sample_items (sample_id, response_id, position) VALUES (1, 1, 0), (1, 2, 1);
             INSERT INTO coding_sample_done (sample_id, response_id, coder_id, done_at) VALUES (1, 1, 1, '2026-01-05T00:00:00Z');`);
    expect(() => db.exec(`INSERT INTO coding_samples (name, seed, size, created_at) VALUES ('ROUND 1', 1, 2, 'x')`)).toThrow(/UNIQUE/);
    expect(() => db.exec(`INSERT INTO coding_sample_done (sample_id, response_id, coder_id, done_at) VALUES (1, 99, 1, 'x')`)).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(`INSERT INTO coding_sample_items (sample_id, response_id, position) VALUES (1, 2, 5)`)).toThrow(/UNIQUE|PRIMARY KEY/);
    // Deleting a response takes it out of the sample with its done marks; deleting the sample takes the rest.
    db.exec('DELETE FROM responses WHERE id = 1');
    expect(db.prepare('SELECT response_id FROM coding_sample_items').pluck().all()).toEqual([2]);
    expect(db.prepare('SELECT count(*) FROM coding_sample_done').pluck().get()).toBe(0);
    db.exec('DELETE FROM coding_samples');
    expect(db.prepare('SELECT count(*) FROM coding_sample_items').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
