import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from './helpers/startTestHost';

/** Opens /api/events and resolves with the text received once `until` matches it. */
function readEventStream(t: TestHost, until: RegExp, onOpen: () => void): Promise<{ status: number; contentType?: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.host.port, path: '/api/events', headers: t.auth });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const first = text.length === 0;
        text += chunk;
        if (first) onOpen();
        if (until.test(text)) {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], text });
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web host event stream', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost({ keepAliveMs: 50 });
  });
  afterAll(() => t.close());

  it('streams EventBus events as SSE, with keep-alive comments', async () => {
    const payload = { project: undefined };
    const received = await readEventStream(t, /event: onProjectChanged\ndata: .*\n\n[\s\S]*: keep-alive/, () => {
      t.fake.events.emit('onProjectChanged', payload);
    });
    expect(received.status).toBe(200);
    expect(received.contentType).toMatch(/^text\/event-stream/);
    expect(received.text).toContain('event: onProjectChanged\ndata: {}\n\n');
  });

  it('unsubscribes from the EventBus when the client goes away', async () => {
    const handlers = () => (t.fake.events as unknown as { handlers: Map<string, Set<unknown>> }).handlers.get('onJobProgress')?.size ?? 0;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
    await settle();
    const before = handlers();
    let during = -1;
    await readEventStream(t, /connected/, () => {
      during = handlers();
    });
    await settle();
    expect(during).toBe(before + 1);
    expect(handlers()).toBe(before);
  });

  it('needs authentication', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: t.host.port, path: '/api/events' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(401);
  });
});
