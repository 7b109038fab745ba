import { userInfo } from 'node:os';
import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { CodeResult, CodingAction, GridFilter, GridRow, GridSort, GridView, Note, ResponseDetail, Rule, RuleKind, RulePreview, SegmentValues, Theme } from '../../../shared/coding';
import { RuleRepository } from '../db/ruleRepository';
import { SuggestionRepository } from '../db/suggestionRepository';
import { GridViewRepository } from '../db/gridViewRepository';
import { NoteRepository } from '../db/noteRepository';
import { ResponseDetailRepository } from '../db/responseDetailRepository';
import { VerbatimGridRepository } from '../db/verbatimGridRepository';
import { readCodebookCsv, writeCodebookCsv } from '../coding/codebookCsv';
import { readCodebookQdc, writeCodebookQdc } from '../coding/codebookQdc';
import { writeFileAtomically } from './files';
import { CodebookRepository, splitPath } from '../db/codebookRepository';
import { CodingRepository, type VerbatimSelection } from '../db/codingRepository';
import type { ProjectService } from './projects';

/** Who codes when no coder is named in the settings: the LOUPE_CODER variable, else the account's user name. */
export function defaultCoder(): string {
  if (process.env.LOUPE_CODER?.trim()) return process.env.LOUPE_CODER.trim();
  try {
    return userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}

/** The open project's codebook and codes (DESIGN.md: the coding area). */
export class CodingService {
  constructor(
    private readonly projects: ProjectService,
    private readonly coder: () => string = defaultCoder,
  ) {}

  /** The name this service codes as. */
  coderName(): string {
    return this.coder();
  }

  private codebook() {
    return new CodebookRepository(this.projects.require().db);
  }

  private codes() {
    return new CodingRepository(this.projects.require().db);
  }

  themes(): Theme[] {
    return this.codebook().list();
  }

  createTheme(input: { name: string; parentId?: number; description?: string; color?: string; shortcut?: string }): Theme {
    return this.codebook().create(this.coder(), input);
  }

  /** Imports a codebook file (REFI-QDA .qdc, or CSV with path-style names); creates the themes the codebook lacks. */
  importCodebook(path: string): { created: number; themes: number } {
    const ext = extname(path).toLowerCase();
    if (ext !== '.csv' && ext !== '.qdc') {
      throw new AppError('BAD_INPUT', `Loupe reads codebooks from REFI-QDA codebooks (.qdc) and CSV files, not "${ext || 'no extension'}".`, {
        detail: 'Export the codebook from your QDA tool as a REFI-QDA codebook, or as CSV with one theme per row in a column named name ("Billing > Double charge" makes the tree).',
      });
    }
    const entries = ext === '.qdc' ? readCodebookQdc(path) : readCodebookCsv(path);
    const created = this.codebook().importPaths(this.coder(), entries, `Import codebook (${entries.length} themes)`);
    return { created, themes: this.themes().length };
  }

  /** Writes the codebook as a REFI-QDA codebook (.qdc) or CSV at `path`, whole or not at all. */
  exportCodebook(path: string, format: 'qdc' | 'csv' = 'qdc'): { themes: number; path: string } {
    const themes = this.themes();
    writeFileAtomically(path, format === 'qdc' ? writeCodebookQdc(themes) : writeCodebookCsv(themes));
    return { themes: themes.length, path };
  }

  updateTheme(id: number, fields: { name?: string; description?: string; color?: string; shortcut?: string | null }): Theme {
    return this.codebook().update(this.coder(), id, fields);
  }

  moveTheme(id: number, parentId: number | undefined): Theme {
    return this.codebook().move(this.coder(), id, parentId);
  }

  mergeThemes(sourceId: number, targetId: number): { moved: number } {
    const { moved } = this.codebook().merge(this.coder(), sourceId, targetId);
    return { moved };
  }

  deletionImpact(id: number): { themes: number; codes: number } {
    this.codebook().get(id);
    return this.codebook().deletionImpact(id);
  }

  deleteTheme(id: number): { themes: number; codes: number } {
    const { themes, codes } = this.codebook().delete(this.coder(), id);
    return { themes, codes };
  }

  /** The theme a user named (path or name), or a clear error. */
  themeNamed(name: string): Theme {
    const theme = this.codebook().findByPath(name);
    if (!theme) {
      const names = this.themes().map((t) => `“${t.path}”`);
      throw new AppError('NOT_FOUND', `The codebook has no theme “${splitPath(name).join(' > ')}”.`, {
        detail: names.length ? `Its themes are: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}.` : 'The codebook is empty: create or import themes first.',
      });
    }
    return theme;
  }

  /**
   * A page of the verbatim grid, with how many rows the filter holds when that costs nothing more:
   * on the last page, or without a full-text query. Counting a search reads every match, so the
   * workbench shows the page first and asks coding.count for the total.
   */
  page(filter: GridFilter, offset: number, limit: number, sort?: GridSort): { rows: GridRow[]; total?: number } {
    const grid = new VerbatimGridRepository(this.projects.require().db);
    return this.codes().searching(() => {
      const rows = grid.page(filter, offset, limit, sort);
      const total = rows.length < limit && (rows.length > 0 || offset === 0) ? offset + rows.length : filter.query ? undefined : grid.count(filter);
      return { rows, ...(total === undefined ? {} : { total }) };
    });
  }

  segments(): SegmentValues[] {
    return new VerbatimGridRepository(this.projects.require().db).segments();
  }

  coders(): string[] {
    return this.codes().coders();
  }

  response(verbatimId: number): ResponseDetail {
    return new ResponseDetailRepository(this.projects.require().db).ofVerbatim(verbatimId);
  }

  private notes() {
    return new NoteRepository(this.projects.require().db);
  }

  addNote(on: { verbatimId: number } | { themeId: number }, text: string): Note {
    return this.notes().add(this.coder(), on, text);
  }

  updateNote(id: number, text: string): Note {
    return this.notes().update(id, text);
  }

  deleteNote(id: number): { deleted: true } {
    this.notes().delete(id);
    return { deleted: true };
  }

  themeNotes(themeId: number): Note[] {
    return this.notes().onTheme(themeId);
  }

  private gridViews() {
    return new GridViewRepository(this.projects.require().db);
  }

  views(): GridView[] {
    return this.gridViews().list();
  }

  saveView(name: string, filter: GridFilter, hidden: readonly string[]): GridView {
    return this.gridViews().save(name, filter, hidden);
  }

  deleteView(id: number): { deleted: true } {
    this.gridViews().delete(id);
    return { deleted: true };
  }

  count(selection: VerbatimSelection): number {
    return this.codes().count(selection);
  }

  apply(themeId: number, selection: VerbatimSelection): CodeResult {
    return this.codes().apply(this.coder(), themeId, selection);
  }

  remove(themeId: number, selection: VerbatimSelection): { removed: number } {
    return this.codes().remove(this.coder(), themeId, selection);
  }

  private rules() {
    return new RuleRepository(this.projects.require().db);
  }

  /** Codes every verbatim matching a full-text query with a theme (named by path), as a saved rule (idempotent). */
  codeByRule(themeName: string, query: string): CodeResult {
    const theme = this.themeNamed(themeName);
    const { ruleId: _ruleId, ...result } = this.codes().searching(() => this.rules().create(this.coder(), theme.id, 'fts', query));
    return result;
  }

  /** Codes a suggested theme's verbatims with a codebook theme (named by path), source 'suggestion' (idempotent). */
  codeFromSuggestion(themeName: string, suggestionId: string): CodeResult {
    const theme = this.themeNamed(themeName);
    const suggestion = new SuggestionRepository(this.projects.require().db).get(suggestionId);
    return this.codes().apply(this.coder(), theme.id, { suggestion: suggestionId }, 'suggestion', `Code the suggested theme “${suggestion.label}” as “${theme.name}”`);
  }

  applyExcerpt(themeId: number, verbatimId: number, start: number, end: number): number {
    return this.codes().applyExcerpt(this.coder(), themeId, verbatimId, start, end).codeId;
  }

  removeCode(codeId: number): number {
    return this.codes().removeCode(this.coder(), codeId).removed;
  }

  /** Codes what a theme's classifier suggests (source 'model'; manual removals still win). */
  applyClassifier(themeId: number): CodeResult {
    const theme = this.codebook().get(themeId);
    return this.codes().apply(this.coder(), themeId, { model: themeId }, 'model', `Code what the classifier suggests for “${theme.name}”`);
  }

  listRules(themeId?: number): Rule[] {
    return this.rules().list(themeId);
  }

  previewRule(kind: RuleKind, query: string): RulePreview {
    return this.codes().searching(() => this.rules().preview(kind, query));
  }

  createRule(themeId: number, kind: RuleKind, query: string): CodeResult {
    const { ruleId: _ruleId, ...result } = this.codes().searching(() => this.rules().create(this.coder(), themeId, kind, query));
    return result;
  }

  deleteRule(id: number): { deleted: true } {
    this.rules().delete(id);
    return { deleted: true };
  }

  /** The codebook's rules over a new import's verbatims (nothing when no project is open or it has no rules). */
  runRulesOnImport(importId: number): { theme: string; coded: number }[] {
    if (!this.projects.current()) return [];
    return this.rules()
      .runOnImport(this.coder(), importId)
      .map(({ theme, coded }) => ({ theme, coded }));
  }

  undo(): { action?: CodingAction } {
    const action = this.codes().undo();
    return action ? { action } : {};
  }

  redo(): { action?: CodingAction } {
    const action = this.codes().redo();
    return action ? { action } : {};
  }

  history(limit?: number): CodingAction[] {
    return this.codes().history(limit);
  }
}
