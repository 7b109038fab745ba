import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase, type ProjectDb } from '../../../../src/main/core/db/connection';
import { AnalysisRepository } from '../../../../src/main/core/db/analysisRepository';
import { ImportRepository } from '../../../../src/main/core/db/importRepository';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import { ANALYSIS_VERSION, runAnalysis } from '../../../../src/main/core/nlp/runAnalysis';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const fixture = join(__dirname, '..', '..', '..', 'fixtures', 'sample-survey', 'survey.csv');
const count = (db: ProjectDb, sql: string) => db.prepare(sql).pluck().get() as number;

async function importedProject(): Promise<ProjectDb> {
  const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
  await runImport(db, { path: fixture });
  return db;
}

describe('runAnalysis', () => {
  it('analyses every verbatim once, stores what it found, and only new or outdated ones after that', async () => {
    const db = await importedProject();
    const progress: number[] = [];
    const first = await runAnalysis(db, { onProgress: (p) => progress.push(p.done) });
    expect(first).toMatchObject({ analysed: 5, alreadyAnalysed: 0, english: 4, otherLanguages: 1, withPersonalData: 0 });
    expect(progress.at(-1)).toBe(5);
    expect(db.prepare("SELECT language, sentiment FROM verbatim_analysis a JOIN verbatims v ON v.id = a.verbatim_id WHERE v.text LIKE 'Très%'").get()).toEqual({
      language: 'fr',
      sentiment: null,
    });
    const rows = new AnalysisRepository(db).list(10);
    const refund = rows.find((r) => r.text.startsWith('Charged twice'))!;
    expect(refund).toMatchObject({ respondentId: 'R_002', language: 'en', sentiment: { label: 'negative' }, themes: [] });
    expect(refund.keyphrases).toContain('refund');
    expect(rows.find((r) => r.text.startsWith('Love it'))?.sentiment?.label).toBe('positive');

    // Incremental: nothing new, nothing done; an analysis from another version of the pipeline is redone.
    expect(await runAnalysis(db)).toMatchObject({ analysed: 0, alreadyAnalysed: 5 });
    db.prepare("UPDATE verbatim_analysis SET version = 'nlp-0' WHERE verbatim_id = (SELECT min(verbatim_id) FROM verbatim_analysis)").run();
    expect(await runAnalysis(db)).toMatchObject({ analysed: 1, alreadyAnalysed: 4 });
    expect(count(db, `SELECT count(*) FROM verbatim_analysis WHERE version = '${ANALYSIS_VERSION}'`)).toBe(5);
    db.close();
  });

  it('counts each keyphrase among detractors and promoters (counted responses only)', async () => {
    const db = await importedProject();
    await runAnalysis(db);
    const counts = new AnalysisRepository(db).keyphraseCounts();
    expect(counts.find((c) => c.label === 'refund')).toMatchObject({ frequency: 1, documents: 1, detractors: 1, promoters: 0 });
    expect(counts.find((c) => c.label === 'staff')).toMatchObject({ frequency: 1, detractors: 0, promoters: 1 });
    // R_006 scored 11: excluded from NPS, so its phrases count in neither group.
    expect(counts.find((c) => c.label === 'range score')).toMatchObject({ frequency: 1, detractors: 0, promoters: 0 });
    db.close();
  });

  it('finds verbatims by full-text query with their analysis', async () => {
    const db = await importedProject();
    await runAnalysis(db);
    const rows = new AnalysisRepository(db).list(10, 'refund OR staff');
    expect(rows.map((r) => r.respondentId)).toEqual(['R_001', 'R_002']);
    db.close();
  });

  it('builds the keyphrases index again and checks foreign keys again after writing a bulk analysis, or after a cancelled one', async () => {
    const db = await importedProject();
    const schema = () => db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name IN ('verbatim_analysis', 'verbatim_keyphrases') ORDER BY name").all();
    const before = schema();
    expect(before).toContainEqual(expect.objectContaining({ name: 'verbatim_keyphrases_by_keyphrase' }));
    const controller = new AbortController();
    controller.abort();
    await expect(runAnalysis(db, { signal: controller.signal })).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    expect(schema()).toEqual(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    await runAnalysis(db);
    expect(schema()).toEqual(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT verbatim_id FROM verbatim_keyphrases WHERE keyphrase_id = 1').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toContain('verbatim_keyphrases_by_keyphrase');
    db.close();
  });

  it('changes nothing when cancelled, and goes with its import when the import is removed', async () => {
    const db = await importedProject();
    const controller = new AbortController();
    controller.abort();
    await expect(runAnalysis(db, { signal: controller.signal })).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    expect(count(db, 'SELECT count(*) FROM verbatim_analysis')).toBe(0);
    expect(count(db, 'SELECT count(*) FROM keyphrases')).toBe(0);

    await runAnalysis(db);
    expect(count(db, 'SELECT count(*) FROM verbatim_keyphrases')).toBeGreaterThan(0);
    new ImportRepository(db).remove(1);
    expect(count(db, 'SELECT count(*) FROM verbatim_analysis')).toBe(0);
    expect(count(db, 'SELECT count(*) FROM verbatim_keyphrases')).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
