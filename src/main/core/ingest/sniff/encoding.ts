import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';

import type { TextEncoding } from '../../../../shared/imports';

export type { TextEncoding };

export interface EncodingGuess {
  readonly encoding: TextEncoding;
  /** The file starts with a byte-order mark for that encoding (stripped when decoding). */
  readonly bom: boolean;
  /** Why this encoding was chosen, in words an analyst can check. */
  readonly reason: string;
}

/** Looks at the first bytes for a byte-order mark. */
export function bomEncoding(head: Uint8Array): TextEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 without a BOM shows as NUL bytes in every other position of ASCII-heavy text. */
export function nulPatternEncoding(head: Uint8Array): TextEncoding | undefined {
  const n = Math.min(head.length - (head.length % 2), 4096);
  if (n < 16) return undefined; // too little text to tell
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul += 1;
    if (head[i + 1] === 0) oddNul += 1;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decides a file's text encoding from its bytes: a BOM wins; then UTF-16's NUL
 * pattern; then UTF-8 if EVERY byte of the file is valid UTF-8 (so a Windows-1252
 * "é" deep in the file is never mangled into U+FFFD); otherwise Windows-1252,
 * which is what Excel's "CSV (Comma delimited)" writes.
 */
export async function detectFileEncoding(path: string): Promise<EncodingGuess> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let head: Buffer | undefined;
  let carry = Buffer.alloc(0);
  let valid = true;
  let offset = 0;
  let invalidAt = -1;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (!head) {
      head = chunk.subarray(0, 4096);
      const bom = bomEncoding(head);
      if (bom) {
        stream.destroy();
        return { encoding: bom, bom: true, reason: `the file starts with a ${bom.toUpperCase()} byte-order mark` };
      }
      const utf16 = nulPatternEncoding(head);
      if (utf16) {
        stream.destroy();
        return { encoding: utf16, bom: false, reason: `every other byte is zero, as in ${utf16.toUpperCase()} text without a byte-order mark` };
      }
    }
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const cut = completeUtf8Length(data);
    if (!isUtf8(data.subarray(0, cut))) {
      valid = false;
      invalidAt = offset + firstInvalidUtf8(data.subarray(0, cut));
      stream.destroy();
      break;
    }
    carry = Buffer.from(data.subarray(cut));
    offset += cut;
  }
  if (valid && carry.length > 0) {
    valid = false;
    invalidAt = offset;
  }
  if (valid) return { encoding: 'utf-8', bom: false, reason: 'every byte is valid UTF-8' };
  return {
    encoding: 'windows-1252',
    bom: false,
    reason: `byte ${invalidAt} is not valid UTF-8, so the file was read as Windows-1252 (Excel's "CSV (Comma delimited)")`,
  };
}

/** Length of `data` without a trailing, incomplete UTF-8 sequence (which the next chunk completes). */
export function completeUtf8Length(data: Uint8Array): number {
  const n = data.length;
  for (let back = 1; back <= Math.min(3, n); back += 1) {
    const byte = data[n - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? n - back : n;
  }
  return n;
}

/** Byte offset of the first invalid UTF-8 sequence (for the message; the decision itself uses isUtf8). */
function firstInvalidUtf8(data: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(data);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? 0 : Buffer.byteLength(text.slice(0, at), 'utf8');
}
