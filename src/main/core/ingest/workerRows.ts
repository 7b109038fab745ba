import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError, deserializeError } from '../../../shared/errors';
import type { ImportToParse, ParseToImport } from './parseProtocol';
import type { RowPlan, RowSourceItem } from './rowSource';

/**
 * The parse worker's heap: capped (a hostile file ends the import, not the app), with a young
 * generation large enough that the records and batches in flight are rarely copied by a
 * scavenge (V8's default young generation costs a million-row import over a second of GC).
 */
const PARSE_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 128 };

/** readRows, run in a parse worker (`parse.worker.js`): the same items, produced on the other core. */
export async function* workerRows(file: string, plan: RowPlan, signal?: AbortSignal): AsyncGenerator<RowSourceItem> {
  const worker = new Worker(file, { workerData: plan, resourceLimits: PARSE_WORKER_LIMITS });
  const queue: ParseToImport[] = [];
  let failure: unknown;
  let exited = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (message: ParseToImport) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error: Error & { code?: string }) => {
    failure ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new AppError('BAD_INPUT', 'The file needs more memory than Loupe allows one import to use.', { detail: 'It may be damaged or hostile. Nothing was imported.' })
      : error;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  const onAbort = () => worker.postMessage({ type: 'stop' } satisfies ImportToParse);
  signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      const message = queue.shift();
      if (message) {
        if (message.type === 'error') throw deserializeError(message.error);
        worker.postMessage({ type: 'ack', upTo: message.seq } satisfies ImportToParse);
        yield message.item;
        if (message.item.kind === 'end') return;
        continue;
      }
      if (failure) throw failure;
      if (exited) throw new AppError('INTERNAL', 'The parse worker stopped before the end of the file.', { expected: false });
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await worker.terminate();
  }
}
