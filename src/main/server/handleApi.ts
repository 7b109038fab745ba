import type { IncomingMessage, ServerResponse } from 'node:http';
import { isMethodName } from '../../shared/api';
import { AppError, serializeError } from '../../shared/errors';
import type { HostedServices } from './hostedServices';
import { isJsonContentType, readJsonBody } from './readJsonBody';
import { sendError, sendJson, sendRefusal } from './sendJson';

/** The HTTP status for an error thrown by the services. */
export function statusForError(error: unknown): number {
  if (!(error instanceof AppError) || !error.expected) return 500;
  return error.code === 'UNKNOWN_METHOD' ? 404 : 400;
}

/** `POST /api/<method>`: JSON in, `{ ok, result }` or `{ ok: false, error }` out. */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  services: HostedServices,
  maxBodyBytes: number,
): Promise<void> {
  if (req.method !== 'POST') {
    sendRefusal(res, 405, 'BAD_INPUT', 'Use POST for API calls', { Allow: 'POST' });
    return;
  }
  if (!isMethodName(method)) {
    sendRefusal(res, 404, 'UNKNOWN_METHOD', `Unknown method: ${method.slice(0, 100)}`);
    return;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    sendRefusal(res, 415, 'BAD_INPUT', 'The request body must be application/json');
    return;
  }
  const body = await readJsonBody(req, maxBodyBytes);
  if (body.kind === 'aborted') {
    res.destroy();
    return;
  }
  if (body.kind === 'too-large') {
    // Stop reading: answer, then close the connection instead of draining the rest.
    res.on('finish', () => req.destroy());
    sendRefusal(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes`, { Connection: 'close' });
    return;
  }
  if (body.kind === 'bad-json') {
    sendError(res, 400, new AppError('BAD_INPUT', 'The request body is not valid JSON', { detail: body.message }).toData());
    return;
  }
  try {
    const result = await services.invoke(method, body.value);
    sendJson(res, 200, { ok: true, result });
  } catch (error) {
    const status = statusForError(error);
    if (status === 500) console.error(`[loupe] ${method} failed`, error instanceof Error ? error.stack : error);
    sendError(res, status, serializeError(error));
  }
}
