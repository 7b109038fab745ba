import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { AppError } from '../../../../shared/errors';
import { decodeText } from '../decode';
import { DELIMITER_NAMES, type Delimiter } from '../sniff/delimiter';
import type { TextEncoding } from '../sniff/encoding';
import { LineCounter } from './lineCounter';
import type { RawRecord, ReadOptions, RowIssue } from './tableTypes';

/** A record longer than this many characters is refused (a 50 MB "line" is not a survey response). */
export const MAX_RECORD_CHARS = 1_000_000;

/** Records parsed ahead of the consumer before the parser pauses (bounded memory). */
const QUEUE_HIGH = 4096;
const FEED_CHARS = 256 * 1024;

export interface DelimitedOptions extends ReadOptions {
  readonly encoding: TextEncoding;
  readonly delimiter: Delimiter;
}

function quoteProblem(errors: readonly Papa.ParseError[]): { message: string; index: number } | undefined {
  const missing = errors.find((e) => e.code === 'MissingQuotes');
  if (missing) return { message: 'a quoted field opens here and is never closed. Check for a stray " in a comment.', index: missing.index ?? 0 };
  const invalid = errors.find((e) => e.code === 'InvalidQuotes');
  if (invalid) return { message: 'a quoted field has text after its closing quote. Inside quotes, a " must be written as "".', index: invalid.index ?? 0 };
  return undefined;
}

/** The record delimiter: the first line break outside quotes (CRLF, LF or CR). */
export function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r') return text[i + 1] === '\n' ? '\r\n' : i + 1 < text.length ? '\r' : '\r\n';
    else if (!quoted && c === '\n') return '\n';
  }
  return '\n';
}

/**
 * Streams the records of a delimited text file (CSV, TSV, semicolon, pipe)
 * with papaparse, each with the line it starts on. Quoted fields may hold
 * delimiters, doubled quotes and CR, LF or CRLF line breaks. Malformed input
 * (an unclosed or stray quote, a row with another number of fields than the
 * header, a NUL byte, a row over a million characters) is an AppError naming
 * the file, line and column, or, with skipBadRows, a reported skip.
 */
export async function* readDelimited(bytes: AsyncIterable<Uint8Array>, options: DelimitedOptions): AsyncGenerator<RawRecord> {
  for await (const batch of readDelimitedBatches(bytes, options)) yield* batch;
}

/**
 * readDelimited's records in the batches the parser produced them (up to a
 * few thousand at a time): a million-row import then awaits a few hundred
 * times, not a million.
 */
