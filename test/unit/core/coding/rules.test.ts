import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodebookRepository } from '../../../../src/main/core/db/codebookRepository';
import { CodingRepository } from '../../../../src/main/core/db/codingRepository';
import { RuleRepository } from '../../../../src/main/core/db/ruleRepository';
import type { ProjectDb } from '../../../../src/main/core/db/connection';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import { sampleProject } from '../../../support/sampleProject';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const project = () => sampleProject(tempDir());

const coded = (db: ProjectDb, themeId: number) =>
  (
    db
      .prepare('SELECT r.respondent_id FROM codes c JOIN verbatims v ON v.id = c.verbatim_id JOIN responses r ON r.id = v.response_id WHERE c.theme_id = ? AND c.active = 1 ORDER BY r.respondent_id')
      .pluck()
      .all(themeId) as string[]
  ).join(' ');

describe('rules', () => {
  it('previews a full-text or regular-expression rule with its count and a sample, and says what is wrong with a bad one', async () => {
    const { db } = await project();
    const rules = new RuleRepository(db);
    expect(rules.preview('fts', 'refund OR charged')).toEqual({ count: 1, sample: [{ verbatimId: expect.any(Number), text: 'Charged twice.\nStill waiting for the refund!' }] });
    // Case-insensitive, Unicode-aware, JavaScript syntax.
    expect(rules.preview('regex', '\\b(love|très)\\b').sample.map((s) => s.text)).toEqual(['Love it, the staff are great 😀', 'Très lent, service client injoignable']);
    expect(() => rules.preview('regex', '(unclosed')).toThrow(/The regular expression cannot be read: .*Unterminated group/);
    expect(() => rules.preview('fts', '"unclosed')).toThrow(/The search cannot be read/);
    db.close();
  });

  it('codes as source rule once (a second save codes nothing), keeps manual removals, and a deleted rule leaves its codes', async () => {
    const { db, ids } = await project();
    const billing = new CodebookRepository(db).create('ann', { name: 'Billing' });
    const coding = new CodingRepository(db);
    const rules = new RuleRepository(db);
    const first = rules.create('ann', billing.id, 'regex', 'charg|refund|\\$');
    expect(first).toMatchObject({ coded: 1, alreadyCoded: 0 });
    expect(rules.create('ann', billing.id, 'regex', 'charg|refund|\\$')).toMatchObject({ coded: 0, alreadyCoded: 1, ruleId: first.ruleId });
    expect(rules.list(billing.id)).toEqual([{ id: first.ruleId, themeId: billing.id, theme: 'Billing', kind: 'regex', query: 'charg|refund|\\$', createdAt: expect.any(String), coded: 1 }]);
    expect(db.prepare('SELECT source, rule_id FROM codes WHERE active = 1').all()).toEqual([{ source: 'rule', rule_id: first.ruleId }]);
    coding.remove('bob', billing.id, { ids: [ids.R_002!] });
    expect(rules.create('ann', billing.id, 'fts', 'refund')).toMatchObject({ coded: 0 });
    rules.delete(first.ruleId);
    expect(rules.list()).toHaveLength(1);
    expect(() => rules.delete(first.ruleId)).toThrow(/no rule/);
    db.close();
  });

  it('runs again on a new import, over its verbatims only: an undone rule application on older ones stays undone', async () => {
    const { db } = await project();
    const billing = new CodebookRepository(db).create('ann', { name: 'Billing' });
    const rules = new RuleRepository(db);
    rules.create('ann', billing.id, 'fts', 'refund OR twice');
    expect(coded(db, billing.id)).toBe('R_002');
    new CodingRepository(db).undo();
    expect(coded(db, billing.id)).toBe('');
    const next = join(tempDir(), 'october.csv');
    writeFileSync(
      next,
      'Response ID,Submitted At,How likely are you to recommend Acme to a friend or colleague?,What is the main reason for your score?,Region\n' +
        'R_101,2026-10-01T10:00:00Z,2,Still no refund after a month,EMEA\nR_102,2026-10-02T10:00:00Z,9,Great app,EMEA\n',
    );
    const result = await runImport(db, { path: next });
    expect(rules.runOnImport('ann', result.importId)).toEqual([{ ruleId: expect.any(Number), theme: 'Billing', coded: 1 }]);
    expect(coded(db, billing.id)).toBe('R_101');
    db.close();
  });
});

describe('two coders on the same verbatim', () => {
  it('keeps each coder’s manual code (counted once), and a blind removal takes only the coder’s own', async () => {
    const { db, ids } = await project();
    const billing = new CodebookRepository(db).create('ann', { name: 'Billing' });
    const coding = new CodingRepository(db);
    expect(coding.apply('ann', billing.id, { ids: [ids.R_002!] })).toMatchObject({ coded: 1 });
    expect(coding.apply('bob', billing.id, { ids: [ids.R_002!] })).toMatchObject({ coded: 1 });
    expect(coding.apply('bob', billing.id, { ids: [ids.R_002!] })).toMatchObject({ coded: 0, alreadyCoded: 1 });
    expect(new CodebookRepository(db).get(billing.id).count).toBe(1);
    expect(coding.remove('bob', billing.id, { ids: [ids.R_002!] }, true)).toMatchObject({ removed: 1 });
    expect(coding.themesOf(ids.R_002!)).toEqual([{ themeId: billing.id, source: 'manual', coder: 'ann' }]);
    // Outside blind coding, removing a theme from a verbatim removes it for everyone.
    coding.apply('bob', billing.id, { ids: [ids.R_002!] });
    expect(coding.remove('bob', billing.id, { ids: [ids.R_002!] })).toMatchObject({ removed: 2 });
    db.close();
  });
});

describe('excerpts', () => {
  it('codes a span of a verbatim by character offsets, once, undoably, and refuses a span outside the text', async () => {
    const { db, ids } = await project();
    const billing = new CodebookRepository(db).create('ann', { name: 'Billing' });
    const coding = new CodingRepository(db);
    const text = 'Charged twice.\nStill waiting for the refund!';
    const start = text.indexOf('refund');
    const { codeId, actionId } = coding.applyExcerpt('ann', billing.id, ids.R_002!, start, start + 6);
    expect(actionId).toBeGreaterThan(0);
    expect(db.prepare('SELECT start, end, source FROM codes WHERE id = ?').get(codeId)).toEqual({ start, end: start + 6, source: 'manual' });
    expect(coding.history(1)[0]?.summary).toBe('Code “refund” as “Billing”');
    expect(coding.applyExcerpt('ann', billing.id, ids.R_002!, start, start + 6)).toEqual({ codeId });
    expect(() => coding.applyExcerpt('ann', billing.id, ids.R_002!, 40, 99)).toThrow(/not within the verbatim \(it has 44 characters\)/);
    expect(() => coding.applyExcerpt('ann', billing.id, ids.R_002!, 5, 5)).toThrow(/not within/);
    // An excerpt does not stand for the whole verbatim: applying the theme to the verbatim still codes it.
    expect(coding.apply('ann', billing.id, { ids: [ids.R_002!] })).toMatchObject({ coded: 1 });
    coding.undo();
    expect(coding.removeCode('ann', codeId)).toMatchObject({ removed: 1 });
    expect(db.prepare('SELECT active FROM codes WHERE id = ?').pluck().get(codeId)).toBe(0);
    coding.undo();
    expect(db.prepare('SELECT active FROM codes WHERE id = ?').pluck().get(codeId)).toBe(1);
    db.close();
  });
});
