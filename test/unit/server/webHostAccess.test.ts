import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './helpers/rawRequest';
import { startTestHost, type TestHost } from './helpers/startTestHost';

/** Who may talk to the web host: token, session cookie, Host and Origin checks, no CORS. */
describe('web host access control', () => {
  let t: TestHost;
  let port: number;
  beforeAll(async () => {
    t = await startTestHost();
    port = t.host.port;
  });
  afterAll(() => t.close());

  it('listens on 127.0.0.1 and hands out a 128-bit+ base64url token in its URL', () => {
    expect(t.host.origin).toBe(`http://127.0.0.1:${port}`);
    expect(t.host.url).toBe(`http://127.0.0.1:${port}/?token=${t.host.token}`);
    expect(t.host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses requests without a token or cookie', async () => {
    for (const path of ['/', '/index.html', '/api/events']) {
      expect((await rawRequest({ port, path })).status).toBe(401);
    }
    const api = await rawRequest({ port, method: 'POST', path: '/api/app.info', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(t.fake.calls).toHaveLength(0);
  });

  it('refuses a wrong token, as a query parameter, a Bearer token or a cookie', async () => {
    const wrong = 'A'.repeat(43);
    expect((await rawRequest({ port, path: `/?token=${wrong}` })).status).toBe(401);
    expect((await rawRequest({ port, path: `/?token=${t.host.token}x` })).status).toBe(401);
    expect((await rawRequest({ port, path: '/', headers: { authorization: `Bearer ${wrong}` } })).status).toBe(401);
    expect((await rawRequest({ port, path: '/', headers: { cookie: `loupe_session=${t.host.token}` } })).status).toBe(401);
    expect((await rawRequest({ port, path: '/', headers: { cookie: `loupe_session=${wrong}` } })).status).toBe(401);
  });

  it('exchanges ?token= for an HttpOnly SameSite=Strict cookie and a redirect that drops the token', async () => {
    const res = await rawRequest({ port, path: `/?token=${t.host.token}` });
    expect([302, 303]).toContain(res.status);
    expect(res.headers.location).toBe('/');
    const setCookie = res.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(/^loupe_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain(t.host.token);
    const cookie = setCookie.split(';')[0] ?? '';
    const page = await rawRequest({ port, path: '/', headers: { cookie: `other=1; ${cookie}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Loupe</title>');
    const api = await rawRequest({ port, method: 'POST', path: '/api/app.info', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(200);
  });

  it('accepts the token as a Bearer header', async () => {
    expect((await rawRequest({ port, path: '/', headers: t.auth })).status).toBe(200);
  });

  it('refuses a foreign or missing Host header (DNS rebinding) even with the token', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `0.0.0.0:${port}`, `[::1]:${port}`]) {
      const res = await rawRequest({ port, path: '/', headers: { ...t.auth, host } });
      expect(res.status, host).toBe(403);
    }
    const exchange = await rawRequest({ port, path: `/?token=${t.host.token}`, headers: { host: `evil.example:${port}` } });
    expect(exchange.status).toBe(403);
    expect(exchange.headers['set-cookie']).toBeUndefined();
  });

  it('accepts Host localhost:PORT', async () => {
    expect((await rawRequest({ port, path: '/', headers: { ...t.auth, host: `localhost:${port}` } })).status).toBe(200);
  });

  it('refuses a foreign Origin and cross-site fetches, accepts its own Origin', async () => {
    const post = (headers: Record<string, string>) =>
      rawRequest({ port, method: 'POST', path: '/api/app.info', headers: { ...t.auth, 'content-type': 'application/json', ...headers }, body: '{}' });
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, 'null']) {
      expect((await post({ origin })).status, origin).toBe(403);
    }
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await rawRequest({ port, path: '/', headers: { ...t.auth, 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await post({ origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await post({ origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('never emits Access-Control-* headers, and refuses OPTIONS preflights', async () => {
    const origin = 'http://evil.example';
    const responses = [
      await rawRequest({ port, method: 'OPTIONS', path: '/api/app.info', headers: { ...t.auth, 'access-control-request-method': 'POST' } }),
      await rawRequest({ port, method: 'OPTIONS', path: '/api/app.info', headers: { ...t.auth, origin, 'access-control-request-method': 'POST' } }),
      await rawRequest({ port, path: '/', headers: { ...t.auth, origin } }),
      await rawRequest({ port, path: '/', headers: t.auth }),
      await rawRequest({ port, path: '/' }),
      await rawRequest({ port, method: 'POST', path: '/api/app.info', headers: { ...t.auth, 'content-type': 'application/json' }, body: '{}' }),
    ];
    expect(responses[0]?.status).toBe(405);
    expect(responses[1]?.status).toBe(403);
    for (const res of responses) {
      expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });
});
