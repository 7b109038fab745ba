import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../src/main/core/ingest/decode';
import { detectDelimiter, fieldCounts } from '../../../../../src/main/core/ingest/sniff/delimiter';
import { completeUtf8Length, detectFileEncoding, type TextEncoding } from '../../../../../src/main/core/ingest/sniff/encoding';
import { useTempDirs } from '../../../../support/tempDir';

const tempDir = useTempDirs();
const TEXT = 'Response ID,Comment\nR1,"Café déjà vu – “smart” quotes 😀"\nR2,Ñandú\n';

function write(bytes: Buffer): string {
  const path = join(tempDir(), 'f.csv');
  writeFileSync(path, bytes);
  return path;
}

async function decodeAll(bytes: Buffer, encoding: TextEncoding): Promise<string> {
  let out = '';
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7); // split inside multi-byte sequences on purpose
  }
  for await (const text of decodeText(chunks(), encoding, 'f.csv')) out += text;
  return out;
}

describe('encoding detection and decoding', () => {
  const cases: [string, Buffer, TextEncoding, boolean][] = [
    ['UTF-8 without BOM', Buffer.from(TEXT, 'utf8'), 'utf-8', false],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8', true],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le', true],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), 'utf-16be', true],
    ['UTF-16LE without BOM', Buffer.from(TEXT, 'utf16le'), 'utf-16le', false],
  ];
  for (const [name, bytes, encoding, bom] of cases) {
    it(`detects and decodes ${name}`, async () => {
      const guess = await detectFileEncoding(write(bytes));
      expect(guess).toMatchObject({ encoding, bom });
      expect(await decodeAll(bytes, guess.encoding)).toBe(TEXT);
    });
  }

  it('reads Windows-1252 (Excel "CSV (Comma delimited)") without U+FFFD, including the 0x80-0x9F range', async () => {
    const text = 'Name,Comment\nRené,“Très bien” – 5€ cheaper\n';
    const bytes = iconv.encode(text, 'windows-1252');
    const guess = await detectFileEncoding(write(bytes));
    expect(guess.encoding).toBe('windows-1252');
    expect(guess.reason).toMatch(/not valid UTF-8/);
    const decoded = await decodeAll(bytes, 'windows-1252');
    expect(decoded).toBe(text);
    expect(decoded).not.toContain('\uFFFD');
  });

  it('finds a Windows-1252 byte far into an otherwise ASCII file', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n' + 'x,y\n'.repeat(600_000)), iconv.encode('é,z\n', 'windows-1252')]);
    expect((await detectFileEncoding(write(bytes))).encoding).toBe('windows-1252');
  });

  it('refuses to decode invalid UTF-8 silently when UTF-8 is forced', async () => {
    await expect(decodeAll(iconv.encode('é,z\n', 'windows-1252'), 'utf-8')).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/not valid UTF-8/) });
  });

  it('keeps an incomplete trailing UTF-8 sequence for the next chunk', () => {
    const euro = Buffer.from('a€', 'utf8'); // 61 e2 82 ac
    expect(completeUtf8Length(euro.subarray(0, 2))).toBe(1);
    expect(completeUtf8Length(euro.subarray(0, 3))).toBe(1);
    expect(completeUtf8Length(euro)).toBe(4);
  });
});

describe('delimiter detection', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n4,"5,5",6\n'],
    [';', 'id;score;comment\n1;9;"good, fast"\n2;3;slow, rude\n'],
    ['\t', 'id\tscore\tcomment\n1\t9\tgood; fast\n'],
    ['|', 'id|score|comment\n1|9|a, b; c\n2|4|x\n'],
  ])('detects %j', (delimiter, sample) => {
    expect(detectDelimiter(sample).delimiter).toBe(delimiter);
  });

  it('counts fields across quoted newlines and doubled quotes', () => {
    expect(fieldCounts('a,b\r\n"x\r\ny, ""z""",2\r\n3,4', ',')).toEqual([2, 2, 2]);
  });
});
