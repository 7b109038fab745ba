import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../src/main/server/securityHeaders';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/core/security/csp';
import { rawRequest } from './helpers/rawRequest';
import { SECRET_TEXT, startTestHost, type TestHost } from './helpers/startTestHost';

/** Static files: only the renderer folder, right MIME types, security headers on everything. */
describe('web host static files', () => {
  let t: TestHost;
  let port: number;
  const get = (path: string, method = 'GET') => rawRequest({ port, method, path, headers: t.auth });
  beforeAll(async () => {
    t = await startTestHost();
    port = t.host.port;
  });
  afterAll(() => t.close());

  it('serves index.html for / and files with their MIME types', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get('/index.html')).body).toBe(index.body);
    const js = await get('/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("app");');
    expect((await get('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await get('/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/', 'DELETE')).status).toBe(405);
  });

  it('never serves a file outside the renderer folder, dot-files or symlinks that escape', async () => {
    const attempts = [
      '/../secret.txt',
      '/../package.json',
      '/%2e%2e/secret.txt',
      '/%2E%2E/package.json',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/%252e%252e/secret.txt',
      '/.env',
      '/%2eenv',
      '/link.txt',
      '/index.html%00.js',
      '/%',
      `/${'../'.repeat(20)}etc/passwd`,
      '//etc/passwd',
    ];
    for (const path of attempts) {
      const res = await get(path);
      expect([400, 403, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain('TOP SECRET');
      expect(res.body, path).not.toContain('root:');
    }
    expect(SECRET_TEXT).toContain('TOP SECRET');
  });

  it('sends the security headers on every response, including errors and refusals', async () => {
    const responses = [
      await get('/'),
      await get('/assets/app.js'),
      await get('/missing'),
      await rawRequest({ port, path: '/' }),
      await rawRequest({ port, path: '/', headers: { host: 'evil.example' } }),
      await rawRequest({ port, method: 'POST', path: '/api/app.info', headers: { ...t.auth, 'content-type': 'application/json' }, body: '{}' }),
    ];
    for (const res of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(res.headers[name.toLowerCase()], `${name} on ${res.status}`).toBe(value);
      }
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});
