import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase } from '../../../../src/main/core/db/connection';
import { importMappedCsv } from '../../../../src/main/core/ingest/mappedCsvImport';
import { parseScore } from '../../../../src/main/core/ingest/score';
import { SAMPLE_SURVEY_MAPPING } from '../../../../src/main/core/services/sample';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const fixture = join(__dirname, '..', '..', '..', 'fixtures', 'sample-survey', 'survey.csv');

describe('parseScore', () => {
  it('reads integers 0-10 written as "9" or "9.0" and counts everything else as a reason', () => {
    expect(parseScore('9')).toEqual({ score: 9 });
    expect(parseScore(' 0 ')).toEqual({ score: 0 });
    expect(parseScore('10.0')).toEqual({ score: 10 });
    expect(parseScore('11')).toEqual({ excludedReason: 'invalid-score' });
    expect(parseScore('-1')).toEqual({ excludedReason: 'invalid-score' });
    expect(parseScore('n/a')).toEqual({ excludedReason: 'invalid-score' });
    expect(parseScore('')).toEqual({ excludedReason: 'missing-score' });
    expect(parseScore(undefined)).toEqual({ excludedReason: 'missing-score' });
    expect(parseScore('9 - Very likely')).toEqual({ score: 9 });
    expect(parseScore('10 - Extremely likely')).toEqual({ score: 10 });
    expect(parseScore('0 - Not at all likely')).toEqual({ score: 0 });
    expect(parseScore('Extremely likely')).toEqual({ score: 10 });
    expect(parseScore('Not at all likely')).toEqual({ score: 0 });
    expect(parseScore('9,0')).toEqual({ score: 9 });
    expect(parseScore('9.5')).toEqual({ excludedReason: 'invalid-score' });
    expect(parseScore('12 - nope')).toEqual({ excludedReason: 'invalid-score' });
    expect(parseScore('9 lives')).toEqual({ excludedReason: 'invalid-score' });
    expect(parseScore(7)).toEqual({ score: 7 });
    expect(parseScore(7.5)).toEqual({ excludedReason: 'invalid-score' });
  });
});

describe('importMappedCsv', () => {
  it('imports rows, verbatims with newlines and emoji, segments and exclusions in one transaction', async () => {
    const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
    const progress: number[] = [];
    const result = await importMappedCsv(db, fixture, SAMPLE_SURVEY_MAPPING, { onProgress: (p) => progress.push(p.rows) });
    expect(result).toMatchObject({ rowsRead: 6, imported: 6, excluded: { 'invalid-score': 2 } });
    expect(progress.at(-1)).toBe(6);
    const scores = db.prepare('SELECT score FROM responses ORDER BY id').pluck().all();
    expect(scores).toEqual([10, 3, 7, null, 9, null]);
    const texts = db.prepare('SELECT text FROM verbatims ORDER BY id').pluck().all() as string[];
    expect(texts).toHaveLength(5);
    expect(texts[0]).toBe('Love it, the staff are great 😀');
    expect(texts[1]).toBe('Charged twice.\nStill waiting for the refund!');
    expect(texts[3]).toBe('Easy to use, "just works"');
    const first = db.prepare('SELECT respondent_id, customer_key, responded_at, fields_json FROM responses WHERE id = 1').get();
    expect(first).toEqual({
      respondent_id: 'R_001',
      customer_key: 'c-000001',
      responded_at: '2026-09-01T10:00:00.000Z',
      fields_json: JSON.stringify({ Region: 'EMEA', Plan: 'Pro', Channel: 'Web', Language: 'en' }),
    });
    const imports = db.prepare('SELECT rows_read, rows_imported, first_date, last_date FROM imports').all();
    expect(imports).toEqual([{ rows_read: 6, rows_imported: 6, first_date: '2026-09-01T10:00:00.000Z', last_date: '2026-09-06T08:00:00.000Z' }]);
    db.close();
  });

  it('imports nothing when a mapped column is missing, and says which', async () => {
    const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
    await expect(importMappedCsv(db, fixture, { ...SAMPLE_SURVEY_MAPPING, segments: ['Country'] })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('"Country"'),
    });
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(0);
    db.close();
  });

  it('rolls everything back when cancelled', async () => {
    const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
    const controller = new AbortController();
    controller.abort();
    await expect(importMappedCsv(db, fixture, SAMPLE_SURVEY_MAPPING, { signal: controller.signal })).rejects.toMatchObject({
      code: 'JOB_CANCELLED',
    });
    expect(db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(0);
    expect(db.inTransaction).toBe(false);
    db.close();
  });
});
