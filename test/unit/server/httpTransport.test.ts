import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost } from '../../../src/main/server/startWebHost';
import { createHttpTransport, type HttpTransport } from '../../../src/renderer/src/platform/httpTransport';
import { createServerSentEventParser, type ServerSentEvent } from '../../../src/renderer/src/platform/createServerSentEventParser';
import { createApiClient } from '../../../src/shared/api';
import { AppError } from '../../../src/shared/errors';
import type { JobInfo } from '../../../src/shared/model';
import { startTestHost, type TestHost } from './helpers/startTestHost';

const job = { id: 'j1', kind: 'sample.create', title: 't', state: 'running', done: 1, total: 2, message: 'm', startedAt: 'now' } as JobInfo;

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** How many EventBus subscriptions the host holds for one event: one per open SSE stream. */
function busHandlers(t: TestHost): number {
  return (t.fake.events as unknown as { handlers: Map<string, Set<unknown>> }).handlers.get('onJobProgress')?.size ?? 0;
}

describe('server-sent event parser', () => {
  it('parses events split at any point, CRLF or LF, multi-line data, ignoring comments', () => {
    const text = ': hello\r\nretry: 10\r\nevent: a\r\ndata: {"x":1}\r\n\r\nevent: b\ndata: line1\ndata: line2\n\ndata: plain\n\n: keep-alive\n\n';
    for (const size of [1, 2, 3, 7, text.length]) {
      const seen: ServerSentEvent[] = [];
      const parser = createServerSentEventParser((event) => seen.push(event));
      for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
      expect(seen, `chunk ${size}`).toEqual([
        { event: 'a', data: '{"x":1}' },
        { event: 'b', data: 'line1\nline2' },
        { event: 'message', data: 'plain' },
      ]);
    }
  });
});

describe('HTTP transport', () => {
  let t: TestHost | undefined;
  let transport: HttpTransport | undefined;
  afterEach(async () => {
    transport?.close();
    await t?.close();
    t = undefined;
    transport = undefined;
  });

  it('calls methods with the Bearer token and rebuilds AppErrors', async () => {
    t = await startTestHost();
    transport = createHttpTransport({ baseUrl: `${t.host.origin}/`, token: t.host.token });
    const client = createApiClient(transport);
    expect(await client.api.projects.create({ path: '/a.loupe' })).toEqual({ method: 'projects.create', input: { path: '/a.loupe' } });
    const error = await client.api.projects.open({ path: '/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'PROJECT_NOT_FOUND', detail: '/nowhere.loupe', expected: true });
  });

  it('reports a wrong token as UNAUTHORIZED and an unreachable host as INTERNAL', async () => {
    t = await startTestHost();
    const wrong = createHttpTransport({ baseUrl: t.host.origin, token: 'A'.repeat(43) });
    await expect(wrong.invoke('app.info', {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    wrong.close();
    const nowhere = createHttpTransport({ baseUrl: 'http://127.0.0.1:1', token: t.host.token });
    await expect(nowhere.invoke('app.info', {})).rejects.toMatchObject({ code: 'INTERNAL', expected: false });
    nowhere.close();
  });

  it('shares one event stream between subscribers, fans events out, and closes it with the last one', async () => {
    t = await startTestHost();
    transport = createHttpTransport({ baseUrl: t.host.origin, token: t.host.token });
    const a: unknown[] = [];
    const b: unknown[] = [];
    const offA = transport.subscribe('onJobProgress', (p) => a.push(p));
    const offB = transport.subscribe('onJobProgress', (p) => b.push(p));
    const offC = transport.subscribe('onProjectChanged', () => {});
    // A call made after subscribing waits for the stream, so its events cannot be missed.
    await transport.invoke('app.info', {});
    expect(busHandlers(t)).toBe(1);
    t.fake.events.emit('onJobProgress', job);
    await until(() => a.length === 1 && b.length === 1);
    expect(a).toEqual([job]);
    offA();
    t.fake.events.emit('onJobProgress', job);
    await until(() => b.length === 2);
    expect(a).toHaveLength(1);
    offB();
    offC();
    const host = t;
    await until(() => busHandlers(host) === 0);
  });

  it('reconnects after the host goes away and comes back', async () => {
    t = await startTestHost();
    const { token, port } = t.host;
    transport = createHttpTransport({ baseUrl: t.host.origin, token });
    const seen: unknown[] = [];
    transport.subscribe('onJobProgress', (p) => seen.push(p));
    await transport.invoke('app.info', {});
    await t.host.close();
    const second = await startWebHost({ services: t.fake.services, rendererDir: __dirname, port, token });
    try {
      const host = t;
      await until(() => busHandlers(host) === 1);
      t.fake.events.emit('onJobProgress', job);
      await until(() => seen.length === 1);
    } finally {
      transport.close();
      await second.close();
    }
  });
});
