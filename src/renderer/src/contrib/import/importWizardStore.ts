import { create } from 'zustand';
import type { AppErrorData } from '../../../../shared/errors';
import type { DateLayout, Delimiter, PlatformId, TextEncoding } from '../../../../shared/imports';
import type { DraftMapping } from './mappingDraft';

export const WIZARD_STEPS = ['file', 'detect', 'mapping', 'import', 'summary'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** How to read the file, where the user overrode what was detected. */
export interface ReadOverrides {
  readonly platform?: PlatformId;
  readonly encoding?: TextEncoding;
  readonly delimiter?: Delimiter;
  readonly sheet?: string;
  /** Rows above the header to leave out (a title, notes). */
  readonly skipRows?: number;
}

export interface UploadState {
  readonly name: string;
  readonly loaded: number;
  readonly total: number;
  readonly abort: () => void;
}

/** One run of the import wizard: the file, the choices made about it, and the job. */
export interface WizardSession {
  readonly step: WizardStep;
  /** The project this run imports into: a wizard shown for another project starts over. */
  readonly projectPath?: string;
  /** The folder the file browser shows (kept when the tab is hidden and shown again). */
  readonly folder?: string;
  /** The file selected in the browser, not chosen yet. */
  readonly candidate?: string;
  /** The file being imported. */
  readonly path?: string;
  /** Its name as the user knows it (a dropped file keeps its own name after the upload). */
  readonly fileName?: string;
  readonly upload?: UploadState;
  /** Why the last file dropped or typed could not be taken. */
  readonly fileError?: AppErrorData;
  readonly read: ReadOverrides;
  /** The column roles, once the user changed one; the preview's suggestion until then. */
  readonly mapping?: DraftMapping;
  readonly dateLayout?: DateLayout;
  readonly timeZone?: string;
  readonly skipBadRows: boolean;
  readonly saveTemplate: boolean;
  readonly templateName: string;
  readonly jobId?: string;
  readonly importId?: number;
  /** Why the last attempt to import ended without importing (failed or cancelled). */
  readonly failure?: AppErrorData;
}

interface WizardActions {
  /** Starts over at the first step, keeping the folder the browser was in. */
  reset(): void;
  patch(patch: Partial<WizardSession>): void;
  /** Takes a file to import: everything decided about the previous one is dropped. */
  choose(path: string, fileName?: string): void;
  /** Overrides how the file is read; its columns may change, so the column roles start again. */
  setRead(read: ReadOverrides): void;
  /** An import job started for the current choices. */
  started(jobId: string): void;
  /** The import job succeeded: show its summary. */
  succeeded(importId: number): void;
  /** The import job failed or was cancelled: back to the columns, saying why. */
  stopped(failure: AppErrorData): void;
}

const fresh = (folder: string | undefined): WizardSession => ({
  step: 'file',
  read: {},
  skipBadRows: false,
  saveTemplate: false,
  templateName: '',
  ...(folder ? { folder } : {}),
});

/** The import wizard's state: one wizard at a time, outside React so its tab can come and go. */
export const useImportWizardStore = create<WizardSession & WizardActions>()((set, get) => ({
  ...fresh(undefined),
  reset: () =>
    set({
      ...fresh(get().folder),
      projectPath: undefined,
      candidate: undefined,
      path: undefined,
      fileName: undefined,
      upload: undefined,
      fileError: undefined,
      mapping: undefined,
      dateLayout: undefined,
      timeZone: undefined,
      jobId: undefined,
      importId: undefined,
      failure: undefined,
    }),
  patch: (patch) => set(patch),
  choose: (path, fileName) =>
    set({
      step: 'detect',
      path,
      fileName: fileName ?? path.split(/[\\/]/).pop() ?? path,
      candidate: undefined,
      upload: undefined,
      fileError: undefined,
      read: {},
      mapping: undefined,
      dateLayout: undefined,
      timeZone: undefined,
      skipBadRows: false,
      saveTemplate: false,
      templateName: '',
      jobId: undefined,
      importId: undefined,
      failure: undefined,
    }),
  setRead: (read) => set({ read, mapping: undefined, failure: undefined }),
  started: (jobId) => set({ step: 'import', jobId, failure: undefined }),
  succeeded: (importId) => set({ step: 'summary', importId }),
  stopped: (failure) => set({ step: 'mapping', jobId: undefined, failure }),
}));

/** The session without the actions, for the pure functions that read it. */
export function wizardSession(): WizardSession {
  return useImportWizardStore.getState();
}
