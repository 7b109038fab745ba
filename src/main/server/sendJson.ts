import type { ServerResponse } from 'node:http';
import { AppError, type AppErrorData, type ErrorCode } from '../../shared/errors';

export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, error: AppErrorData, extraHeaders?: Record<string, string>): void {
  sendJson(res, status, { ok: false, error }, extraHeaders);
}

/** Shorthand for the host's own refusals (401, 403, 404, 405, 413, 415). */
export function sendRefusal(res: ServerResponse, status: number, code: ErrorCode, message: string, extraHeaders?: Record<string, string>): void {
  sendError(res, status, new AppError(code, message).toData(), extraHeaders);
}
