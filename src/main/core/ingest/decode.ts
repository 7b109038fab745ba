import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';
import type { TextEncoding } from './sniff/encoding';

/**
 * Decodes a byte stream as `encoding`, dropping a leading BOM. UTF-8 and
 * UTF-16 are decoded strictly: an invalid byte is an error naming its
 * position, never a silent U+FFFD (choose Windows-1252 for such files).
 */
export async function* decodeText(bytes: AsyncIterable<Uint8Array>, encoding: TextEncoding, fileName: string): AsyncGenerator<string> {
  let offset = 0;
  if (encoding !== 'windows-1252') {
    // Node's own decoders are strict and keep surrogate pairs split across chunks intact.
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
    const invalid = () =>
      new AppError('BAD_INPUT', `"${fileName}" is not valid ${encoding.toUpperCase()} near byte ${offset}.`, {
        detail:
          encoding === 'utf-8'
            ? 'Choose the Windows-1252 encoding for files saved by Excel as "CSV (Comma delimited)", and import again.'
            : 'The file is damaged, or it is not in this encoding: let Loupe detect the encoding, or choose another.',
      });
    for await (const chunk of bytes) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw invalid();
      }
      if (text) yield text;
      offset += chunk.length;
    }
    let rest: string;
    try {
      rest = decoder.decode(); // an incomplete character at the very end is invalid too
    } catch {
      throw invalid();
    }
    if (rest) yield rest;
    return;
  }
  // Windows-1252 through iconv-lite: Node's TextDecoder reads that label as Latin-1 (0x80-0x9F wrong).
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  for await (const chunk of bytes) {
    const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
