import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase, type ProjectDb } from '../../../../src/main/core/db/connection';
import { SegmentRepository } from '../../../../src/main/core/db/segmentRepository';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import { SAMPLE_SURVEY_MAPPING } from '../../../../src/main/core/services/sample';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const fixture = join(__dirname, '..', '..', '..', 'fixtures', 'sample-survey', 'survey.csv');

async function project(): Promise<{ db: ProjectDb; dir: string }> {
  const dir = tempDir();
  return { db: await createProjectDatabase(join(dir, 'p.loupe')), dir };
}

const count = (db: ProjectDb, sql: string) => db.prepare(sql).pluck().get() as number;

describe('runImport', () => {
  it('imports responses, verbatims, segments, dates and exclusions, and indexes the verbatims', async () => {
    const { db } = await project();
    const progress: number[] = [];
    const result = await runImport(db, { path: fixture }, { onProgress: (p) => progress.push(p.rows) });
    expect(result).toMatchObject({
      kind: 'survey',
      format: 'generic',
      encoding: 'utf-8',
      delimiter: ',',
      rowsRead: 6,
      imported: 6,
      alreadyThere: 0,
      excluded: { 'invalid-score': 2 },
      skipped: [],
      dateLayout: 'iso',
      mapping: { ...SAMPLE_SURVEY_MAPPING },
      nps: { n: 4, promoters: 2, passives: 1, detractors: 1, nps: 25 },
    });
    expect(progress.at(-1)).toBe(6);
    expect(db.prepare('SELECT text FROM verbatims ORDER BY id').pluck().all()).toEqual([
      'Love it, the staff are great 😀',
      'Charged twice.\nStill waiting for the refund!',
      'Très lent, service client injoignable',
      'Easy to use, "just works"',
      'Out of range score',
    ]);
    expect(db.prepare('SELECT respondent_id, customer_key, responded_at, responded_local FROM responses WHERE id = 1').get()).toEqual({
      respondent_id: 'R_001',
      customer_key: 'C-000001',
      responded_at: '2026-09-01T10:00:00.000Z',
      responded_local: '2026-09-01T10:00:00',
    });
    const segments = new SegmentRepository(db);
    expect([1, 2, 3, 4, 5, 6].map((id) => segments.valuesOf(id).Region)).toEqual(['EMEA', 'North America', 'APAC', 'EMEA', 'LATAM', 'EMEA']);
    expect(segments.valuesOf(1)).toEqual({ Channel: 'Web', Language: 'en', Plan: 'Pro', Region: 'EMEA' });
    // Foreign keys are off while the import writes (it links the rows itself) and on again after; every link holds.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT DISTINCT column_name FROM verbatims').pluck().all()).toEqual([SAMPLE_SURVEY_MAPPING.verbatims[0]]);
    expect(db.prepare("SELECT v.response_id FROM verbatims_fts f JOIN verbatims v ON v.id = f.rowid WHERE verbatims_fts MATCH 'refund'").pluck().all()).toEqual([2]);
    db.close();
  });

  it('re-importing an updated export adds only the new responses', async () => {
    const { db, dir } = await project();
    await runImport(db, { path: fixture });
    const updated = join(dir, 'updated.csv');
    writeFileSync(updated, `${readFileSync(fixture, 'utf8')}R_007,2026-09-07T08:00:00Z,8,New one,EMEA,Pro,Web,en,C-000007,\n`);
    const hasRespondentIndex = () => count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'responses_by_respondent'") === 1;
    expect(hasRespondentIndex()).toBe(false); // made on the first re-import, not before
    const second = await runImport(db, { path: updated });
    expect(second).toMatchObject({ rowsRead: 7, imported: 1, alreadyThere: 6, excluded: {}, nps: { n: 1, promoters: 0, passives: 1, detractors: 0, nps: 0 } });
    expect(hasRespondentIndex()).toBe(true);
    expect(count(db, 'SELECT count(*) FROM responses')).toBe(7);
    expect(db.prepare('SELECT first_date, last_date FROM imports WHERE id = 2').get()).toEqual({ first_date: '2026-09-07T08:00:00.000Z', last_date: '2026-09-07T08:00:00.000Z' });
    db.close();
  });

  it('keeps the first of a repeated respondent id and excludes the rest as duplicates', async () => {
    const { db, dir } = await project();
    const file = join(dir, 'dupes.csv');
    writeFileSync(file, 'Response ID,Score,Comment\nA,9,first\nB,3,other\nA,10,again\n');
    const result = await runImport(db, { path: file, mapping: { score: 'Score', verbatims: ['Comment'], respondentId: 'Response ID', segments: [] } });
    expect(result).toMatchObject({ rowsRead: 3, imported: 3, excluded: { duplicate: 1 }, nps: { n: 2 } });
    db.close();
  });

  it('imports nothing and names the column when the mapping is wrong', async () => {
    const { db } = await project();
    await expect(runImport(db, { path: fixture, mapping: { ...SAMPLE_SURVEY_MAPPING, segments: ['Country'] } })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('"Country"'),
    });
    expect(count(db, 'SELECT count(*) FROM imports')).toBe(0);
    db.close();
  });

  it('rolls back everything when cancelled, keeping earlier imports intact', async () => {
    const { db, dir } = await project();
    await runImport(db, { path: fixture });
    const big = join(dir, 'big.csv');
    const lines = ['Response ID,Score,Comment'];
    for (let i = 0; i < 20_000; i += 1) lines.push(`N${i},${i % 11},comment number ${i}`);
    writeFileSync(big, `${lines.join('\n')}\n`);
    const controller = new AbortController();
    const run = runImport(db, { path: big }, { signal: controller.signal, onProgress: (p) => p.rows >= 4000 && controller.abort() });
    await expect(run).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    expect(count(db, 'SELECT count(*) FROM imports')).toBe(1);
    expect(count(db, 'SELECT count(*) FROM responses')).toBe(6);
    expect(count(db, "SELECT count(*) FROM verbatims_fts WHERE verbatims_fts MATCH 'comment'")).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('says what is wrong with empty and header-only files', async () => {
    const { db, dir } = await project();
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'header.csv'), 'Response ID,Score,Comment\r\n');
    await expect(runImport(db, { path: join(dir, 'empty.csv') })).rejects.toMatchObject({ message: '"empty.csv" is empty.' });
    await expect(runImport(db, { path: join(dir, 'header.csv') })).rejects.toMatchObject({ message: expect.stringContaining('only header rows') });
    db.close();
  });

  it('saves the mapping as a template and reuses it for the next export with the same header', async () => {
    const { db, dir } = await project();
    const mapping = { score: 'How likely are you to recommend Acme to a friend or colleague?', verbatims: ['What is the main reason for your score?'], segments: ['Plan'] };
    await runImport(db, { path: fixture, mapping, saveTemplateAs: 'Acme relationship NPS' });
    const next = join(dir, 'next.csv');
    copyFileSync(fixture, next);
    db.exec('DELETE FROM imports');
    const result = await runImport(db, { path: next });
    expect(result.mapping).toEqual(mapping);
    db.close();
  });
});
