import type { EventName, EventPayloads, MethodName, Transport } from '../../../shared/api';
import { AppError, deserializeError } from '../../../shared/errors';
import { createSharedEventStream } from './createSharedEventStream';

export interface HttpTransportOptions {
  /** Where the web host is; '' (same origin, the browser case) by default. */
  readonly baseUrl?: string;
  /** Sent as `Authorization: Bearer`; in the browser the session cookie is used instead. */
  readonly token?: string;
  readonly fetch?: typeof fetch;
}

export interface HttpTransport extends Transport {
  /** Closes the event stream (tests and scripts; the browser keeps it for the page's life). */
  close(): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** LoupeApi over the web host: `POST /api/<method>` and one shared `GET /api/events` stream. */
export function createHttpTransport(options: HttpTransportOptions = {}): HttpTransport {
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const auth: Record<string, string> = options.token === undefined ? {} : { Authorization: `Bearer ${options.token}` };
  const events = createSharedEventStream({ url: `${base}/api/events`, headers: auth, fetch: fetchImpl });

  const invoke = async (method: MethodName, input: unknown): Promise<unknown> => {
    // Events caused by this call must reach subscribers that were registered before it.
    await events.whenConnected(3_000);
    let response: Response;
    try {
      response = await fetchImpl(`${base}/api/${method}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify(input === undefined ? null : input),
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new AppError('INTERNAL', 'Cannot reach the Loupe host', {
        detail: error instanceof Error ? error.message : String(error),
        expected: false,
        cause: error,
      });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new AppError('INTERNAL', `Unexpected response from the Loupe host (HTTP ${response.status})`, { expected: false });
    }
    if (isRecord(body) && body.ok === true) return body.result;
    if (isRecord(body) && body.ok === false) throw deserializeError(body.error);
    throw new AppError('INTERNAL', `Malformed response from the Loupe host (HTTP ${response.status})`, { expected: false });
  };

  return {
    invoke,
    subscribe<E extends EventName>(event: E, handler: (payload: EventPayloads[E]) => void) {
      return events.subscribe(event, (payload) => handler(payload as EventPayloads[E]));
    },
    close: () => events.close(),
  };
}
