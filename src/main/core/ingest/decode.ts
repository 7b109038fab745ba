import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';
import type { TextEncoding } from './sniff/encoding';

/**
 * Decodes a byte stream as `encoding`, dropping a leading BOM. UTF-8 is
 * decoded strictly: an invalid byte is an error naming its position, never a
 * silent U+FFFD (choose Windows-1252 for such files).
 */
export async function* decodeText(bytes: AsyncIterable<Uint8Array>, encoding: TextEncoding, fileName: string): AsyncGenerator<string> {
  let offset = 0;
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    for await (const chunk of bytes) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        if (text) yield text;
      } catch {
        throw new AppError('BAD_INPUT', `"${fileName}" is not valid UTF-8 near byte ${offset}.`, {
          detail: 'Choose the Windows-1252 encoding for files saved by Excel as "CSV (Comma delimited)", and import again.',
        });
      }
      offset += chunk.length;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
    return;
  }
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  for await (const chunk of bytes) {
    const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
