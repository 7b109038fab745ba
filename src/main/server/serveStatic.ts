import { open, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { mimeTypeFor } from './mimeTypes';
import { sendRefusal } from './sendJson';

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The file a request path names inside `root`, or undefined when the path is malformed,
 * names a dot-file, or would leave the root. `root` must already be a real path.
 */
export function resolveInside(root: string, rawPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment.startsWith('.') || segment.includes(':'))) return undefined;
  const relative = segments.length === 0 ? ['index.html'] : segments;
  const candidate = resolve(root, ...relative);
  return isInside(root, candidate) ? candidate : undefined;
}

function isInside(root: string, candidate: string): boolean {
  return candidate.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Serves the built renderer from `rendererDir`; never anything outside it, symlinks included. */
export async function createStaticHandler(rendererDir: string): Promise<StaticHandler> {
  const root = await realpath(resolve(rendererDir)).catch((error: unknown) => {
    throw new Error(`The renderer folder "${rendererDir}" does not exist; build it first (npm run build:app).`, { cause: error });
  });
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendRefusal(res, 405, 'BAD_INPUT', 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const candidate = resolveInside(root, rawPath);
    const real = candidate === undefined ? undefined : await realpath(candidate).catch(() => undefined);
    if (real === undefined || !isInside(root, real)) {
      sendRefusal(res, 404, 'NOT_FOUND', 'Not found');
      return;
    }
    const handle = await open(real, 'r').catch(() => undefined);
    if (handle === undefined) {
      sendRefusal(res, 404, 'NOT_FOUND', 'Not found');
      return;
    }
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) {
        sendRefusal(res, 404, 'NOT_FOUND', 'Not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': mimeTypeFor(real), 'Content-Length': String(stats.size) });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      await new Promise<void>((done) => {
        const stream = handle.createReadStream({ autoClose: false });
        stream.on('error', () => {
          res.destroy();
          done();
        });
        stream.on('end', done);
        res.on('close', done);
        stream.pipe(res);
      });
    } finally {
      await handle.close().catch(() => undefined);
    }
  };
}
