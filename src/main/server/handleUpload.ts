import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sendJson, sendRefusal } from './sendJson';
import { safeUploadName } from './uploadName';

/** 2 GiB: the largest file the browser may hand over for import. */
export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export interface UploadResult {
  /** Where the file now is, for imports.inspect and jobs.start. */
  readonly path: string;
  readonly name: string;
  readonly size: number;
}

class TooLarge extends Error {}

/** "2 GiB", "1.5 MiB", "4096 bytes". */
function sizeLabel(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

function isOctetStream(header: string | undefined): boolean {
  return header?.split(';')[0]?.trim().toLowerCase() === 'application/octet-stream';
}

/** Ends the exchange without reading the rest of the body: answer, then close the connection. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  res.on('finish', () => req.destroy());
  sendRefusal(res, 413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${sizeLabel(maxBytes)}, the most a browser can hand over to Loupe`, { Connection: 'close' });
}

/**
 * `POST /api/upload?name=<file name>`: the browser's way to hand a dropped file to the core,
 * which reads files by path. The raw body (application/octet-stream) is streamed to
 * `<uploadDir>/<random>/<safe name>`, counted as it arrives and cut off past `maxBytes` (413,
 * nothing left behind). The caller has already checked Host, Origin and the session.
 */
export async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL, uploadDir: string | undefined, maxBytes: number): Promise<void> {
  if (req.method !== 'POST') return sendRefusal(res, 405, 'BAD_INPUT', 'Use POST to upload a file', { Allow: 'POST' });
  if (uploadDir === undefined) return sendRefusal(res, 404, 'NOT_FOUND', 'This host does not take uploads');
  if (!isOctetStream(req.headers['content-type'])) return sendRefusal(res, 415, 'BAD_INPUT', 'Upload the file as application/octet-stream');
  const name = url.searchParams.get('name');
  if (name === null || name.trim() === '') return sendRefusal(res, 400, 'BAD_INPUT', 'Say the file name: /api/upload?name=<file name>');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return refuseTooLarge(req, res, maxBytes);

  const folder = join(uploadDir, randomBytes(16).toString('hex'));
  const path = join(folder, safeUploadName(name));
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > maxBytes ? new TooLarge() : null, chunk);
    },
  });
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await pipeline(req, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    if (error instanceof TooLarge) return refuseTooLarge(req, res, maxBytes);
    // The browser went away mid-upload: nobody is left to answer.
    if (req.destroyed || req.readableAborted) return void res.destroy();
    throw error;
  }
  const result: UploadResult = { path, name: safeUploadName(name), size };
  sendJson(res, 200, { ok: true, result });
}
