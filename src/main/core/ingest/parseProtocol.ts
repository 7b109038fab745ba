import type { AppErrorData } from '../../../shared/errors';
import type { RowSourceItem } from './rowSource';

/** Parse worker → import thread; `seq` increases by one per message. */
export type ParseToImport =
  | { readonly seq: number; readonly type: 'item'; readonly item: RowSourceItem }
  | { readonly seq: number; readonly type: 'error'; readonly error: AppErrorData };

/** Import thread → parse worker: batches consumed so far, or stop. */
export type ImportToParse = { readonly type: 'ack'; readonly upTo: number } | { readonly type: 'stop' };
