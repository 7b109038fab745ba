import type { AppErrorData } from '../../../shared/errors';
import type { ImportOptions } from '../../../shared/imports';

/** Messages from a job's worker thread to the main thread; `seq` increases by one per message. */
export type WorkerToMain =
  | { readonly seq: number; readonly type: 'progress'; readonly done: number; readonly total: number; readonly message: string }
  | { readonly seq: number; readonly type: 'result'; readonly result: unknown }
  /** Work the job has committed and keeps from now on (cancelled, failed or stopped): what is kept and what is not. */
  | { readonly seq: number; readonly type: 'kept'; readonly message: string }
  | { readonly seq: number; readonly type: 'error'; readonly error: AppErrorData };

/** Messages from the main thread to a job's worker. */
export type MainToWorker = { readonly seq: number; readonly type: 'cancel' };

export type WithoutSeq<T> = T extends unknown ? Omit<T, "seq"> : never;
/** A worker message before its sequence number is stamped on. */
export type WorkerMessageBody = WithoutSeq<WorkerToMain>;

/** What the import worker (import.worker.ts) is asked to do. */
export type ImportWorkerData =
  | { readonly task: 'import'; readonly projectPath: string; readonly options: ImportOptions; readonly nativeBinding?: string }
  | { readonly task: 'remove'; readonly projectPath: string; readonly importId: number; readonly nativeBinding?: string };

/**
 * What the analysis worker (nlp/analyze.worker.ts) is asked to do: the NLP pipeline then the theme
 * suggestions ('analyze'), the suggestions alone at another granularity ('suggest'), or one
 * suggestion split finer ('split').
 */
export interface AnalysisWorkerData {
  readonly projectPath: string;
  readonly nativeBinding?: string;
  readonly task: 'analyze' | 'suggest' | 'split' | 'classify';
  readonly granularity?: number;
  readonly split?: string;
  /** The theme whose classifier to train ('classify'). */
  readonly themeId?: number;
  /** Where the word vectors' compact cache lives; suggestions use TF-IDF alone without it. */
  readonly vectorsDir?: string;
}
