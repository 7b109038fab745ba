import type { Statement } from 'better-sqlite3';
import type { SentimentLabel, VerbatimRow } from '../../../shared/nlp';
import type { KeyphraseCounts } from '../analysis/keyphraseStats';
import type { StoredAnalysis } from '../nlp/storedAnalysis';
import { BatchInserter } from './batchInsert';
import type { ProjectDb } from './connection';

/** A verbatim waiting for analysis; `analysed` when it has an analysis of another version. */
export interface PendingVerbatim {
  readonly id: number;
  readonly text: string;
  readonly analysed: 0 | 1;
}

const PENDING_WHERE = 'v.id > ? AND (a.verbatim_id IS NULL OR a.version <> ?)';

/** The NLP pipeline's results per verbatim, and its keyphrase dictionary. Callers hold the transaction. */
export class AnalysisRepository {
  private readonly keyphraseIds = new Map<string, number>();

  constructor(private readonly db: ProjectDb) {}

  /** Verbatims not analysed yet, or analysed with another version of the pipeline. */
  countPending(version: string): number {
    return this.db
      .prepare(`SELECT count(*) FROM verbatims v LEFT JOIN verbatim_analysis a ON a.verbatim_id = v.id WHERE ${PENDING_WHERE}`)
      .pluck()
      .get(0, version) as number;
  }

  /** Whether any verbatim is pending (stops at the first: cheaper than counting them when there are). */
  hasPending(version: string): boolean {
    return (
      this.db.prepare(`SELECT 1 FROM verbatims v LEFT JOIN verbatim_analysis a ON a.verbatim_id = v.id WHERE ${PENDING_WHERE} LIMIT 1`).pluck().get(0, version) !==
      undefined
    );
  }

  /**
   * The next `limit` pending verbatims after id `after`, in id order. `noneAnalysed`: the project
   * had no analysis at all when the job began, so every verbatim is pending and none replaces an
   * earlier one (the verbatims are read without looking each one up in verbatim_analysis).
   */
  pending(version: string, after: number, limit: number, noneAnalysed = false): PendingVerbatim[] {
    if (noneAnalysed) return this.db.prepare('SELECT id, text, 0 AS analysed FROM verbatims WHERE id > ? ORDER BY id LIMIT ?').all(after, limit) as PendingVerbatim[];
    return this.db
      .prepare(
        `SELECT v.id, v.text, a.verbatim_id IS NOT NULL AS analysed FROM verbatims v LEFT JOIN verbatim_analysis a ON a.verbatim_id = v.id
         WHERE ${PENDING_WHERE} ORDER BY v.id LIMIT ?`,
      )
      .all(after, version, limit) as PendingVerbatim[];
  }

  /** Whether the project holds no analysis at all. */
  noneAnalysed(): boolean {
    return this.db.prepare('SELECT 1 FROM verbatim_analysis LIMIT 1').get() === undefined;
  }

  /**
   * For a bulk analysis, inside the caller's transaction: drops the secondary indexes of
   * verbatim_keyphrases (kept up to date row by row they cost half of the writing) and returns
   * what builds them again, from their own SQL, before the commit. A rollback brings them back.
   */
  deferKeyphraseIndexes(): () => void {
    const indexes = this.db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'verbatim_keyphrases' AND sql IS NOT NULL ORDER BY name")
      .all() as { name: string; sql: string }[];
    for (const { name } of indexes) this.db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
    return () => {
      for (const { sql } of indexes) this.db.exec(sql);
    };
  }

  private writers?: { analysis: BatchInserter; phrases: BatchInserter; clear: Statement; addKey: Statement; keyId: Statement };

