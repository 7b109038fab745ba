import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase, type ProjectDb } from '../../../../src/main/core/db/connection';
import { expandPrefixes } from '../../../../src/main/core/db/prefixExpansion';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const WORDS = ['wait', 'waited', 'waiting', 'waits', 'crash', 'crashed', 'crashes', 'charge', 'charged', 'charges', 'Café', 'cafés', 'support', 'slow', 'refund', 'app', 'on', 'hold'];

async function survey(name: string, rows: number, seed: number, extra: readonly string[] = []): Promise<string> {
  let x = seed;
  const next = (n: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  const words = [...WORDS, ...extra];
  const lines = ['Response ID,How likely are you to recommend Acme to a friend or colleague?,What is the main reason for your score?'];
  for (let i = 1; i <= rows; i += 1) lines.push(`${name}_${i},${next(11)},"${Array.from({ length: 2 + next(4) }, () => words[next(words.length)]).join(' ')}"`);
  const csv = join(tempDir(), `${name}.csv`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  return csv;
}

async function project(): Promise<ProjectDb> {
  const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
  await runImport(db, { path: await survey('A', 400, 11) });
  return db;
}

/** The verbatims FTS5 matches for a query, or the error it gives. */
function matches(db: ProjectDb, query: string): number[] | string {
  try {
    return db.prepare('SELECT rowid FROM verbatims_fts WHERE verbatims_fts MATCH ? ORDER BY rowid').pluck().all(query) as number[];
  } catch {
    return 'error';
  }
}

describe('expandPrefixes', () => {
  it('writes a prefix out as the indexed terms it stands for', async () => {
    const db = await project();
    expect(expandPrefixes(db, 'wait*')).toBe('("wait" OR "waited" OR "waiting" OR "waits")');
    expect(expandPrefixes(db, 'app AND Crash*')).toBe('app AND ("crash" OR "crashed" OR "crashes")');
    // Adjacent phrases are an implicit AND, which FTS5 allows between phrases only.
    expect(expandPrefixes(db, 'support wait* slow')).toBe('(support AND ("wait" OR "waited" OR "waiting" OR "waits") AND slow)');
    expect(expandPrefixes(db, 'refu*')).toBe('"refund"');
    db.close();
  });

  it('leaves alone what it does not rewrite', async () => {
    const db = await project();
    for (const query of ['wait', 'wa*', 'NEAR(wait crash*)', 'text: wait*', '^wait*', '"on hold"*', 'caf*', 'café*', 'zzz*', 'wait* +crash', '"unterminated wait*']) {
      expect(expandPrefixes(db, query), query).toBe(query === 'caf*' ? '("cafe" OR "cafes")' : query);
    }
    db.close();
  });

  it('matches exactly what FTS5 matches for the query as typed', async () => {
    const db = await project();
    const queries = [
      'wait*', 'crash* OR charge*', 'wait* NOT crash*', 'support wait*', 'wait* support slow', '(wait* OR refund) AND app',
      'refund NOT (wait* OR crash*)', 'wait* crash* charge*', 'CAF*', 'wait* OR', 'AND wait*', '(wait*', 'charg* "on hold"', 'NOT wait*',
      'app OR support wait* OR slow', 'hold NOT support crash*',
    ];
    let x = 5;
    const pick = <T,>(xs: readonly T[]) => xs[(x = (Math.imul(x, 1103515245) + 12345) >>> 0) % xs.length]!;
    const parts = ['wait*', 'crash*', 'char*', 'caf*', 'refund', 'app', '"on hold"', 'slow', '(support OR waits*)'];
    for (let i = 0; i < 150; i += 1) {
      const n = 1 + (i % 4);
      let q = pick(parts);
      for (let j = 1; j < n; j += 1) q += ` ${pick(['AND ', 'OR ', 'NOT ', ''])}${pick(parts)}`;
      queries.push(q);
    }
    let rewritten = 0;
    for (const query of queries) {
      const expanded = expandPrefixes(db, query);
      if (expanded !== query) rewritten += 1;
      expect(matches(db, expanded), `${query} → ${expanded}`).toEqual(matches(db, query));
    }
    // Every query here holds a prefix of three letters or more, in syntax the rewrite reads.
    expect(rewritten).toBe(queries.filter((q) => q.includes('*')).length);
    db.close();
  });

  it('sees terms added since it last looked, and leaves very common prefixes to FTS5', async () => {
    const db = await project();
    expect(expandPrefixes(db, 'wait*')).not.toContain('waitlist');
    const many = Array.from({ length: 40 }, (_, i) => `waitx${i}`);
    await runImport(db, { path: await survey('B', 200, 3, ['waitlist', ...many]) });
    expect(expandPrefixes(db, 'waitl*')).toBe('"waitlist"');
    expect(expandPrefixes(db, 'wait*')).toBe('wait*');
    expect(matches(db, expandPrefixes(db, 'waitl* OR crash*'))).toEqual(matches(db, 'waitl* OR crash*'));
    db.close();
  });

  it("reads the project's term list, not fts5vocab, while the list is current", async () => {
    const db = await project();
    // A term only the list holds shows which one was read (a listed term no verbatim has matches nothing).
    db.prepare("INSERT INTO fulltext_terms (term) VALUES ('waitzz')").run();
    expect(expandPrefixes(db, 'wait*')).toBe('("wait" OR "waited" OR "waiting" OR "waits" OR "waitzz")');
    expect(matches(db, expandPrefixes(db, 'wait*'))).toEqual(matches(db, 'wait*'));
    db.prepare("DELETE FROM project_meta WHERE key = 'fulltext_terms_through'").run();
    expect(expandPrefixes(db, 'wait*')).toBe('("wait" OR "waited" OR "waiting" OR "waits")');
    db.close();
  });
});