export async function* readDelimitedBatches(bytes: AsyncIterable<Uint8Array>, options: DelimitedOptions): AsyncGenerator<RawRecord[]> {
  const lines = new LineCounter();
  let fed = 0;
  let lastEnd = 0;
  let headerFields: number | undefined;
  let aboveHeader = options.skipRows ?? 0;
  const skippedAbove: string[][] = [];
  let stopped = false;

  const fail = (line: number, column: number | undefined, message: string) =>
    new AppError('BAD_INPUT', `"${options.fileName}" cannot be read at line ${line}${column ? `, column ${column}` : ''}: ${message}`, {
      detail: options.skipBadRows
        ? 'Nothing was imported.'
        : 'Nothing was imported. Fix the file, or import again with "Skip bad rows" to import the readable rows and list the others.',
    });

  /** Decoded text in pieces of at least FEED_CHARS (papaparse re-reads an unfinished row on every piece). */
  async function* pieces(): AsyncGenerator<string> {
    let pending = '';
    for await (const chunk of decodeText(bytes, options.encoding, options.fileName)) {
      pending += chunk;
      if (pending.length >= FEED_CHARS) {
        yield pending;
        pending = '';
      }
    }
    if (pending !== '') yield pending;
  }

  const tooLong = (rowStart: number) =>
    fail(lines.lineAt(rowStart), undefined, `a single row is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters; the file is probably not a survey export, or a quote is never closed.`);

  async function* text(): AsyncGenerator<string> {
    for await (const chunk of pieces()) {
      if (stopped) return;
      const nul = chunk.indexOf('\u0000');
      if (nul >= 0) {
        lines.append(chunk.slice(0, nul));
        const { line, column } = lines.position(fed + nul);
        throw new AppError('BAD_INPUT', `"${options.fileName}" contains a NUL byte at line ${line}, column ${column}.`, {
          detail: 'Text exports never contain NUL bytes; the file is binary or damaged. Export it again from the survey tool.',
        });
      }
      // Everything yielded before has reached the parser: no row end in over a million characters means a runaway row.
      if (fed - lastEnd > MAX_RECORD_CHARS) throw tooLong(lastEnd);
      lines.append(chunk);
      fed += chunk.length;
      yield chunk;
    }
  }

  let queue: RawRecord[] = [];
  let finished = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  let paused = false;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const texts = text();
  const first = await texts.next();
  const newline = first.done ? '\n' : detectNewline(first.value);
  async function* all(): AsyncGenerator<string> {
    if (!first.done) yield first.value;
    yield* texts;
  }
  const source = Readable.from(all(), { objectMode: false, encoding: 'utf8' });
  source.on('error', (error) => {
    failure ??= error;
    notify();
  });
  Papa.parse(source as unknown as Papa.LocalFile, {
    delimiter: options.delimiter,
    quoteChar: '"',
    escapeChar: '"',
    newline,
    header: false,
    step: (results: Papa.ParseStepResult<string[]>, parser: Papa.Parser) => {
      if (stopped || failure) return parser.abort();
      const start = lastEnd;
      lastEnd = results.meta.cursor;
      const fields = results.data;
      if (lastEnd - start > MAX_RECORD_CHARS) {
        failure = tooLong(start);
        parser.abort();
        notify();
        return;
      }
      if (fields.length === 1 && fields[0] === '' && results.errors.length === 0) return; // a blank line
      if (aboveHeader > 0) {
        aboveHeader -= 1;
        skippedAbove.push(fields);
        return;
      }
      if (headerFields === undefined) options.onAboveHeader?.(skippedAbove);
      const line = lines.lineAt(start);
      let issue: RowIssue | undefined;
      const quote = quoteProblem(results.errors);
      if (quote) issue = { line, message: quote.message };
      else if (headerFields !== undefined && fields.length !== headerFields) {
        issue = { line, message: `this row has ${fields.length} fields where the header has ${headerFields} (${DELIMITER_NAMES[options.delimiter]}-separated).${headerFields === 1 ? ' If the file has a title or notes above its column names, set how many rows are above the header.' : ''}` };
      }
      if (issue) {
        if (!options.skipBadRows) {
          failure = fail(issue.line, issue.column, issue.message);
          parser.abort();
          notify();
          return;
        }
        options.onSkip?.(issue);
        return;
      }
      headerFields ??= fields.length;
      queue.push({ line, fields });
      // Backpressure on the input stream, not the parser: papaparse parses each piece it receives
      // at once, so what it has received is always parsed (the runaway-row guard relies on it).
      if (queue.length >= QUEUE_HIGH && !paused) {
        paused = true;
        source.pause();
      }
      notify();
    },
    complete: () => {
      finished = true;
      notify();
    },
    error: (error: Error) => {
      failure ??= error;
      notify();
    },
  });

  try {
    for (;;) {
      if (queue.length > 0) {
        const batch = queue;
        queue = [];
        if (paused) {
          paused = false;
          source.resume();
        }
        yield batch;
        continue;
      }
      if (failure) throw failure;
      if (finished) return;
      if (paused) {
        paused = false;
        source.resume();
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    // The consumer may stop early (a preview reads only the head): stop reading the file too.
    stopped = true;
    source.destroy();
  }
}
