import { join } from 'node:path';
import { createProjectDatabase, type ProjectDb } from '../../src/main/core/db/connection';
import { runImport } from '../../src/main/core/ingest/runImport';

/** The sample survey fixture (R_001 … R_006, five verbatims; R_003 has none). */
export const SAMPLE_SURVEY = join(__dirname, '..', 'fixtures', 'sample-survey', 'survey.csv');

/** The sample survey imported into a new project in `dir`, with its verbatim ids by respondent id. */
export async function sampleProject(dir: string): Promise<{ db: ProjectDb; path: string; ids: Record<string, number> }> {
  const path = join(dir, 'p.loupe');
  const db = await createProjectDatabase(path);
  await runImport(db, { path: SAMPLE_SURVEY });
  const rows = db.prepare('SELECT v.id, r.respondent_id AS rid FROM verbatims v JOIN responses r ON r.id = v.response_id').all() as { id: number; rid: string }[];
  return { db, path, ids: Object.fromEntries(rows.map((r) => [r.rid, r.id])) };
}
