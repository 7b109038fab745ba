import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodebookRepository } from '../../../../src/main/core/db/codebookRepository';
import { CodingRepository } from '../../../../src/main/core/db/codingRepository';
import { createProjectDatabase, type ProjectDb } from '../../../../src/main/core/db/connection';
import { SuggestionRepository, phraseQuery } from '../../../../src/main/core/db/suggestionRepository';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import { runAnalysisTask, type AnalysisTaskResult } from '../../../../src/main/core/nlp/analysisTask';
import { useTempDirs } from '../../../support/tempDir';
import { labelledComments, writeLabelledSurvey } from '../../../support/labelledSurvey';

const tempDir = useTempDirs();

/** The labelled comments imported and analysed (in this thread), with their suggestions. */
async function analysedProject(): Promise<ProjectDb> {
  const dir = tempDir();
  const db = await createProjectDatabase(join(dir, 'p.loupe'));
  await runImport(db, { path: writeLabelledSurvey(dir) });
  const messages: string[] = [];
  const result = (await runAnalysisTask(db, { projectPath: '', task: 'analyze' }, { progress: (_d, _t, m) => messages.push(m) })) as AnalysisTaskResult;
  expect(result).toMatchObject({ analysed: 660, vectors: false });
  expect(result.suggestions).toBeGreaterThan(5);
  expect(messages).toContain('Suggesting themes…');
  return db;
}

const respondent = (db: ProjectDb, verbatimId: number) =>
  db.prepare('SELECT r.respondent_id FROM verbatims v JOIN responses r ON r.id = v.response_id WHERE v.id = ?').pluck().get(verbatimId) as string;

describe('suggested themes in the project', () => {
  it('cancelled after the NLP pass committed, says that the analysis is kept and the suggestions are not made', async () => {
    const dir = tempDir();
    const db = await createProjectDatabase(join(dir, 'p.loupe'));
    await runImport(db, { path: writeLabelledSurvey(dir) });
    const controller = new AbortController();
    const kept: string[] = [];
    const run = runAnalysisTask(db, { projectPath: '', task: 'analyze' }, {
      signal: controller.signal,
      progress: () => {},
      // The moment the pass is committed, the analyst presses Cancel.
      kept: (message) => {
        kept.push(message);
        controller.abort(new Error('cancelled'));
      },
    });
    await expect(run).rejects.toThrow('cancelled');
    expect(kept).toEqual(['The analysis of 660 verbatims is kept; the suggested themes are as they were.']);
    expect(db.prepare('SELECT count(*) FROM verbatim_analysis').pluck().get()).toBe(660);
    expect(new SuggestionRepository(db).list()).toEqual([]);
    db.close();
  });

  it('keeps a run of suggestions with members, volume, detractor share and representatives that belong to them', async () => {
    const db = await analysedProject();
    const repo = new SuggestionRepository(db);
    const run = repo.run()!;
    expect(run).toMatchObject({ granularity: 0, vectors: false, documents: 660 });
    const suggestions = repo.list();
    expect(suggestions.map((s) => s.members).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(660);
    for (const s of suggestions) {
      expect(s.state).toBe('open');
      expect(s.volume).toBeCloseTo(s.members / 660, 6);
      expect(s.representatives.length).toBeGreaterThan(0);
      const members = new Set(db.prepare('SELECT verbatim_id FROM suggestion_members WHERE suggestion_id = ?').pluck().all(s.id) as number[]);
      for (const r of s.representatives) expect(members.has(r.verbatimId)).toBe(true);
    }
    // The detractor share is computed from the members' scores.
    const labels = new Map(labelledComments().map((c) => [`L_${c.id}`, c]));
    const top = suggestions[0]!;
    const ids = db.prepare('SELECT verbatim_id FROM suggestion_members WHERE suggestion_id = ?').pluck().all(top.id) as number[];
    const detractors = ids.filter((id) => labels.get(respondent(db, id))!.score <= 6).length;
    expect(top.detractorShare).toBeCloseTo(detractors / ids.length, 6);
    db.close();
  });

  it('accepts a suggestion as a theme with its members coded and its phrases a rule, as one action that one undo reverts', async () => {
    const db = await analysedProject();
    const repo = new SuggestionRepository(db);
    const target = repo.list().find((s) => s.phrases.length >= 2)!;
    const keep = target.phrases.slice(0, 2).map((p) => p.key);
    const result = repo.accept('ann', [target.id], { name: 'Accepted theme', phraseKeys: keep });
    expect(result.rule).toBe(phraseQuery(target.phrases.slice(0, 2).map((p) => p.label)));
    const theme = new CodebookRepository(db).findByPath('Accepted theme')!;
    expect(theme.count).toBe(result.coded);
    expect(result.coded).toBeGreaterThanOrEqual(target.members);
    const sources = db.prepare('SELECT source, count(*) AS n FROM codes WHERE theme_id = ? AND active = 1 GROUP BY source ORDER BY source').all(theme.id);
    expect(sources).toContainEqual({ source: 'suggestion', n: target.members });
    expect(repo.get(target.id)).toMatchObject({ state: 'accepted', themeId: theme.id });
    expect(() => repo.accept('ann', [target.id])).toThrow(/already a theme/);

    const undone = new CodingRepository(db).undo()!;
    expect(undone.summary).toBe('Accept the suggested theme “Accepted theme”');
    expect(new CodebookRepository(db).findByPath('Accepted theme')).toBeUndefined();
    expect(db.prepare('SELECT count(*) FROM codes WHERE active = 1').pluck().get()).toBe(0);
    expect(repo.get(target.id).state).toBe('open');
    db.close();
  });

  it('merges two suggestions into one theme, drops one, and splits one into finer parts', async () => {
    const db = await analysedProject();
    const repo = new SuggestionRepository(db);
    const [a, b, c] = repo.list();
    const merged = repo.accept('ann', [a!.id, b!.id], { name: 'Merged', applyRule: false });
    expect(merged.coded).toBe(a!.members + b!.members);
    expect(merged.rule).toBeUndefined();
    repo.drop(c!.id);
    expect(repo.list().at(-1)).toMatchObject({ id: c!.id, state: 'dropped' });

    // The largest open one, clustered again finer, gives way to its parts, made of its members.
    const largest = repo.list().filter((s) => s.state === 'open').sort((x, y) => y.members - x.members)[0]!;
    const members = new Set(db.prepare('SELECT verbatim_id FROM suggestion_members WHERE suggestion_id = ?').pluck().all(largest.id) as number[]);
    const beforeIds = new Set(repo.list().map((s) => s.id));
    const { splitSuggestion } = await import('../../../../src/main/core/nlp/runSuggestions');
    const split = splitSuggestion(db, largest.id);
    expect(split.suggestions).toBeGreaterThan(1);
    const after = repo.list();
    expect(after).toHaveLength(beforeIds.size - 1 + split.suggestions);
    expect(after.find((s) => s.id === largest.id)).toBeUndefined();
    const partIds = after.map((s) => s.id).filter((id) => !beforeIds.has(id));
    expect(partIds).toHaveLength(split.suggestions);
    const partMembers = db.prepare('SELECT verbatim_id FROM suggestion_members WHERE suggestion_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(partIds)) as number[];
    expect(partMembers.length).toBeGreaterThan(0);
    expect(partMembers.every((id) => members.has(id))).toBe(true);
    expect(phraseQuery(['wait time', 'on "hold"', 'wait time'])).toBe('"wait time"* OR "on hold"*');
    db.close();
  });
});
