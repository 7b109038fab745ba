import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENT_NAMES } from '../../shared/api';
import type { HostedServices } from './hostedServices';

/** One open `GET /api/events` stream; `close` ends it from the server side. */
export interface EventStream {
  close(): void;
}

/** Encodes one Server-Sent Event. JSON.stringify never emits a raw newline, so one data line suffices. */
export function formatSseEvent(event: string, payload: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(payload) ?? 'null'}\n\n`;
}

/**
 * Streams every EventBus event to the client. The client is subscribed before the first byte
 * is written, so any event emitted after the response starts is delivered.
 */
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  services: HostedServices,
  keepAliveMs: number,
  onClosed: (stream: EventStream) => void,
): EventStream {
  const unsubscribers = EVENT_NAMES.map((name) =>
    services.events.subscribe(name, (payload) => {
      if (!res.writableEnded) res.write(formatSseEvent(name, payload));
    }),
  );
  const timer = setInterval(() => {
    if (!res.writableEnded) res.write(': keep-alive\n\n');
  }, keepAliveMs);
  timer.unref();
  let closed = false;
  const stream: EventStream = {
    close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      for (const unsubscribe of unsubscribers) unsubscribe();
      if (!res.writableEnded) res.end();
      onClosed(stream);
    },
  };
  req.on('close', () => stream.close());
  res.on('close', () => stream.close());
  req.socket.setNoDelay(true);
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write(': connected\nretry: 2000\n\n');
  return stream;
}
