/** The import contract: what the wizard, the CLI and the core exchange about one import. */
import { z } from 'zod';

export const PLATFORM_IDS = [
  'qualtrics',
  'qualtrics-legacy',
  'surveymonkey',
  'typeform',
  'google-forms',
  'microsoft-forms',
  'delighted',
  'generic',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DATE_LAYOUTS = ['iso', 'month-first', 'day-first', 'year-first-slash', 'epoch-seconds', 'epoch-milliseconds'] as const;
export type DateLayout = (typeof DATE_LAYOUTS)[number];

export const IMPORT_KINDS = ['survey', 'contacts', 'status-history'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Which column plays which role (column names as the import preview lists them). */
export interface ColumnMapping {
  readonly score: string;
  readonly verbatims: readonly string[];
  readonly date?: string;
  readonly respondentId?: string;
  /** Id, external reference or email that links responses to contacts (trimmed; emails case-folded). */
  readonly customerKey?: string;
  readonly email?: string;
  readonly segments: readonly string[];
}

const columnName = z.string().min(1).max(1000);

export const columnMappingSchema = z.strictObject({
  score: columnName,
  verbatims: z.array(columnName).max(50),
  date: columnName.optional(),
  respondentId: columnName.optional(),
  customerKey: columnName.optional(),
  email: columnName.optional(),
  segments: z.array(columnName).max(200),
});

/** How to read one file; everything but the path is detected when left out. */
export const importOptionsSchema = z.strictObject({
  path: z.string().trim().min(1).max(4096),
  /** What the file holds; a survey export unless said otherwise. */
  dataset: z.enum(IMPORT_KINDS).optional(),
  encoding: z.enum(TEXT_ENCODINGS).optional(),
  delimiter: z.enum(DELIMITERS).optional(),
  sheet: z.string().min(1).max(200).optional(),
  platform: z.enum(PLATFORM_IDS).optional(),
  mapping: columnMappingSchema.optional(),
  dateLayout: z.enum(DATE_LAYOUTS).optional(),
  timeZone: z.string().min(1).max(100).optional(),
  skipBadRows: z.boolean().optional(),
  /** Rows above the header to leave out (a title, notes): detected when left out. */
  skipRows: z.number().int().min(0).max(100).optional(),
  saveTemplateAs: z.string().trim().min(1).max(200).optional(),
});
export type ImportOptions = Omit<z.infer<typeof importOptionsSchema>, 'mapping'> & { readonly mapping?: ColumnMapping };

export type ColumnRole = 'score' | 'verbatim' | 'date' | 'respondentId' | 'customerKey' | 'email' | 'segment' | 'ignore';

/**
 * The role a column plays in a mapping (or in one being edited, whose score
 * may not be chosen yet). A column in two roles shows the first in this order.
 */
export function roleOfColumn(mapping: (Omit<ColumnMapping, 'score'> & { readonly score?: string }) | undefined, name: string): ColumnRole {
  if (!mapping) return 'ignore';
  if (mapping.score === name) return 'score';
  if (mapping.verbatims.includes(name)) return 'verbatim';
  if (mapping.date === name) return 'date';
  if (mapping.respondentId === name) return 'respondentId';
  if (mapping.customerKey === name) return 'customerKey';
  if (mapping.email === name) return 'email';
  if (mapping.segments.includes(name)) return 'segment';
  return 'ignore';
}

export interface ColumnPreview {
  readonly name: string;
  readonly label?: string;
  readonly role: ColumnRole;
  /** A helper or metadata column of the survey tool (NPS group, Text iQ topics, ...). */
  readonly helper: boolean;
  readonly distinct: number;
  readonly filled: number;
  readonly samples: readonly string[];
  readonly dateLayout?: DateLayout;
}

export type NpsGroupName = 'promoter' | 'passive' | 'detractor';

/** One data row as it will be imported. */
export interface PreviewRow {
  readonly line: number;
  readonly respondentId?: string;
  readonly score?: number;
  readonly group?: NpsGroupName;
  readonly excluded?: string;
  readonly date?: string;
  readonly verbatims: readonly string[];
  readonly segments: Readonly<Record<string, string>>;
}

export interface ImportPreview {
  readonly path: string;
  readonly fileName: string;
  readonly container: 'csv' | 'xlsx';
  readonly format: PlatformId;
  readonly formatName: string;
  readonly encoding?: TextEncoding;
  readonly encodingReason?: string;
  readonly delimiter?: Delimiter;
  readonly sheets?: readonly string[];
  readonly sheet?: string;
  readonly headerRows: number;
  /** Rows above the header that were left out (a title, notes), each as its filled cells joined. */
  readonly aboveHeader: readonly string[];
  readonly columns: readonly ColumnPreview[];
  readonly mapping?: ColumnMapping;
  readonly mappingSource: 'given' | 'template' | 'suggested' | 'none';
  readonly templateName?: string;
  readonly dateLayout?: DateLayout;
  /** Day and month order could not be told apart from the values: month-first was assumed. */
  readonly dateAmbiguous: boolean;
  readonly timeZone?: string;
  readonly rows: readonly PreviewRow[];
  readonly warnings: readonly string[];
}

export interface SkippedRow {
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

export interface ImportNps {
  readonly n: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly nps?: number;
}

/** What `loupe import --json` prints (DESIGN.md section 3). */
export interface ImportResult {
  readonly importId: number;
  readonly kind: ImportKind;
  readonly format: PlatformId;
  readonly encoding: TextEncoding | 'xlsx';
  readonly delimiter?: Delimiter;
  readonly sheet?: string;
  readonly rowsRead: number;
  readonly imported: number;
  /** Responses whose respondent id the project already had (re-import of an updated export). */
  readonly alreadyThere: number;
  /** The codebook's rules, run over the new verbatims after the import (absent when there are none). */
  readonly rules?: readonly { readonly theme: string; readonly coded: number }[];
  readonly excluded: Readonly<Record<string, number>>;
  readonly skipped: readonly SkippedRow[];
  /** Rows above the header that were left out (a title, notes), when there were any. */
  readonly aboveHeader?: readonly string[];
  readonly mapping: ColumnMapping;
  readonly dateLayout?: DateLayout;
  readonly timeZone?: string;
  readonly nps: ImportNps;
  /** What the analyst should know about this import (assumptions made, values that could not be read). */
  readonly warnings: readonly string[];
  /** Milliseconds until the rows were committed, and for the full-text index after that. */
  readonly timings?: { readonly rowsMs: number; readonly indexMs: number; readonly checkpointMs?: number };
}
