import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase } from '../../../../src/main/core/db/connection';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import type { ColumnMapping } from '../../../../src/shared/imports';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const TYPEFORM = [
  '#,How likely are you to recommend us?,Why?,Response Type,Start Date (UTC),Stage Date (UTC),Submit Date (UTC),Network ID,Tags',
  'tok1,9,Great,completed,2026-09-27 12:00:51,,2026-09-27 12:01:37,n1,',
  'tok2,7,,partial,2026-09-27 14:05:33,2026-09-27 14:05:59,,n2,',
  'tok3,3,,partial,2026-09-28 08:00:00,,,n3,',
].join('\n');

async function dates(mapping?: ColumnMapping) {
  const path = join(tempDir(), 'typeform.csv');
  writeFileSync(path, TYPEFORM);
  const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
  try {
    const result = await runImport(db, { path, ...(mapping ? { mapping } : {}) });
    expect(result.format).toBe('typeform');
    return db.prepare('SELECT respondent_id AS id, responded_at AS date FROM responses ORDER BY source_row').all();
  } finally {
    db.close();
  }
}

describe("a survey tool's dates for a response it has no date for", () => {
  it('Typeform: a partial response is dated by its Stage Date, else its Start Date', async () => {
    expect(await dates()).toEqual([
      { id: 'tok1', date: '2026-09-27T12:01:37.000Z' },
      { id: 'tok2', date: '2026-09-27T14:05:59.000Z' },
      { id: 'tok3', date: '2026-09-28T08:00:00.000Z' },
    ]);
  });

  it('only when the date column is the tool’s own: another one chosen is read alone', async () => {
    const mapping: ColumnMapping = { score: 'How likely are you to recommend us?', verbatims: ['Why?'], segments: [], respondentId: '#', date: 'Stage Date (UTC)' };
    expect(await dates(mapping)).toEqual([
      { id: 'tok1', date: null },
      { id: 'tok2', date: '2026-09-27T14:05:59.000Z' },
      { id: 'tok3', date: null },
    ]);
  });
});
