import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface RawRequestOptions {
  readonly port: number;
  readonly method?: string;
  readonly path: string;
  /** Sent exactly as given; `host` defaults to 127.0.0.1:PORT. */
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  /** Send the body in chunks without a Content-Length. */
  readonly chunked?: boolean;
}

/** A request over node:http, which (unlike fetch) sends Host, Origin and the path untouched. */
export function rawRequest(options: RawRequestOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${options.port}`, ...options.headers };
    if (options.body !== undefined && !options.chunked) headers['content-length'] = String(Buffer.byteLength(options.body));
    const req = request({ host: '127.0.0.1', port: options.port, method: options.method ?? 'GET', path: options.path, headers, setHost: false });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // Writing may fail once the server refuses the body and closes: the response is what counts.
    req.on('error', (error) => setTimeout(() => reject(error), 200));
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
