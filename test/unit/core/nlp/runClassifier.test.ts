import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClassifierRepository } from '../../../../src/main/core/db/classifierRepository';
import { CodebookRepository } from '../../../../src/main/core/db/codebookRepository';
import { CodingRepository } from '../../../../src/main/core/db/codingRepository';
import { createProjectDatabase, type ProjectDb } from '../../../../src/main/core/db/connection';
import { VerbatimGridRepository } from '../../../../src/main/core/db/verbatimGridRepository';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import { runAnalysis } from '../../../../src/main/core/nlp/runAnalysis';
import { runClassifier } from '../../../../src/main/core/nlp/runClassifier';
import { labelledComments, writeLabelledSurvey } from '../../../support/labelledSurvey';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

/** The labelled comments, analysed; verbatim ids by the comment's theme. */
async function project(): Promise<{ db: ProjectDb; byTheme: Map<string, number[]> }> {
  const dir = tempDir();
  const db = await createProjectDatabase(join(dir, 'p.loupe'));
  await runImport(db, { path: writeLabelledSurvey(dir) });
  await runAnalysis(db);
  const theme = new Map(labelledComments().map((c) => [`L_${c.id}`, c.theme]));
  const byTheme = new Map<string, number[]>();
  for (const row of db.prepare('SELECT v.id, r.respondent_id AS rid FROM verbatims v JOIN responses r ON r.id = v.response_id ORDER BY v.id').all() as { id: number; rid: string }[]) {
    const t = theme.get(row.rid)!;
    byTheme.set(t, [...(byTheme.get(t) ?? []), row.id]);
  }
  return { db, byTheme };
}

describe("a theme's classifier in the project", () => {
  it('refuses with a clear message until the theme has 15 manual codes', async () => {
    const { db, byTheme } = await project();
    const billing = new CodebookRepository(db).create('ann', { name: 'Billing' });
    new CodingRepository(db).apply('ann', billing.id, { ids: byTheme.get('billing-errors')!.slice(0, 14) });
    expect(() => runClassifier(db, billing.id)).toThrow(/“Billing” cannot be learnt yet: Not enough .*\(14 of 15\)/);
    db.close();
  });

  it('learns from manual codes, reports cross-validated precision and recall, and suggests mostly the right uncoded verbatims', async () => {
    const { db, byTheme } = await project();
    const book = new CodebookRepository(db);
    const coding = new CodingRepository(db);
    const billing = book.create('ann', { name: 'Billing' });
    const other = book.create('ann', { name: 'Other' });
    // 30 billing comments coded by hand; 60 from other themes coded with another theme.
    const billingIds = byTheme.get('billing-errors')!;
    coding.apply('ann', billing.id, { ids: billingIds.slice(0, 30) });
    const others = ['wait-time', 'app-bugs', 'pricing', 'friendly-staff', 'delivery-delays', 'cancellation'].flatMap((t) => byTheme.get(t)!.slice(0, 10));
    coding.apply('ann', other.id, { ids: others });
    const run = runClassifier(db, billing.id);
    expect(run).toMatchObject({ themeId: billing.id, positives: 30, negatives: 60, threshold: 0.5 });
    expect(run.validation.folds).toBe(5);
    expect(run.validation.tp + run.validation.fn).toBe(30);
    expect(run.validation.recall).toBeCloseTo(run.validation.tp / 30, 10);
    expect(run.suggested).toBeGreaterThan(5);

    // What it suggests: uncoded verbatims, most of them really about billing.
    const suggested = new VerbatimGridRepository(db).page({ model: billing.id }, 0, 1000).map((r) => r.verbatimId);
    expect(suggested).toHaveLength(run.suggested);
    const billingSet = new Set(billingIds);
    const right = suggested.filter((id) => billingSet.has(id)).length;
    // 25 of the 570 uncoded verbatims are about billing (4.4%): its picks are at least five times richer,
    // and it finds most of them. (Its cross-validated precision is measured on coded verbatims only.)
    const base = (billingIds.length - 30) / (660 - 90);
    expect(right / suggested.length).toBeGreaterThan(5 * base);
    expect(right / (billingIds.length - 30)).toBeGreaterThan(0.5);
    expect(suggested.some((id) => billingIds.slice(0, 30).includes(id))).toBe(false);

    // Coding them is one action, source model, undone at once.
    const applied = coding.apply('ann', billing.id, { model: billing.id }, 'model');
    expect(applied.coded).toBe(run.suggested);
    expect(new ClassifierRepository(db).get(billing.id)!.suggested).toBe(0);
    coding.undo();
    expect(new ClassifierRepository(db).get(billing.id)!.suggested).toBe(run.suggested);
    db.close();
  });
});
