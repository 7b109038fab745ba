import type { AppErrorData } from '../../../shared/errors';
import type { StoredAnalysis } from './storedAnalysis';

/** The analysis' writing thread → an NLP worker: a batch of verbatim texts. */
export type WriterToNlp = { readonly type: 'batch'; readonly seq: number; readonly texts: readonly string[] };

/** An NLP worker → the writing thread: the batch's analyses as stored, in the same order, or why not. */
export type NlpToWriter =
  | { readonly type: 'result'; readonly seq: number; readonly results: StoredAnalysis[] }
  | { readonly type: 'error'; readonly seq: number; readonly error: AppErrorData };
