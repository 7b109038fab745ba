/**
 * Imports one fixture of test/fixtures/imports/ into a fresh project with no
 * options (pure detection) and turns what Loupe made of it into a stable,
 * reviewable object, compared with `<fixture>.golden.json` (DESIGN.md §5.7).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectDatabase } from '../../../../../src/main/core/db/connection';
import { SegmentRepository } from '../../../../../src/main/core/db/segmentRepository';
import { inspectImport } from '../../../../../src/main/core/ingest/inspectImport';
import { runImport } from '../../../../../src/main/core/ingest/runImport';
import type { ImportPreview, ImportResult } from '../../../../../src/shared/imports';

export const FIXTURE_DIR = join(__dirname, '..', '..', '..', '..', 'fixtures', 'imports');

/** Every fixture scripts/fixtures/build-import-fixtures.ts writes. */
export const FIXTURES = [
  'qualtrics-choice-text.csv',
  'qualtrics-numeric.csv',
  'qualtrics-legacy.csv',
  'qualtrics.tsv',
  'surveymonkey.csv',
  'typeform.csv',
  'google-forms.csv',
  'microsoft-forms.xlsx',
  'delighted.csv',
  'excel-windows-1252-semicolon.csv',
  'excel-utf8-bom.csv',
  'excel-unicode-text.txt',
  'utf16be.csv',
  'generic-pipe.txt',
] as const;
export type FixtureName = (typeof FIXTURES)[number];

/** One imported response as the project holds it. */
export interface StoredResponse {
  readonly line: number;
  readonly respondentId: string | null;
  readonly customerKey: string | null;
  readonly score: number | null;
  readonly excluded: string | null;
  readonly respondedAt: string | null;
  readonly respondedLocal: string | null;
  readonly respondedRaw: string | null;
  readonly segments: Readonly<Record<string, string>>;
  readonly verbatims: Readonly<Record<string, string>>;
}

export interface FixtureImport {
  /** The import result without its id and timings (which differ every run). */
  readonly result: Omit<ImportResult, 'importId' | 'timings'>;
  readonly preview: ImportPreview;
  readonly responses: readonly StoredResponse[];
  /** Rows of the full-text index, to check every verbatim was indexed. */
  readonly indexed: number;
}

interface ResponseRow {
  id: number;
  line: number;
  respondentId: string | null;
  customerKey: string | null;
  score: number | null;
  excluded: string | null;
  respondedAt: string | null;
  respondedLocal: string | null;
  respondedRaw: string | null;
}

export function importFixture(name: FixtureName): Promise<FixtureImport> {
  return importFile(join(FIXTURE_DIR, name));
}

/** Imports a file into a new project (in a temporary folder removed afterwards) and reads back every response. */
export async function importFile(path: string): Promise<FixtureImport> {
  const dir = mkdtempSync(join(tmpdir(), 'loupe-golden-'));
  try {
    const { preview } = await inspectImport({ path }, () => undefined);
    const db = await createProjectDatabase(join(dir, 'golden.loupe'));
    try {
      const { importId, timings: _timings, ...result } = await runImport(db, { path });
      const rows = db
        .prepare(
          `SELECT id, source_row AS line, respondent_id AS respondentId, customer_key AS customerKey, score, excluded_reason AS excluded,
                  responded_at AS respondedAt, responded_local AS respondedLocal, responded_raw AS respondedRaw
           FROM responses WHERE import_id = ? ORDER BY id`,
        )
        .all(importId) as ResponseRow[];
      const verbatims = db.prepare('SELECT column_name AS name, text AS value FROM verbatims WHERE response_id = ? ORDER BY id');
      const segments = new SegmentRepository(db);
      const byName = (pairs: unknown[]) => Object.fromEntries((pairs as { name: string; value: string }[]).map((p) => [p.name, p.value]));
      const responses = rows.map(({ id, ...row }) => ({ ...row, segments: segments.valuesOf(id), verbatims: byName(verbatims.all(id)) }));
      const indexed = db.prepare('SELECT count(*) FROM verbatims_fts').pluck().get() as number;
      return { result, preview, responses, indexed };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a reviewer compares with the survey tool's dashboard, in a fixed key order. */
export function goldenSnapshot(imported: FixtureImport): unknown {
  const { preview, result, responses } = imported;
  return {
    detected: {
      format: preview.format,
      encoding: preview.encoding ?? null,
      delimiter: preview.delimiter ?? null,
      headerRows: preview.headerRows,
      dateLayout: preview.dateLayout ?? null,
      dateAmbiguous: preview.dateAmbiguous,
      timeZone: preview.timeZone ?? null,
      warnings: preview.warnings,
      columns: Object.fromEntries(preview.columns.map((c) => [c.name, `${c.role}${c.helper ? ' (helper)' : ''}`])),
    },
    result,
    responses,
  };
}

const serialise = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The value with every object's keys sorted, so key order (say, of exclusion reasons) never counts as a change. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
}

export type GoldenOutcome =
  | { readonly status: 'same' }
  | { readonly status: 'created'; readonly message: string }
  | { readonly status: 'changed'; readonly message: string; readonly golden: unknown };

/**
 * Compares a snapshot with the fixture's golden file. A missing golden is
 * written (and the test fails once, so every golden is reviewed before it is
 * trusted); a different one is left alone and the new output is written
 * beside it as `<fixture>.golden-changed.json` for the reviewer to diff.
 */
export function compareWithGolden(name: FixtureName, snapshot: unknown): GoldenOutcome {
  const goldenPath = join(FIXTURE_DIR, `${name}.golden.json`);
  const changedPath = join(FIXTURE_DIR, `${name}.golden-changed.json`);
  const actual = serialise(snapshot);
  if (!existsSync(goldenPath)) {
    writeFileSync(goldenPath, actual);
    return {
      status: 'created',
      message: `No golden file for ${name}: wrote test/fixtures/imports/${name}.golden.json. Review it line by line (counts, NPS, exclusions, mapping, decoded comments) and run the test again.`,
    };
  }
  const golden: unknown = JSON.parse(readFileSync(goldenPath, 'utf8'));
  if (JSON.stringify(canonical(golden)) === JSON.stringify(canonical(snapshot))) {
    rmSync(changedPath, { force: true });
    return { status: 'same' };
  }
  writeFileSync(changedPath, actual);
  return {
    status: 'changed',
    golden,
    message:
      `The import of ${name} no longer matches its golden file. Diff test/fixtures/imports/${name}.golden.json with ${name}.golden-changed.json; ` +
      `if every change is intended, rename the -changed file over the golden (DESIGN.md §5.7), otherwise fix the importer.`,
  };
}
