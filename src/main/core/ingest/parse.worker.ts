/**
 * Worker entry that reads and interprets an import's rows (readRows) and
 * hands them to the import thread in batches, at most IN_FLIGHT unacknowledged
 * at a time, so parsing and writing run on both cores with bounded memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serializeError } from '../../../shared/errors';
import { readRows, type RowPlan } from './rowSource';
import type { WithoutSeq } from '../services/workerProtocol';
import type { ImportToParse, ParseToImport } from './parseProtocol';

const IN_FLIGHT = 8;
const port = parentPort!;
const controller = new AbortController();
let seq = 0;
let acked = 0;
let wake: (() => void) | undefined;
const send = (message: WithoutSeq<ParseToImport>) => port.postMessage({ ...message, seq: (seq += 1) } as ParseToImport);

port.on('message', (message: ImportToParse) => {
  if (message.type === 'ack') acked = Math.max(acked, message.upTo);
  else controller.abort();
  wake?.();
});

async function main(): Promise<void> {
  for await (const item of readRows(workerData as RowPlan, controller.signal)) {
    while (seq - acked >= IN_FLIGHT && !controller.signal.aborted) await new Promise<void>((resolve) => (wake = resolve));
    if (controller.signal.aborted) return;
    send({ type: 'item', item });
  }
}

main()
  .catch((error: unknown) => send({ type: 'error', error: serializeError(error) }))
  .finally(() => port.close());
