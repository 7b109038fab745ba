/**
 * Worker entry of the NLP pipeline: analyses the batches of verbatims the analysis' writing
 * thread sends (wink-nlp and the language detector are loaded once, here, not at start-up).
 */
import { parentPort } from 'node:worker_threads';
import { serializeError } from '../../../shared/errors';
import { createStoredAnalyzer } from './analyzeText';
import { loadLanguageDetector } from './language';
import type { NlpToWriter, WriterToNlp } from './nlpProtocol';

const port = parentPort!;
// No cache of texts here: the writing thread sends each distinct text once (runAnalysis.ts).
const ready = loadLanguageDetector().then(() => createStoredAnalyzer());

port.on('message', (message: WriterToNlp) => {
  ready
    .then((analyse) => port.postMessage({ type: 'result', seq: message.seq, results: message.texts.map(analyse) } satisfies NlpToWriter))
    .catch((error: unknown) => port.postMessage({ type: 'error', seq: message.seq, error: serializeError(error) } satisfies NlpToWriter));
});
