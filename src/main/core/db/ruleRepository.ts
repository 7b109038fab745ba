import { AppError } from '../../../shared/errors';
import type { CodeResult, Rule, RuleKind, RulePreview } from '../../../shared/coding';
import { CodebookRepository } from './codebookRepository';
import { CodingRepository, checkRegex, type VerbatimSelection } from './codingRepository';
import type { ProjectDb } from './connection';

interface RuleRow {
  id: number;
  themeId: number;
  kind: RuleKind;
  query: string;
  createdAt: string;
  coded: number;
}

const SAMPLE = 5;

function selectionOf(kind: RuleKind, query: string, importId?: number): VerbatimSelection {
  const scope = importId === undefined ? {} : { importId };
  return kind === 'fts' ? { query, ...scope } : { regex: checkRegex(query), ...scope };
}

/**
 * Rules: saved queries (full-text or regular expression) that code the verbatims they match with
 * their theme, as source 'rule'. A rule shows its match count and a sample before it is saved, and
 * runs again on each new import's verbatims. Manual removals win over rules (see CodingRepository).
 */
export class RuleRepository {
  private readonly coding: CodingRepository;

  constructor(private readonly db: ProjectDb) {
    this.coding = new CodingRepository(db);
  }

  list(themeId?: number): Rule[] {
    const paths = new Map(new CodebookRepository(this.db).list().map((t) => [t.id, t.path]));
    const rows = this.db
      .prepare(
        `SELECT r.id, r.theme_id AS themeId, r.kind, r.query, r.created_at AS createdAt,
                (SELECT count(*) FROM codes c WHERE c.rule_id = r.id AND c.active = 1) AS coded
         FROM theme_rules r JOIN themes t ON t.id = r.theme_id
         WHERE t.active = 1 ${themeId === undefined ? '' : 'AND r.theme_id = @themeId'} ORDER BY r.id`,
      )
      .all(themeId === undefined ? {} : { themeId }) as RuleRow[];
    return rows.map((r) => ({ ...r, theme: paths.get(r.themeId) ?? '' }));
  }

  /** How many verbatims a query matches and a few of them, before it becomes a rule. */
  preview(kind: RuleKind, query: string): RulePreview {
    const selection = selectionOf(kind, query);
    const count = this.coding.count(selection);
    const sample = this.coding.sample(selection, SAMPLE);
    return { count, sample };
  }

  /** Saves a rule for a theme (the same rule twice is one rule) and codes what it matches, as one undoable action. */
  create(coder: string, themeId: number, kind: RuleKind, query: string, at = new Date().toISOString()): CodeResult & { ruleId: number } {
    const theme = new CodebookRepository(this.db).get(themeId);
    selectionOf(kind, query);
    return this.db.transaction(() => {
      const ruleId = this.save(themeId, kind, query, at);
      const result = this.coding.apply(coder, themeId, selectionOf(kind, query), 'rule', `Rule: ${describe(kind, query)} codes “${theme.name}”`, ruleId);
      return { ...result, ruleId };
    })();
  }

  /** Keeps a rule for a theme (the same rule twice is one rule) without running it; returns its id. */
  save(themeId: number, kind: RuleKind, query: string, at = new Date().toISOString()): number {
    this.db.prepare('INSERT INTO theme_rules (theme_id, kind, query, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(themeId, kind, query, at);
    return this.db.prepare('SELECT id FROM theme_rules WHERE theme_id = ? AND kind = ? AND query = ?').pluck().get(themeId, kind, query) as number;
  }

  delete(id: number): void {
    // Codes it made stay (they are decisions now); they keep no link to the deleted rule.
    this.db.transaction(() => {
      this.db.prepare('UPDATE codes SET rule_id = NULL WHERE rule_id = ?').run(id);
      if (this.db.prepare('DELETE FROM theme_rules WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND', `The project has no rule ${id}.`);
    })();
  }

  /** Runs every rule over one import's verbatims (a new import), each as an action; returns how many verbatims each coded. */
  runOnImport(coder: string, importId: number): { ruleId: number; theme: string; coded: number }[] {
    return this.list().map((rule) => {
      const result = this.coding.apply(
        coder,
        rule.themeId,
        selectionOf(rule.kind, rule.query, importId),
        'rule',
        `Rule on the new import: ${describe(rule.kind, rule.query)} codes “${rule.theme}”`,
        rule.id,
      );
      return { ruleId: rule.id, theme: rule.theme, coded: result.coded };
    });
  }
}

function describe(kind: RuleKind, query: string): string {
  return kind === 'fts' ? `“${query}”` : `/${query}/`;
}
