import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../../../../src/main/core/ingest/readers/delimitedReader';
import type { RawRecord, RowIssue } from '../../../../../src/main/core/ingest/readers/tableTypes';
import type { Delimiter } from '../../../../../src/main/core/ingest/sniff/delimiter';

async function* chunks(text: string | Buffer, size = 5): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(text: string | Buffer, delimiter: Delimiter = ',', skipBadRows = false) {
  const records: RawRecord[] = [];
  const skipped: RowIssue[] = [];
  for await (const r of readDelimited(chunks(text), { fileName: 'export.csv', encoding: 'utf-8', delimiter, skipBadRows, onSkip: (i) => skipped.push(i) })) {
    records.push(r);
  }
  return { records, skipped };
}

describe('readDelimited', () => {
  it('reads quoted delimiters, doubled quotes and LF and CRLF breaks inside comments, with start lines', async () => {
    const { records } = await read('id,comment\r\n1,"a, b ""c"""\r\n2,"line one\nline two\r\nline three\nend"\r\n3,plain\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['id', 'comment'] },
      { line: 2, fields: ['1', 'a, b "c"'] },
      { line: 3, fields: ['2', 'line one\nline two\r\nline three\nend'] },
      { line: 7, fields: ['3', 'plain'] },
    ]);
  });

  it('names the line where an unclosed quote starts', async () => {
    await expect(read('id,comment\n1,ok\n2,"never closed\n3,x\n4,y\n')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/"export\.csv" cannot be read at line 3.*never closed/),
    });
  });

  it('names the line and field count of a ragged row, or skips it on request', async () => {
    await expect(read('a,b,c\n1,2,3\n4,5\n6,7,8\n')).rejects.toMatchObject({ message: expect.stringMatching(/line 3.*2 fields where the header has 3/) });
    const { records, skipped } = await read('a,b,c\n1,2,3\n4,5\n6,7,8\n', ',', true);
    expect(records.map((r) => r.fields[0])).toEqual(['a', '1', '6']);
    expect(skipped).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/2 fields/) })]);
    expect(records[2]?.line).toBe(4);
  });

  it('refuses NUL bytes with their line and column', async () => {
    await expect(read('a,b\n1,2\n3,x\u0000y\n')).rejects.toMatchObject({ message: expect.stringMatching(/NUL byte at line 3, column 4/) });
  });

  it('refuses a single enormous line quickly', async () => {
    await expect(read(`a,b\n1,${'x'.repeat(1_200_000)}\n`)).rejects.toMatchObject({ message: expect.stringMatching(/line 2.*longer than 1,000,000 characters/) });
  });

  it('reads semicolon, tab and pipe files', async () => {
    expect((await read('a;b\n1;"x;y"\n', ';')).records[1]?.fields).toEqual(['1', 'x;y']);
    expect((await read('a\tb\n1\tx y\n', '\t')).records[1]?.fields).toEqual(['1', 'x y']);
    expect((await read('a|b\n1|x,y\n', '|')).records[1]?.fields).toEqual(['1', 'x,y']);
  });
});
