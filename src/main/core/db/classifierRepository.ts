import type { ClassifierRun } from '../../../shared/nlp';
import type { ClassifierDoc } from '../nlp/themeClassifier';
import type { ProjectDb } from './connection';

/** A verbatim's features as the classifier reads them (its stored lemmas and keyphrase keys). */
function readDocs(db: ProjectDb, sql: string, params: Record<string, unknown>): ClassifierDoc[] {
  const keys = new Map<number, { key: string }[]>();
  for (const row of db
    .prepare(`SELECT vk.verbatim_id AS id, k.key FROM verbatim_keyphrases vk JOIN keyphrases k ON k.id = vk.keyphrase_id WHERE vk.verbatim_id IN (${sql})`)
    .iterate(params) as Iterable<{ id: number; key: string }>) {
    let list = keys.get(row.id);
    if (!list) keys.set(row.id, (list = []));
    list.push({ key: row.key });
  }
  const docs: ClassifierDoc[] = [];
  for (const row of db
    .prepare(`SELECT a.verbatim_id AS id, a.lemmas FROM verbatim_analysis a WHERE a.sentiment IS NOT NULL AND a.verbatim_id IN (${sql}) ORDER BY a.verbatim_id`)
    .iterate(params) as Iterable<{ id: number; lemmas: string }>) {
    docs.push({ id: row.id, lemmas: row.lemmas ? row.lemmas.split(' ') : [], keyphrases: keys.get(row.id) ?? [] });
  }
  return docs;
}

/** Verbatims with a manual code of one of the themes (a theme and the themes under it). */
const MANUAL_IN = `SELECT c.verbatim_id FROM codes c WHERE c.active = 1 AND c.source = 'manual' AND c.theme_id IN (SELECT value FROM json_each(@themes))`;

/**
 * What a theme's classifier learns from and what it suggests: the analysed English verbatims a
 * coder coded with the theme (or a child of it), those coded by hand with other themes only, the
 * uncoded ones to suggest for, and the run kept per theme.
 */
export class ClassifierRepository {
  constructor(private readonly db: ProjectDb) {}

  training(themeIds: readonly number[]): { positives: ClassifierDoc[]; negatives: ClassifierDoc[] } {
    const params = { themes: JSON.stringify(themeIds) };
    return {
      positives: readDocs(this.db, MANUAL_IN, params),
      negatives: readDocs(this.db, `SELECT c.verbatim_id FROM codes c WHERE c.active = 1 AND c.source = 'manual' AND c.verbatim_id NOT IN (${MANUAL_IN})`, params),
    };
  }

  /** The analysed English verbatims that carry no code at all. */
  uncoded(): ClassifierDoc[] {
    return readDocs(this.db, 'SELECT v.id FROM verbatims v WHERE NOT EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = v.id AND c.active = 1)', {});
  }

  save(run: Omit<ClassifierRun, 'suggested' | 'createdAt'>, suggestions: readonly { id: number; confidence: number }[], at = new Date().toISOString()): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM classifier_runs WHERE theme_id = ?').run(run.themeId);
      this.db
        .prepare('INSERT INTO classifier_runs (theme_id, created_at, positives, negatives, threshold, validation_json, top_features_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(run.themeId, at, run.positives, run.negatives, run.threshold, JSON.stringify(run.validation), JSON.stringify(run.topFeatures));
      const insert = this.db.prepare('INSERT INTO classifier_suggestions (theme_id, verbatim_id, confidence) VALUES (?, ?, ?)');
      for (const s of suggestions) insert.run(run.themeId, s.id, s.confidence);
    })();
  }

  get(themeId: number): ClassifierRun | undefined {
    const row = this.db
      .prepare(
        `SELECT theme_id AS themeId, created_at AS createdAt, positives, negatives, threshold, validation_json AS validation, top_features_json AS topFeatures,
                (SELECT count(*) FROM classifier_suggestions s WHERE s.theme_id = r.theme_id
                   AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = s.verbatim_id AND c.theme_id = r.theme_id AND c.active = 1)) AS suggested
         FROM classifier_runs r WHERE theme_id = ?`,
      )
      .get(themeId) as (Omit<ClassifierRun, 'validation' | 'topFeatures'> & { validation: string; topFeatures: string }) | undefined;
    return row ? { ...row, validation: JSON.parse(row.validation) as ClassifierRun['validation'], topFeatures: JSON.parse(row.topFeatures) as string[] } : undefined;
  }
}
