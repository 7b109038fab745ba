/** Domain types shared by every part of Loupe. Plain, readonly, structured-clone safe. */

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type JobId = Brand<string, 'JobId'>;
export type ImportId = Brand<number, 'ImportId'>;
export type ResponseId = Brand<number, 'ResponseId'>;
export type VerbatimId = Brand<number, 'VerbatimId'>;
export type ThemeId = Brand<number, 'ThemeId'>;

export const asJobId = (id: string): JobId => id as JobId;
export const asImportId = (id: number): ImportId => id as ImportId;

export type HostKind = 'desktop' | 'web' | 'in-process';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: HostKind;
  readonly platform: string;
  /** The folder new projects go into unless the user picks another. */
  readonly defaultProjectDir: string;
}

export interface ProjectInfo {
  readonly path: string;
  readonly name: string;
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly responseCount: number;
  readonly verbatimCount: number;
  readonly importCount: number;
}

export interface RecentProject {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
  /** False when the file is gone since it was last opened. */
  readonly exists: boolean;
}

export interface ImportSummary {
  readonly id: ImportId;
  readonly sourceName: string;
  readonly kind: 'survey' | 'contacts' | 'status-history';
  readonly format: string;
  readonly rowsRead: number;
  readonly imported: number;
  readonly importedAt: string;
  readonly firstDate?: string;
  readonly lastDate?: string;
}

export interface FileEntry {
  readonly name: string;
  readonly path: string;
  readonly kind: 'directory' | 'project' | 'file';
  readonly size?: number;
  readonly modifiedAt?: string;
}

export interface DirectoryListing {
  readonly path: string;
  readonly parent?: string;
  readonly entries: readonly FileEntry[];
}

/**
 * Workbench layout, remembered per project. The renderer owns its shape;
 * the store keeps it as an opaque JSON object (size-capped by the schema).
 */
export type LayoutState = Readonly<Record<string, unknown>>;

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export type JobKind = 'sample.create' | 'import' | 'import.remove' | 'analyze' | 'suggest' | 'classify';

export interface JobInfo {
  readonly id: JobId;
  readonly kind: JobKind;
  readonly title: string;
  readonly state: JobState;
  readonly done: number;
  readonly total: number;
  /** What done and total count when it is not items: an import reads its file in bytes. */
  readonly unit?: 'bytes';
  readonly message: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly error?: import('./errors').AppErrorData;
  /** Present once state is 'succeeded'; its shape depends on the job kind. */
  readonly result?: unknown;
}

export interface SampleCreated {
  readonly project: ProjectInfo;
}

export interface NpsFigures {
  readonly n: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** 100 × (P − D) / N; absent when N = 0. */
  readonly nps?: number;
  readonly ci95?: readonly [number, number];
  /** N under 30: say "small base" beside the figure. */
  readonly smallBase: boolean;
}

export interface NpsGroupReport extends NpsFigures {
  /** The segment value ("" for responses without one). */
  readonly value?: string;
  /** "YYYY-MM" or ISO "YYYY-Www", from the response date in the export's own time zone. */
  readonly period?: string;
}

export interface NpsReport extends NpsFigures {
  readonly by?: string;
  readonly period?: 'week' | 'month';
  readonly groups: readonly NpsGroupReport[];
}

export interface ImportDetails {
  readonly summary: ImportSummary;
  /** The import's full result (what `loupe import --json` printed), when it was recorded. */
  readonly result?: import('./imports').ImportResult;
  readonly skippedCount: number;
}

export interface ExcludedRow {
  readonly line: number;
  readonly respondentId?: string;
  readonly reason: string;
  readonly score?: number;
  readonly date?: string;
}
