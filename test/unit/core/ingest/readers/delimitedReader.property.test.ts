import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../src/shared/errors';
import { createProjectDatabase } from '../../../../../src/main/core/db/connection';
import { runImport } from '../../../../../src/main/core/ingest/runImport';
import { readDelimited } from '../../../../../src/main/core/ingest/readers/delimitedReader';
import type { Delimiter, TextEncoding } from '../../../../../src/shared/imports';
import { useTempDirs } from '../../../../support/tempDir';

const tempDir = useTempDirs();

/** Field text with the characters that make CSV hard: delimiters, quotes, line breaks, non-ASCII. */
const field = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'Z', '0', '9', ' ', 'é', 'ß', '😀', '–', '€', 'ж') },
    { weight: 2, arbitrary: fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r\n', "'") },
  ),
  maxLength: 30,
});

/** A rectangular table; a one-column row may not be blank (a blank line is not a record). */
const table = fc.integer({ min: 1, max: 6 }).chain((columns) =>
  fc.array(
    fc.array(field, { minLength: columns, maxLength: columns }).filter((row) => columns > 1 || row[0]!.trim() !== ''),
    { minLength: 1, maxLength: 12 },
  ),
);

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(bytes: Buffer, delimiter: Delimiter, encoding: TextEncoding, chunkSize: number): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const r of readDelimited(chunks(bytes, chunkSize), { fileName: 't.csv', delimiter, encoding })) rows.push([...r.fields]);
  return rows;
}

describe('delimited reader, property-based', () => {
  it('reads back exactly what a standard CSV writer wrote, for every delimiter, line ending and encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom<TextEncoding>('utf-8', 'utf-16le', 'utf-16be'),
        fc.integer({ min: 1, max: 64 }),
        async (rows, delimiter, recordDelimiter, encoding, chunkSize) => {
          // Like RFC 4180 writers (Excel, Python), any field with a line break is quoted.
          const text = stringify(rows, { delimiter, record_delimiter: recordDelimiter === "\n" ? "unix" : "windows", quoted_match: /[\r\n]/ });
          const bytes = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding, { addBOM: true });
          expect(await readAll(bytes, delimiter, encoding, chunkSize)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random corruption of an export gives a typed error or an import, and a failed import commits nothing', async () => {
    const dir = tempDir();
    const lines = ['Response ID,Score,Comment,Region'];
    for (let i = 0; i < 40; i += 1) lines.push(`R${i},${i % 11},"Comment ${i}, with ""quotes""\nand a second line",${['EMEA', 'APAC'][i % 2]}`);
    const good = Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            at: fc.nat({ max: good.length - 1 }),
            op: fc.constantFrom('replace', 'delete', 'insert', 'truncate'),
            byte: fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x00, 0xff, 0xc3, 0x41),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (edits) => {
          let bytes = Buffer.from(good);
          for (const e of edits) {
            const at = Math.min(e.at, Math.max(0, bytes.length - 1));
            if (e.op === 'replace') bytes[at] = e.byte;
            else if (e.op === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
            else if (e.op === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([e.byte]), bytes.subarray(at)]);
            else bytes = bytes.subarray(0, at);
          }
          run += 1;
          const file = join(dir, `corrupt-${run}.csv`);
          writeFileSync(file, bytes);
          const db = await createProjectDatabase(join(dir, `p-${run}.loupe`));
          try {
            await runImport(db, { path: file });
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect((error as AppError).expected).toBe(true);
            expect(db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(0);
            expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
          } finally {
            expect(db.inTransaction).toBe(false);
            db.close();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
