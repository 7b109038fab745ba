import { AppError } from '../../../shared/errors';
import type { CodeResult } from '../../../shared/coding';
import type { SuggestionRun, ThemeSuggestion } from '../../../shared/nlp';
import type { SuggestedTheme, ThemeDoc } from '../nlp/suggestThemes';
import { CodebookRepository } from './codebookRepository';
import { CodingLog } from './codingLog';
import { RuleRepository } from './ruleRepository';
import type { ProjectDb } from './connection';

interface SuggestionRow {
  id: string;
  label: string;
  phrases: string;
  members: number;
  volume: number;
  detractorShare: number;
  distinctiveness: number;
  representatives: string;
  state: 'open' | 'accepted' | 'dropped';
  themeId: number | null;
}

/** What accepting suggestions makes: one theme, with their verbatims coded and their phrases as a rule. */
export interface AcceptOptions {
  readonly name?: string;
  readonly parentId?: number;
  /** The phrases kept for the rule (keys); all of them when absent. */
  readonly phraseKeys?: readonly string[];
  /** Also code what the phrases' rule matches beyond the members (default true). */
  readonly applyRule?: boolean;
}

/** A full-text query for keyphrases (lemmas): each a quoted phrase whose last word may take an ending ("wait time"*). */
export function phraseQuery(labels: readonly string[]): string {
  const phrases = [...new Set(labels.map((l) => l.replace(/["*]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean))];
  return phrases.map((p) => `"${p}"*`).join(' OR ');
}

/**
 * The suggested themes of the latest run, their members, and what accepting or dropping one does.
 * A run replaces the open suggestions; an accepted one stays, linked to its theme (it shows as open
 * again if that theme's creation is undone).
 */
export class SuggestionRepository {
  constructor(private readonly db: ProjectDb) {}

  /** The analysed English verbatims, as the clustering reads them (non-English text is kept out of English-only scoring). */
  documents(suggestion?: string): ThemeDoc[] {
    // Only one suggestion's members (to split it), or every analysed verbatim.
    const only = suggestion === undefined ? '' : 'AND v.id IN (SELECT verbatim_id FROM suggestion_members WHERE suggestion_id = @suggestion)';
    const params = suggestion === undefined ? {} : { suggestion };
    const phrases = new Map<number, { key: string; label: string }[]>();
    for (const row of this.db
      .prepare(
        `SELECT vk.verbatim_id AS id, k.key, k.label FROM verbatim_keyphrases vk JOIN keyphrases k ON k.id = vk.keyphrase_id
         WHERE 1 ${only.replace('v.id', 'vk.verbatim_id')} ORDER BY vk.verbatim_id, vk.start`,
      )
      .iterate(params) as Iterable<{ id: number; key: string; label: string }>) {
      let list = phrases.get(row.id);
      if (!list) phrases.set(row.id, (list = []));
      list.push({ key: row.key, label: row.label });
    }
    const docs: ThemeDoc[] = [];
    for (const row of this.db
      .prepare(
        `SELECT v.id, v.text, a.lemmas, r.score, r.excluded_reason AS excluded FROM verbatims v
         JOIN verbatim_analysis a ON a.verbatim_id = v.id JOIN responses r ON r.id = v.response_id
         WHERE a.sentiment IS NOT NULL ${only} ORDER BY v.id`,
      )
      .iterate(params) as Iterable<{ id: number; text: string; lemmas: string; score: number | null; excluded: string | null }>) {
      const group = row.score === null || row.excluded !== null ? undefined : row.score >= 9 ? 'promoter' : row.score >= 7 ? 'passive' : 'detractor';
      docs.push({ id: row.id, text: row.text, lemmas: row.lemmas ? row.lemmas.split(' ') : [], keyphrases: phrases.get(row.id) ?? [], ...(group ? { group } : {}) });
    }
    return docs;
  }

  /** Replaces the open suggestions with a new run's (one transaction). */
  save(run: Omit<SuggestionRun, 'createdAt'> & { seed: number }, suggestions: readonly SuggestedTheme[], at = new Date().toISOString()): void {
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM theme_suggestions WHERE state <> 'accepted'").run();
      this.db.prepare('DELETE FROM suggestion_runs WHERE id NOT IN (SELECT run_id FROM theme_suggestions)').run();
      const runId = Number(
        this.db
          .prepare('INSERT INTO suggestion_runs (created_at, granularity, seed, vectors, documents, ms) VALUES (?, ?, ?, ?, ?, ?)')
          .run(at, run.granularity, run.seed, run.vectors ? 1 : 0, run.documents, Math.round(run.ms)).lastInsertRowid,
      );
      const insert = this.db.prepare(
        `INSERT INTO theme_suggestions (id, run_id, position, label, phrases_json, volume, detractor_share, distinctiveness, representatives_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      );
      const member = this.db.prepare('INSERT INTO suggestion_members (suggestion_id, verbatim_id) VALUES (?, ?)');
      suggestions.forEach((s, position) => {
        // A suggestion accepted before with the same content keeps its theme and members.
        const added = insert.run(s.id, runId, position, s.label, JSON.stringify(s.phrases), s.volume, s.detractorShare, s.distinctiveness, JSON.stringify(s.representatives)).changes;
        if (added) for (const id of s.members) member.run(s.id, id);
      });
    })();
  }

  run(): SuggestionRun | undefined {
    const row = this.db
      .prepare('SELECT created_at AS createdAt, granularity, vectors, documents, ms FROM suggestion_runs ORDER BY id DESC LIMIT 1')
      .get() as { createdAt: string; granularity: number; vectors: number; documents: number; ms: number } | undefined;
    return row ? { ...row, vectors: row.vectors === 1 } : undefined;
  }

  /** The suggestions, largest first (dropped ones last); accepted ones whose theme was undone count as open. */
  list(): ThemeSuggestion[] {
    const rows = this.db
      .prepare(
        `SELECT s.id, s.label, s.phrases_json AS phrases, (SELECT count(*) FROM suggestion_members m WHERE m.suggestion_id = s.id) AS members,
                s.volume, s.detractor_share AS detractorShare, s.distinctiveness, s.representatives_json AS representatives,
                CASE WHEN s.state = 'accepted' AND NOT EXISTS (SELECT 1 FROM themes t WHERE t.id = s.theme_id AND t.active = 1) THEN 'open' ELSE s.state END AS state,
                CASE WHEN EXISTS (SELECT 1 FROM themes t WHERE t.id = s.theme_id AND t.active = 1) THEN s.theme_id END AS themeId
         FROM theme_suggestions s ORDER BY s.state = 'dropped', s.run_id DESC, s.position`,
      )
      .all() as SuggestionRow[];
    const texts = this.db.prepare('SELECT id, text FROM verbatims WHERE id IN (SELECT value FROM json_each(?))');
    return rows.map((r) => {
      const ids = JSON.parse(r.representatives) as number[];
      const byId = new Map((texts.all(JSON.stringify(ids)) as { id: number; text: string }[]).map((t) => [t.id, t.text]));
      return {
        id: r.id,
        label: r.label,
        phrases: JSON.parse(r.phrases) as ThemeSuggestion['phrases'],
        members: r.members,
        volume: r.volume,
        detractorShare: r.detractorShare,
        distinctiveness: r.distinctiveness,
        representatives: ids.filter((id) => byId.has(id)).map((id) => ({ verbatimId: id, text: byId.get(id)! })),
        state: r.state,
        ...(r.themeId === null ? {} : { themeId: r.themeId }),
      };
    });
  }

  get(id: string): ThemeSuggestion {
    const found = this.list().find((s) => s.id === id);
    if (!found) throw new AppError('NOT_FOUND', `There is no suggested theme “${id}”.`, { detail: 'Suggestions change when the analysis runs again: list them with loupe themes --suggested.' });
    return found;
  }

  /** SELECT of the member verbatim ids of some suggestions (for coding them). */
  membersSql(): string {
    return 'SELECT DISTINCT verbatim_id AS id FROM suggestion_members WHERE suggestion_id IN (SELECT value FROM json_each(@suggestions))';
  }

  /** The respondent ids of a suggestion's members, as the export wrote them. */
  respondents(id: string): string[] {
    return this.db
      .prepare(
        `SELECT DISTINCT r.respondent_id FROM suggestion_members m JOIN verbatims v ON v.id = m.verbatim_id JOIN responses r ON r.id = v.response_id
         WHERE m.suggestion_id = ? AND r.respondent_id IS NOT NULL ORDER BY v.id`,
      )
      .pluck()
      .all(id) as string[];
  }

  /**
   * Accepts one suggestion, or merges several into one theme: the theme is created, their verbatims
   * coded (source 'suggestion') and their phrases saved as a rule that codes what it matches (source
   * 'rule'), all as ONE undoable action.
   */
  accept(coder: string, ids: readonly string[], options: AcceptOptions = {}): CodeResult & { themeId: number; rule?: string } {
    if (ids.length === 0) throw new AppError('BAD_INPUT', 'Choose at least one suggested theme to accept.');
    const suggestions = ids.map((id) => this.get(id));
    const taken = suggestions.find((s) => s.state === 'accepted');
    if (taken) throw new AppError('BAD_INPUT', `“${taken.label}” is already a theme of the codebook.`, { detail: 'Undo its acceptance first to accept it again.' });
    const phrases = suggestions.flatMap((s) => s.phrases).filter((p) => !options.phraseKeys || options.phraseKeys.includes(p.key));
    const name = (options.name ?? suggestions[0]!.label).trim();
    const summary = suggestions.length === 1 ? `Accept the suggested theme “${name}”` : `Merge ${suggestions.length} suggested themes into “${name}”`;
    return this.db.transaction(() => {
      const log = new CodingLog(this.db);
      const coderId = log.coderId(coder);
      const actionId = log.begin(coder, 'suggestion.accept', 'suggestion', summary);
      const theme = new CodebookRepository(this.db).createInAction(actionId, { name, ...(options.parentId === undefined ? {} : { parentId: options.parentId }) });
      const params = { theme: theme.id, coder: coderId, action: actionId, suggestions: JSON.stringify(ids) };
      const coded = this.db
        .prepare(`INSERT INTO codes (verbatim_id, theme_id, coder_id, source, added_by) SELECT s.id, @theme, @coder, 'suggestion', @action FROM (${this.membersSql()}) s`)
        .run(params).changes;
      let ruled = 0;
      const query = phraseQuery(phrases.map((p) => p.label));
      if (query && options.applyRule !== false) {
        const ruleId = new RuleRepository(this.db).save(theme.id, 'fts', query);
        ruled = this.db
          .prepare(
            `INSERT INTO codes (verbatim_id, theme_id, coder_id, source, rule_id, added_by)
             SELECT f.rowid, @theme, @coder, 'rule', @rule, @action FROM verbatims_fts f
             WHERE verbatims_fts MATCH @query AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = f.rowid AND c.theme_id = @theme AND c.active = 1)`,
          )
          .run({ theme: theme.id, coder: coderId, action: actionId, rule: ruleId, query }).changes;
      }
      const mark = this.db.prepare("UPDATE theme_suggestions SET state = 'accepted', theme_id = ? WHERE id = ?");
      for (const id of ids) mark.run(theme.id, id);
      return { theme: theme.name, themeId: theme.id, coded: coded + ruled, alreadyCoded: 0, actionId, ...(query && options.applyRule !== false ? { rule: query } : {}) };
    })();
  }

  /** Hides a suggestion (it comes back if a later run suggests it again). */
  drop(id: string): void {
    this.get(id);
    this.db.prepare("UPDATE theme_suggestions SET state = 'dropped' WHERE id = ? AND state = 'open'").run(id);
  }

  /** Replaces a suggestion by several finer ones made from its members (kept in the same run, after it). */
  replace(id: string, parts: readonly SuggestedTheme[]): void {
    const suggestion = this.get(id);
    if (suggestion.state === 'accepted') throw new AppError('BAD_INPUT', `“${suggestion.label}” is already a theme; split the theme instead.`);
    this.db.transaction(() => {
      const { run_id: runId, position } = this.db.prepare('SELECT run_id, position FROM theme_suggestions WHERE id = ?').get(id) as { run_id: number; position: number };
      this.db.prepare('DELETE FROM theme_suggestions WHERE id = ?').run(id);
      this.db.prepare('UPDATE theme_suggestions SET position = position + ? WHERE run_id = ? AND position > ?').run(Math.max(0, parts.length - 1), runId, position);
      const insert = this.db.prepare(
        `INSERT INTO theme_suggestions (id, run_id, position, label, phrases_json, volume, detractor_share, distinctiveness, representatives_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      );
      const member = this.db.prepare('INSERT OR IGNORE INTO suggestion_members (suggestion_id, verbatim_id) VALUES (?, ?)');
      parts.forEach((s, i) => {
        if (insert.run(s.id, runId, position + i, s.label, JSON.stringify(s.phrases), s.volume, s.detractorShare, s.distinctiveness, JSON.stringify(s.representatives)).changes) {
          for (const m of s.members) member.run(s.id, m);
        }
      });
    })();
  }
}
