import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Delimiter, ImportOptions, TextEncoding } from '../../../shared/imports';
import { decodeText } from './decode';
import { readDelimited, readDelimitedBatches } from './readers/delimitedReader';
import type { RawRecord, RowIssue } from './readers/tableTypes';
import { listSheets, readXlsx } from './readers/xlsxReader';
import Papa from 'papaparse';
import { detectDelimiter } from './sniff/delimiter';
import { detectPreamble, MAX_PREAMBLE_ROWS } from './sniff/preamble';
import { bomEncoding, detectFileEncoding } from './sniff/encoding';

/** A table file opened for reading: how it was read, and its records as a stream. */
export interface OpenedTable {
  readonly fileName: string;
  readonly container: 'csv' | 'xlsx';
  readonly encoding?: TextEncoding;
  readonly encodingReason?: string;
  readonly delimiter?: Delimiter;
  readonly sheets?: readonly string[];
  readonly sheet?: string;
  readonly totalBytes: number;
  /** The rows left out above the header (titles, notes), once reading has begun: detected, or as many as asked. */
  skippedAbove(): readonly (readonly string[])[];
  /** Bytes read so far (text files), for progress. */
  bytesRead(): number;
  /** The records in batches (the fast path for whole-file reads). */
  batches(): AsyncGenerator<RawRecord[]>;
  /** The records one by one (for reading a table's head). */
  records(): AsyncGenerator<RawRecord>;
}

const XLSX_BATCH = 1000;

/** Groups single records into batches (the XLSX reader streams them one by one). */
async function* inBatches(records: AsyncIterable<RawRecord>, size: number): AsyncGenerator<RawRecord[]> {
  let batch: RawRecord[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const HEAD_BYTES = 256 * 1024;

function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Decodes the first bytes of a text file, for delimiter sniffing. */
async function decodedHead(head: Buffer, encoding: TextEncoding, fileName: string): Promise<string> {
  async function* one() {
    yield head;
  }
  let text = '';
  try {
    for await (const part of decodeText(one(), encoding, fileName)) text += part;
  } catch {
    // A head cut inside a character: the sniffer only needs most of it.
  }
  return text;
}

/** The rows above the header in the head of a text file (blank lines are not rows: the reader skips them too). */
function preambleOf(headText: string, delimiter: Delimiter): number {
  const rows = Papa.parse<string[]>(headText, { delimiter, quoteChar: '"', preview: MAX_PREAMBLE_ROWS + 4 }).data.filter((row) => !(row.length === 1 && row[0] === ''));
  return detectPreamble(rows);
}

/**
 * Opens a survey export of any supported container: XLSX by its zip
 * signature, otherwise delimited text with its encoding and delimiter
 * detected from the bytes (each can be overridden).
 */
export async function openTable(
  path: string,
  options: Pick<ImportOptions, 'encoding' | 'delimiter' | 'sheet' | 'skipBadRows' | 'skipRows'> & { onSkip?: (issue: RowIssue) => void; signal?: AbortSignal },
): Promise<OpenedTable> {
  const fileName = basename(path);
  let totalBytes: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AppError('BAD_INPUT', `"${fileName}" is not a file.`);
    totalBytes = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', `Cannot read "${path}".`, { detail: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'The file does not exist.' : String(error) });
  }
  if (totalBytes === 0) throw new AppError('BAD_INPUT', `"${fileName}" is empty.`, { detail: 'Export the responses again from the survey tool.' });
  const head = readHead(path, Math.min(HEAD_BYTES, totalBytes));
  const isZip = head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05 || head[2] === 0x07);
  let skippedAbove: readonly (readonly string[])[] = [];
  const base = {
    fileName,
    totalBytes,
    ...(options.signal ? { signal: options.signal } : {}),
    skipBadRows: Boolean(options.skipBadRows),
    ...(options.onSkip ? { onSkip: options.onSkip } : {}),
    onAboveHeader: (rows: readonly (readonly string[])[]) => (skippedAbove = rows),
  };
  const reading = { fileName, totalBytes, skippedAbove: () => skippedAbove };

  if (isZip || extname(path).toLowerCase() === '.xlsx') {
    const sheets = await listSheets(path, fileName);
    const sheet = options.sheet ?? sheets[0];
    const xlsxOptions = { ...base, ...(sheet ? { sheet } : {}), ...(options.skipRows !== undefined ? { skipRows: options.skipRows } : {}) };
    return {
      ...reading,
      container: 'xlsx',
      sheets,
      ...(sheet ? { sheet } : {}),
      bytesRead: () => 0,
      batches: () => inBatches(readXlsx(path, xlsxOptions), XLSX_BATCH),
      records: () => readXlsx(path, xlsxOptions),
    };
  }

  let encoding = options.encoding;
  let encodingReason = 'chosen by you';
  if (!encoding) {
    const guess = await detectFileEncoding(path);
    encoding = guess.encoding;
    encodingReason = guess.reason;
  } else if (bomEncoding(head) && bomEncoding(head) !== encoding) {
    encodingReason = `chosen by you (the file's byte-order mark says ${bomEncoding(head)})`;
  }
  const headText = await decodedHead(head, encoding, fileName);
  const delimiter = options.delimiter ?? detectDelimiter(headText).delimiter;
  let stream: ReturnType<typeof createReadStream> | undefined;
  const open = () => (stream = createReadStream(path, { highWaterMark: 1 << 20 }));
  const readOptions = { ...base, encoding, delimiter, skipRows: options.skipRows ?? preambleOf(headText, delimiter) };
  return {
    ...reading,
    container: 'csv',
    encoding,
    encodingReason,
    delimiter,
    bytesRead: () => stream?.bytesRead ?? 0,
    batches: () => readDelimitedBatches(open(), readOptions),
    records: () => readDelimited(open(), readOptions),
  };
}
