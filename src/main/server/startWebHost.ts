import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostedServices } from './hostedServices';
import { openEventStream, type EventStream } from './eventStream';
import { handleApiCall } from './handleApi';
import { DEFAULT_MAX_UPLOAD_BYTES, handleUpload } from './handleUpload';
import { isAllowedHost, isAllowedOrigin, isAuthenticated } from './requestGuards';
import { applySecurityHeaders } from './securityHeaders';
import { sendRefusal } from './sendJson';
import { createStaticHandler } from './serveStatic';
import { createSecret, isStrongToken, secretsEqual, sessionCookieHeader } from './sessionToken';

export interface WebHostOptions {
  /** Only `invoke` and `events` are used; closing the services stays with their owner. */
  readonly services: HostedServices;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The launch token; a fresh 256-bit one when absent. At least 128 bits if given. */
  readonly token?: string;
  /** Cap on an API request body; 1 MiB by default. */
  readonly maxBodyBytes?: number;
  /** Interval of SSE keep-alive comments; 15 s by default. */
  readonly keepAliveMs?: number;
  /** Where `POST /api/upload` puts the files a browser hands over; uploads are refused (404) without it. */
  readonly uploadDir?: string;
  /** Cap on one uploaded file; 2 GiB by default. */
  readonly maxUploadBytes?: number;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT/?token=...`: opening it logs the browser in. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  /** Stops listening and ends every open connection. The services stay open: their owner closes them. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 1024 * 1024;

/** Serves the renderer and the LoupeApi on 127.0.0.1 only, behind a per-run token. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? createSecret();
  if (!isStrongToken(token)) throw new Error('The web host token must be at least 22 base64url characters (128 bits)');
  const sessionSecret = createSecret();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const keepAliveMs = options.keepAliveMs ?? 15_000;
  const serveStatic = await createStaticHandler(options.rendererDir);
  const streams = new Set<EventStream>();
  let port = 0;

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    applySecurityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    if (!isAllowedHost(req, port)) return sendRefusal(res, 403, 'FORBIDDEN', 'Unexpected Host header');
    if (!isAllowedOrigin(req, port, isApi)) return sendRefusal(res, 403, 'FORBIDDEN', 'Cross-origin requests are not allowed');
    if (req.method === 'OPTIONS') return sendRefusal(res, 405, 'FORBIDDEN', 'Cross-origin requests are not allowed', { Allow: 'GET, HEAD, POST' });

    const presented = url.searchParams.get('token');
    if (presented !== null && url.pathname === '/' && req.method === 'GET') {
      if (!secretsEqual(presented, token)) return sendRefusal(res, 401, 'UNAUTHORIZED', 'Wrong token');
      res.writeHead(303, { Location: '/', 'Set-Cookie': sessionCookieHeader(sessionSecret), 'Content-Length': '0' });
      res.end();
      return;
    }
    if (!isAuthenticated(req, token, sessionSecret)) {
      return sendRefusal(res, 401, 'UNAUTHORIZED', 'Open the address printed when Loupe started (it carries the token)');
    }

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendRefusal(res, 405, 'BAD_INPUT', 'Use GET for the event stream', { Allow: 'GET' });
      streams.add(openEventStream(req, res, options.services, keepAliveMs, (stream) => streams.delete(stream)));
      return;
    }
    if (url.pathname === '/api/upload') {
      await handleUpload(req, res, url, options.uploadDir, options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES);
      return;
    }
    if (isApi) {
      const method = url.pathname.slice('/api/'.length);
      await handleApiCall(req, res, method, options.services, maxBodyBytes);
      return;
    }
    await serveStatic(req, res);
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('[loupe] web host request failed', error instanceof Error ? error.stack : error);
      if (!res.headersSent) sendRefusal(res, 500, 'INTERNAL', 'Internal error');
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of [...streams]) stream.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
