import { describe, expect, it } from 'vitest';
import { openProjectDatabase } from '../../../../src/main/core/db/connection';
import { VerbatimGridRepository } from '../../../../src/main/core/db/verbatimGridRepository';
import { sampleProject } from '../../../support/sampleProject';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

describe('grid counts', () => {
  it('are read once while nothing changes, and again after a write here or a commit by another connection', async () => {
    const { db, path, ids } = await sampleProject(tempDir());
    const grid = new VerbatimGridRepository(db);
    const everything = {};
    const negative = { sentiment: 'negative' as const };
    expect(grid.count(everything)).toBe(5);
    expect(grid.count(everything)).toBe(5);
    expect(grid.count(negative)).toBe(0);

    const other = openProjectDatabase(path);
    other.prepare('DELETE FROM verbatims WHERE id = ?').run(ids.R_001);
    other.close();
    expect(grid.count(everything)).toBe(4);

    db.prepare('DELETE FROM verbatims WHERE id = ?').run(ids.R_002);
    expect(grid.count(everything)).toBe(3);
    db.prepare("INSERT INTO verbatim_analysis (verbatim_id, version, language, sentiment, sentiment_label, sentences_json, lemmas) VALUES (?, 'x', 'en', -0.5, 'negative', '[]', '')").run(ids.R_004);
    expect(grid.count(negative)).toBe(1);
    db.close();
  });
});
