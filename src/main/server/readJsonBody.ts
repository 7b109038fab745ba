import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { readonly kind: 'ok'; readonly value: unknown }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'bad-json'; readonly message: string }
  | { readonly kind: 'aborted' };

/** True for `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type] = header.split(';');
  return type?.trim().toLowerCase() === 'application/json';
}

/**
 * Reads and parses a JSON body, counting bytes as they stream in. Past `maxBytes` it stops
 * reading at once (the caller answers 413 and closes the connection); a declared
 * Content-Length over the cap is refused before a single byte is read.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.pause();
    return Promise.resolve({ kind: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        finish({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        finish({ kind: 'ok', value: JSON.parse(text) as unknown });
      } catch (error) {
        finish({ kind: 'bad-json', message: error instanceof Error ? error.message : String(error) });
      }
    };
    const onAbort = () => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}
