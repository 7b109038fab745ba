import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CodebookRepository } from '../../src/main/core/db/codebookRepository';
import { CodingRepository } from '../../src/main/core/db/codingRepository';
import { createProjectDatabase, type ProjectDb } from '../../src/main/core/db/connection';
import { GridMembership } from '../../src/main/core/db/gridMembership';
import { VerbatimGridRepository } from '../../src/main/core/db/verbatimGridRepository';
import { runImport } from '../../src/main/core/ingest/runImport';
import type { GridFilter } from '../../src/shared/coding';

/** Fixtures for the grid's filter tests: a small survey project and the plain SQL answer to compare with. */

const WORDS = ['refund', 'charged', 'slow', 'support', 'great', 'app', 'crash', 'delivery', 'late', 'price'];
const REGIONS = ['EMEA', 'APAC', 'North America', 'LATAM'];
const PLANS = ['Free', 'Pro', 'Team'];

/** A deterministic survey of 600 responses: scores, dates, two segments and short verbatims from a small vocabulary. */
function surveyCsv(): string {
  let x = 7;
  const next = (n: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  const lines = ['Response ID,Submitted At,How likely are you to recommend Acme to a friend or colleague?,What is the main reason for your score?,Region,Plan'];
  for (let i = 1; i <= 600; i += 1) {
    const text = Array.from({ length: 2 + next(4) }, () => WORDS[next(WORDS.length)]).join(' ');
    const day = String(1 + next(28)).padStart(2, '0');
    lines.push(`R_${i},2026-09-${day}T10:00:00Z,${next(11)},"${text}",${REGIONS[next(REGIONS.length)]},${PLANS[next(PLANS.length)]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The survey imported into a new project in `dir`. */
export async function gridProject(dir: () => string): Promise<{ db: ProjectDb; path: string }> {
  const csv = join(dir(), 'survey.csv');
  writeFileSync(csv, surveyCsv());
  const path = join(dir(), 'p.loupe');
  const db = await createProjectDatabase(path);
  await runImport(db, { path: csv });
  return { db, path };
}

/** The same filter answered by the plain SQL the grid repository builds, without the in-memory sets. */
export function reference(db: ProjectDb, filter: GridFilter, offset: number, limit: number): { ids: number[]; count: number } {
  const { sql, order, params } = new VerbatimGridRepository(db).matching(filter);
  return {
    ids: db.prepare(`${sql}${order} LIMIT @limit OFFSET @offset`).pluck().all({ ...params, limit, offset }) as number[],
    count: db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(params) as number,
  };
}

export function filters(themes: Record<string, number>): GridFilter[] {
  const out: GridFilter[] = [];
  const parts: GridFilter[] = [
    { themeId: themes.billing! },
    { themeIds: [themes.billing!, themes.praise!], themeMode: 'all' },
    { themeIds: [themes.billing!, themes.praise!], themeMode: 'none' },
    { themeIds: [themes.praise!, themes.speed!], themeMode: 'any' },
    { uncoded: true },
    { coder: 'bob' },
    { segments: { Region: 'North America' } },
    { segments: { Region: ['EMEA', 'APAC'], Plan: 'Pro' } },
    { group: 'detractor' },
    { scoreMin: 3, scoreMax: 8 },
    { dateFrom: '2026-09-05', dateTo: '2026-09-20' },
  ];
  for (const part of parts) {
    out.push(part);
    for (const query of ['refund', 'slow OR crash', '"support great"', 'del*', 'app NOT price']) out.push({ ...part, query });
  }
  out.push({ themeId: themes.billing!, segments: { Region: 'North America' }, query: 'refund OR charged', group: 'detractor' });
  out.push({ uncoded: true, segments: { Plan: ['Team', 'Free'] }, query: 'late' });
  return out;
}

export function expectSameAsSql(db: ProjectDb, themes: Record<string, number>) {
  const grid = new VerbatimGridRepository(db);
  for (const filter of filters(themes)) {
    expect(GridMembership.handles(filter)).toBe(true);
    for (const [offset, limit] of [
      [0, 25],
      [10, 7],
      [0, 1000],
      [590, 50],
    ] as const) {
      const expected = reference(db, filter, offset, limit);
      expect({ filter, offset, ids: grid.page(filter, offset, limit).map((r) => r.verbatimId) }).toEqual({ filter, offset, ids: expected.ids });
      expect({ filter, count: grid.count(filter) }).toEqual({ filter, count: expected.count });
    }
  }
}

/** The survey project with four themes (one under another) coded by rules, by two coders. */
export async function codedGridProject(dir: () => string): Promise<{ db: ProjectDb; path: string; coding: CodingRepository; themes: Record<'billing' | 'praise' | 'speed', number> }> {
  const { db, path } = await gridProject(dir);
  const book = new CodebookRepository(db);
  const billing = book.create('ann', { name: 'Billing' });
  const twice = book.create('ann', { name: 'Double charge', parentId: billing.id });
  const praise = book.create('ann', { name: 'Praise' });
  const speed = book.create('ann', { name: 'Speed' });
  const coding = new CodingRepository(db);
  coding.apply('ann', twice.id, { query: 'charged' });
  coding.apply('ann', billing.id, { query: 'refund AND price' });
  coding.apply('bob', praise.id, { query: 'great' });
  coding.apply('bob', speed.id, { query: 'slow OR late' });
  return { db, path, coding, themes: { billing: billing.id, praise: praise.id, speed: speed.id } };
}
