import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { safeUploadName } from '../../../src/main/server/uploadName';
import { rawRequest } from './helpers/rawRequest';
import { startTestHost, type TestHost } from './helpers/startTestHost';

const CAP = 4096;

/** `POST /api/upload`: how a browser hands a dropped file to the core, which reads by path. */
describe('web host uploads', () => {
  let t: TestHost;
  let uploadDir: string;
  let port: number;
  const upload = (name: string, body: string | Buffer, headers: Record<string, string> = {}, chunked = false) =>
    rawRequest({
      port,
      method: 'POST',
      path: `/api/upload?name=${encodeURIComponent(name)}`,
      headers: { ...t.auth, 'content-type': 'application/octet-stream', ...headers },
      body,
      chunked,
    });
  const uploaded = async (name: string, body: string | Buffer) => {
    const res = await upload(name, body);
    expect(res.status, res.body).toBe(200);
    return (JSON.parse(res.body) as { ok: true; result: { path: string; name: string; size: number } }).result;
  };

  beforeAll(async () => {
    uploadDir = join(await mkdtemp(join(tmpdir(), 'loupe-uploads-')), 'uploads');
    t = await startTestHost({ uploadDir, maxUploadBytes: CAP });
    port = t.host.port;
  });
  afterAll(async () => {
    await t.close();
    await rm(dirname(uploadDir), { recursive: true, force: true });
  });
  afterEach(async () => {
    await rm(uploadDir, { recursive: true, force: true });
  });

  it('streams the body to <uploadDir>/<random>/<name> and answers with the path', async () => {
    const content = 'Respondent ID,Score,Comment\n1,9,"Grüße, 👍"\n';
    const result = await uploaded('surveymonkey.csv', content);
    expect(result.name).toBe('surveymonkey.csv');
    expect(result.size).toBe(Buffer.byteLength(content));
    const parts = relative(uploadDir, result.path).split(sep);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(parts[1]).toBe('surveymonkey.csv');
    expect(await readFile(result.path, 'utf8')).toBe(content);
  });

  it('keeps binary content byte for byte and gives every upload its own folder', async () => {
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256));
    const first = await uploaded('export.xlsx', bytes);
    const second = await uploaded('export.xlsx', bytes);
    expect(first.path).not.toBe(second.path);
    expect(Buffer.compare(await readFile(first.path), bytes)).toBe(0);
    expect(await readdir(uploadDir)).toHaveLength(2);
  });

  it('never lets the name choose the folder: only its last segment, in a safe character set', async () => {
    for (const [name, expected] of [
      ['../../../etc/passwd', 'passwd'],
      ['..\\..\\Windows\\evil.csv', 'evil.csv'],
      ['C:\\Users\\ana\\Q3 export (final).csv', 'Q3 export (final).csv'],
      ['..', 'upload'],
      ['<b>x</b>.csv', 'b_.csv'],
      ['<img src=x onerror=alert(1)>.csv', '_img src_x onerror_alert(1)_.csv'],
    ] as const) {
      const result = await uploaded(name, 'a,b\n1,2\n');
      expect(dirname(dirname(result.path))).toBe(uploadDir);
      expect(result.name, name).toBe(expected);
      expect(result.path.endsWith(`${sep}${expected}`)).toBe(true);
    }
  });

  it('sanitises names: control, format and reserved characters, hidden files, Windows device names, length', () => {
    expect(safeUploadName('Umfrage März 2026.csv')).toBe('Umfrage März 2026.csv');
    expect(safeUploadName('a\u0000b\u202Egnp.csv')).toBe('a_b_gnp.csv');
    expect(safeUploadName('rep:ort|*?"<>.tsv')).toBe('rep_ort______.tsv');
    expect(safeUploadName('.env')).toBe('env');
    expect(safeUploadName('  name.csv. . ')).toBe('name.csv');
    expect(safeUploadName('CON.csv')).toBe('_CON.csv');
    expect(safeUploadName('nul')).toBe('_nul');
    expect(safeUploadName('/')).toBe('upload');
    expect(safeUploadName('***')).toBe('upload');
    const long = safeUploadName(`${'x'.repeat(500)}.xlsx`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.xlsx')).toBe(true);
  });

  it('refuses a declared body over the cap before reading it, writing nothing', async () => {
    const res = await rawRequest({
      port,
      method: 'POST',
      path: '/api/upload?name=big.csv',
      headers: { ...t.auth, 'content-type': 'application/octet-stream', 'content-length': String(CAP + 1) },
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('4 KiB') } });
    expect(await readdir(uploadDir).catch(() => [])).toEqual([]);
  });

  it('cuts off a streamed body once it passes the cap and removes what it wrote', async () => {
    const res = await upload('big.csv', Buffer.alloc(CAP * 4, 0x61), {}, true);
    expect(res.status).toBe(413);
    expect(await readdir(uploadDir).catch(() => [])).toEqual([]);
    const exact = await uploaded('exact.csv', Buffer.alloc(CAP, 0x61));
    expect(exact.size).toBe(CAP);
  });

  it('removes a partial file when the browser goes away mid-upload', async () => {
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/upload?name=partial.csv',
      headers: { ...t.auth, 'content-type': 'application/octet-stream', 'content-length': '3000' },
    });
    req.on('error', () => undefined);
    req.write(Buffer.alloc(1000, 0x61));
    for (let i = 0; i < 50 && (await readdir(uploadDir).catch(() => [])).length === 0; i += 1) await delay(10);
    expect(await readdir(uploadDir)).toHaveLength(1);
    req.destroy();
    for (let i = 0; i < 100 && (await readdir(uploadDir)).length > 0; i += 1) await delay(10);
    expect(await readdir(uploadDir)).toEqual([]);
  });

  it('caps uploads at 2 GiB by default', async () => {
    const host = await startTestHost({ uploadDir });
    try {
      const res = await rawRequest({
        port: host.host.port,
        method: 'POST',
        path: '/api/upload?name=huge.csv',
        headers: { ...host.auth, 'content-type': 'application/octet-stream', 'content-length': String(2 * 1024 ** 3 + 1) },
      });
      expect(res.status).toBe(413);
      expect(res.body).toContain('2 GiB');
    } finally {
      await host.close();
    }
  });

  it('is authenticated and origin-checked like every other request', async () => {
    const post = (headers: Record<string, string>) =>
      rawRequest({ port, method: 'POST', path: '/api/upload?name=x.csv', headers: { 'content-type': 'application/octet-stream', ...headers }, body: 'a,b\n' });
    expect((await post({ host: `127.0.0.1:${port}` })).status).toBe(401);
    expect((await post({ host: `127.0.0.1:${port}`, authorization: `Bearer ${'A'.repeat(43)}` })).status).toBe(401);
    expect((await post({ ...t.auth, origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ ...t.auth, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ ...t.auth, host: `evil.example:${port}` })).status).toBe(403);
    expect((await post({ ...t.auth, origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect(await readdir(uploadDir)).toHaveLength(1);
    expect(t.fake.calls).toEqual([]);
  });

  it('wants POST, a raw body and a name', async () => {
    expect((await rawRequest({ port, path: '/api/upload?name=x.csv', headers: t.auth })).status).toBe(405);
    expect((await upload('x.csv', 'a', { 'content-type': 'application/json' })).status).toBe(415);
    expect((await upload('x.csv', 'a', { 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(415);
    const nameless = await rawRequest({ port, method: 'POST', path: '/api/upload', headers: { ...t.auth, 'content-type': 'application/octet-stream' }, body: 'a' });
    expect(nameless.status).toBe(400);
    expect(await readdir(uploadDir).catch(() => [])).toEqual([]);
  });

  it('is not available on a host without an upload folder', async () => {
    const host = await startTestHost();
    try {
      const res = await rawRequest({ port: host.host.port, method: 'POST', path: '/api/upload?name=x.csv', headers: { ...host.auth, 'content-type': 'application/octet-stream' }, body: 'a' });
      expect(res.status).toBe(404);
    } finally {
      await host.close();
    }
  });
});
