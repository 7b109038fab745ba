import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawRequest } from './helpers/rawRequest';
import { startTestHost, type TestHost } from './helpers/startTestHost';

const MAX_BODY = 4096;

/** POST /api/<method>: content type, body cap, unknown methods, result and error envelopes. */
describe('web host API', () => {
  let t: TestHost;
  let port: number;
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    rawRequest({ port, method: 'POST', path, headers: { ...t.auth, 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    t = await startTestHost({ maxBodyBytes: MAX_BODY });
    port = t.host.port;
  });
  beforeEach(() => {
    t.fake.calls.length = 0;
  });
  afterAll(() => t.close());

  it('passes the parsed body to services.invoke and wraps the result', async () => {
    const res = await post('/api/projects.create', JSON.stringify({ path: '/tmp/a.loupe', name: 'Ä' }), { 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({ ok: true, result: { method: 'projects.create', input: { path: '/tmp/a.loupe', name: 'Ä' } } });
    expect(t.fake.calls).toEqual([{ method: 'projects.create', input: { path: '/tmp/a.loupe', name: 'Ä' } }]);
  });

  it('answers an expected AppError with 400 and its data', async () => {
    const res = await post('/api/projects.open', JSON.stringify({ path: '/nowhere.loupe' }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: { code: 'PROJECT_NOT_FOUND', message: 'No such project', detail: '/nowhere.loupe', expected: true },
    });
  });

  it('answers an unexpected error with 500 INTERNAL, expected false', async () => {
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const res = await post('/api/jobs.get', JSON.stringify({ id: 'x' }));
      expect(res.status).toBe(500);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INTERNAL', expected: false } });
      expect(JSON.stringify(logged)).toContain('boom');
    } finally {
      console.error = original;
    }
  });

  it('answers an unknown method with 404 UNKNOWN_METHOD without calling the services', async () => {
    for (const path of ['/api/nope', '/api/projects.drop', '/api/__proto__', '/api/constructor', '/api/', '/api']) {
      const res = await post(path, '{}');
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(t.fake.calls).toEqual([]);
  });

  it('requires application/json (415) and valid JSON (400)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const res = await rawRequest({ port, method: 'POST', path: '/api/app.info', headers: { ...t.auth, 'content-type': type }, body: '{}' });
      expect(res.status, type).toBe(415);
    }
    const noType = await rawRequest({ port, method: 'POST', path: '/api/app.info', headers: t.auth, body: '{}' });
    expect(noType.status).toBe(415);
    const bad = await post('/api/app.info', '{"oops":');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(t.fake.calls).toEqual([]);
  });

  it('refuses GET on an API method', async () => {
    expect((await rawRequest({ port, path: '/api/app.info', headers: t.auth })).status).toBe(405);
  });

  it('refuses a body over the cap with 413 PAYLOAD_TOO_LARGE, declared or streamed, without calling the services', async () => {
    const big = JSON.stringify({ path: 'x'.repeat(MAX_BODY) });
    const declared = await post('/api/projects.create', big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    const streamed = await rawRequest({
      port,
      method: 'POST',
      path: '/api/projects.create',
      headers: { ...t.auth, 'content-type': 'application/json' },
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
    expect(t.fake.calls).toEqual([]);
    const fits = await post('/api/projects.create', JSON.stringify({ path: 'x'.repeat(MAX_BODY - 100) }));
    expect(fits.status).toBe(200);
  });

  it('sets Cache-Control: no-store on API responses', async () => {
    const res = await post('/api/app.info', '{}');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