  /**
   * Stores (or replaces) the analysis of each verbatim, with its keyphrases, in multi-row
   * statements; a verbatim analysed before (`replaces`) loses its old keyphrases first.
   */
  save(version: string, rows: readonly { readonly id: number; readonly stored: StoredAnalysis; readonly replaces: boolean }[]): void {
    this.writers ??= {
      analysis: new BatchInserter(
        this.db,
        'verbatim_analysis',
        ['verbatim_id', 'version', 'language', 'sentiment', 'sentiment_label', 'sentences_json', 'lemmas', 'pii_json'],
        32,
        `ON CONFLICT (verbatim_id) DO UPDATE SET version = excluded.version, language = excluded.language, sentiment = excluded.sentiment,
           sentiment_label = excluded.sentiment_label, sentences_json = excluded.sentences_json, lemmas = excluded.lemmas, pii_json = excluded.pii_json`,
      ),
      phrases: new BatchInserter(this.db, 'verbatim_keyphrases', ['verbatim_id', 'start', 'end', 'keyphrase_id'], 64, 'ON CONFLICT DO NOTHING'),
      clear: this.db.prepare('DELETE FROM verbatim_keyphrases WHERE verbatim_id = ?'),
      addKey: this.db.prepare('INSERT INTO keyphrases (key, label) VALUES (?, ?) ON CONFLICT (key) DO NOTHING'),
      keyId: this.db.prepare('SELECT id FROM keyphrases WHERE key = ?').pluck(),
    };
    const w = this.writers;
    for (const { id, stored: a, replaces } of rows) {
      if (replaces) w.clear.run(id);
      w.analysis.add([id, version, a.language, a.sentiment, a.label, a.sentences, a.lemmas, a.pii]);
      const p = a.phrases;
      for (let i = 0; i < p.length; i += 4) w.phrases.add([id, p[i + 2] as number, p[i + 3] as number, this.keyphraseId(p[i] as string, p[i + 1] as string)]);
    }
    w.analysis.flush();
    w.phrases.flush();
  }

  private keyphraseId(key: string, label: string): number {
    let id = this.keyphraseIds.get(key);
    if (id === undefined) {
      this.writers!.addKey.run(key, label);
      id = this.writers!.keyId.get(key) as number;
      this.keyphraseIds.set(key, id);
    }
    return id;
  }

  /** Verbatims with their analysis, in id order; `query` is a full-text (FTS5) expression. */
  list(limit: number, query?: string): VerbatimRow[] {
    const match = query ? 'JOIN verbatims_fts f ON f.rowid = v.id AND verbatims_fts MATCH @query' : '';
    const rows = this.db
      .prepare(
        `SELECT v.id AS verbatimId, r.respondent_id AS respondentId, v.column_name AS "column", v.text, a.language, a.sentiment, a.sentiment_label AS label,
                (SELECT json_group_array(k.label) FROM (SELECT k.label FROM verbatim_keyphrases vk JOIN keyphrases k ON k.id = vk.keyphrase_id
                                                      WHERE vk.verbatim_id = v.id ORDER BY vk.start) k) AS keyphrases
         FROM verbatims v JOIN responses r ON r.id = v.response_id ${match}
         LEFT JOIN verbatim_analysis a ON a.verbatim_id = v.id
         ORDER BY v.id LIMIT @limit`,
      )
      .all({ limit, ...(query ? { query } : {}) }) as {
      verbatimId: number;
      respondentId: string | null;
      column: string;
      text: string;
      language: string | null;
      sentiment: number | null;
      label: string | null;
      keyphrases: string;
    }[];
    return rows.map((r) => ({
      verbatimId: r.verbatimId,
      ...(r.respondentId ? { respondentId: r.respondentId } : {}),
      column: r.column,
      text: r.text,
      ...(r.language ? { language: r.language } : {}),
      ...(r.sentiment !== null && r.label ? { sentiment: { score: r.sentiment, label: r.label as SentimentLabel } } : {}),
      keyphrases: JSON.parse(r.keyphrases) as string[],
      themes: [],
    }));
  }

  /** Each keyphrase's occurrences: overall, in how many verbatims, among detractors' and promoters' verbatims (counted responses). */
  keyphraseCounts(): KeyphraseCounts[] {
    return this.db
      .prepare(
        `SELECT k.key, k.label, count(*) AS frequency, count(DISTINCT vk.verbatim_id) AS documents,
                coalesce(sum(r.excluded_reason IS NULL AND r.score <= 6), 0) AS detractors,
                coalesce(sum(r.excluded_reason IS NULL AND r.score >= 9), 0) AS promoters
         FROM verbatim_keyphrases vk
         JOIN keyphrases k ON k.id = vk.keyphrase_id
         JOIN verbatims v ON v.id = vk.verbatim_id
         JOIN responses r ON r.id = v.response_id
         GROUP BY vk.keyphrase_id`,
      )
      .all() as KeyphraseCounts[];
  }
}
