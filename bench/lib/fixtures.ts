import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FigureContext } from './figure';
import { cliQuote, runSqliteScript } from './sqlite-cli';

/**
 * Databases several figures start from, built once per run in its scratch
 * directory (figures run one after another, so no two build the same one).
 */

/** Table and column names the sqlite3 shell's `.import` makes from the export's header. */
export const PLAIN_TABLE = 'survey';
export const VERBATIM_COLUMN = 'What is the main reason for your score?';
export const FTS_TABLE = 'survey_fts';
/** The tokenizer the full-text baselines use: unicode61 folding diacritics, as a verbatim search wants. */
export const FTS_TOKENIZER = 'unicode61 remove_diacritics 2';

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function corpusOf(ctx: FigureContext) {
  if (!ctx.corpus) throw new Error('this figure needs a corpus: declare needsCorpus: true');
  return ctx.corpus;
}

/** `sqlite3 DB` with `.mode csv` and `.import FILE survey`: the header becomes the columns. */
export async function importWithShell(db: string, csvPath: string) {
  rmSync(db, { force: true });
  return runSqliteScript(db, `.mode csv\n.import ${cliQuote(csvPath)} ${PLAIN_TABLE}`);
}

/** The survey corpus imported by the sqlite3 shell into a plain table. */
export async function plainSurveyDb(ctx: FigureContext): Promise<string> {
  const path = join(ctx.workDir, `survey-${ctx.size}.plain.db`);
  if (!existsSync(path)) {
    await importWithShell(`${path}.partial`, corpusOf(ctx).survey);
    renameSync(`${path}.partial`, path);
  }
  return path;
}

/** Creates the external-content FTS5 table over the plain table's verbatim column (empty until rebuilt). */
export function createFtsTable(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS ${FTS_TABLE}`);
  db.exec(
    `CREATE VIRTUAL TABLE ${FTS_TABLE} USING fts5(${quoteIdent(VERBATIM_COLUMN)}, ` +
      `content=${quoteIdent(PLAIN_TABLE)}, content_rowid='rowid', tokenize='${FTS_TOKENIZER}')`,
  );
}

export function rebuildFts(db: Database.Database): void {
  db.prepare(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES('rebuild')`).run();
}

/** Connection settings shared by the better-sqlite3 figures. */
export function openBench(path: string, readonly = false): Database.Database {
  const db = new Database(path, { readonly });
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  return db;
}

/** The plain table plus a built FTS5 index over the verbatims. */
export async function ftsSurveyDb(ctx: FigureContext): Promise<string> {
  const path = join(ctx.workDir, `survey-${ctx.size}.fts.db`);
  if (!existsSync(path)) {
    const partial = `${path}.partial`;
    copyFileSync(await plainSurveyDb(ctx), partial);
    const db = openBench(partial);
    createFtsTable(db);
    rebuildFts(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    renameSync(partial, path);
  }
  return path;
}
