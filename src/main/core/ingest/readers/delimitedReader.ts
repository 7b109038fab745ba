import { CsvError, parse, type Options } from 'csv-parse';
import { AppError } from '../../../../shared/errors';
import { decodeText } from '../decode';
import { DELIMITER_NAMES, type Delimiter } from '../sniff/delimiter';
import type { TextEncoding } from '../sniff/encoding';
import type { RawRecord, ReadOptions } from './tableTypes';

/** A record longer than this many characters is refused (a 50 MB "line" is not a survey response). */
export const MAX_RECORD_CHARS = 1_000_000;

export interface DelimitedOptions extends ReadOptions {
  readonly encoding: TextEncoding;
  readonly delimiter: Delimiter;
}

function describe(error: CsvError, delimiter: Delimiter, headerFields: number | undefined): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field opens here and is never closed. Check for a stray " in a comment.';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote starts in the middle of a field. A field with quotes must be wholly quoted, with inner quotes doubled ("").';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted field has text after its closing quote. Inside quotes, a " must be written as "".';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
      const got = (error as unknown as { record?: unknown[] }).record?.length;
      return `this row has ${got ?? 'a different number of'} fields where the header has ${headerFields ?? 'another number'} (${DELIMITER_NAMES[delimiter]}-separated).`;
    }
    case 'CSV_MAX_RECORD_SIZE':
      return `a single row is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters; the file is probably not a survey export, or a quote is never closed.`;
    default:
      return error.message;
  }
}

/**
 * Streams the records of a delimited text file (CSV, TSV, semicolon, pipe),
 * each with the line it starts on. Quoted fields may hold delimiters, doubled
 * quotes and CR, LF or CRLF line breaks. Malformed input is an AppError naming
 * the file, line and column, or, with skipBadRows, a reported skip.
 */
export async function* readDelimited(bytes: AsyncIterable<Uint8Array>, options: DelimitedOptions): AsyncGenerator<RawRecord> {
  // Tracked at parse time (not when records are consumed), so an error knows where its record starts.
  let lastEndLine = 0;
  let emptyLines = 0;
  let headerFields: number | undefined;
  // csv-parse counts a CRLF inside a quoted field as two lines; editors count one. Correct for it.
  let overCounted = 0;
  const onRecord = (fields: string[], context: { lines: number; empty_lines: number }): RawRecord => {
    const line = lastEndLine + 1 + (context.empty_lines - emptyLines);
    overCounted += crlfInside(fields);
    lastEndLine = context.lines - overCounted;
    emptyLines = context.empty_lines;
    headerFields ??= fields.length;
    return { line, fields };
  };
  const parser = parse({
    // csv-parse's typings leave out the context argument that on_record receives.
    on_record: onRecord as unknown as Options['on_record'],
    delimiter: options.delimiter,
    relax_column_count: false,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    skip_records_with_error: Boolean(options.skipBadRows),
  });
  parser.on('skip', (error: CsvError) => {
    const issue = { line: lastEndLine + 1, ...columnOf(error), message: describe(error, options.delimiter, headerFields) };
    lastEndLine = (error as unknown as { lines: number }).lines - overCounted;
    emptyLines = (error as unknown as { empty_lines: number }).empty_lines ?? emptyLines;
    options.onSkip?.(issue);
  });

  let stopped = false;
  const feed = (async () => {
    let lines = 1;
    let column = 0; // characters since the last line break, carried across chunks
    for await (const text of decodeText(bytes, options.encoding, options.fileName)) {
      const nul = text.indexOf('\u0000');
      if (nul >= 0) {
        const before = text.slice(0, nul);
        const line = lines + countNewlines(before);
        const lastBreak = before.lastIndexOf('\n');
        const at = lastBreak < 0 ? column + nul + 1 : nul - lastBreak;
        throw new AppError('BAD_INPUT', `"${options.fileName}" contains a NUL byte at line ${line}, column ${at}.`, {
          detail: 'Text exports never contain NUL bytes; the file is binary or damaged. Export it again from the survey tool.',
        });
      }
      lines += countNewlines(text);
      const lastBreak = text.lastIndexOf('\n');
      column = lastBreak < 0 ? column + text.length : text.length - lastBreak - 1;
      if (options.signal?.aborted) throw new AppError('JOB_CANCELLED', 'The import was cancelled; nothing was imported.');
      if (stopped) break;
      if (!parser.write(text)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            parser.off('drain', done);
            parser.off('close', done);
            resolve();
          };
          parser.on('drain', done);
          parser.on('close', done);
        });
      }
    }
    if (!stopped) parser.end();
  })();
  feed.catch((error: unknown) => parser.destroy(error as Error));

  try {
    for await (const record of parser as AsyncIterable<RawRecord>) yield record;
    await feed;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof CsvError) {
      const csv = error;
      const { column } = columnOf(csv);
      const where = `line ${lastEndLine + 1}${column ? `, column ${column}` : ''}`;
      throw new AppError('BAD_INPUT', `"${options.fileName}" cannot be read at ${where}: ${describe(csv, options.delimiter, headerFields)}`, {
        detail: options.skipBadRows ? 'Nothing was imported.' : 'Nothing was imported. Fix the file, or import again with "Skip bad rows" to import the readable rows and list the others.',
      });
    }
    throw error;
  } finally {
    // The consumer may stop early (a preview reads only the head): stop reading the file too.
    stopped = true;
    parser.destroy();
  }
}

function columnOf(error: CsvError): { column?: number } {
  const column = (error as unknown as { column?: number }).column;
  return typeof column === 'number' && column > 0 ? { column: column + 1 } : {};
}

function crlfInside(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) {
    if (field.indexOf('\r') < 0) continue;
    for (let i = field.indexOf('\r\n'); i >= 0; i = field.indexOf('\r\n', i + 2)) n += 1;
  }
  return n;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
