import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWebHost } from '../../../src/main/server/startWebHost';
import { createFakeServices } from './helpers/fakeServices';

describe('web host start-up', () => {
  it('refuses a weak caller-supplied token', async () => {
    const { services } = createFakeServices();
    for (const token of ['', 'short', 'a'.repeat(21), 'has spaces in it and is long enough']) {
      await expect(startWebHost({ services, rendererDir: tmpdir(), token }), token).rejects.toThrow(/128 bits/);
    }
  });

  it('accepts a strong caller-supplied token and puts it in the URL', async () => {
    const { services } = createFakeServices();
    const token = 'k'.repeat(22);
    const host = await startWebHost({ services, rendererDir: tmpdir(), token });
    try {
      expect(host.token).toBe(token);
      expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${token}`);
    } finally {
      await host.close();
    }
  });

  it('says so when the renderer is not built', async () => {
    const { services } = createFakeServices();
    await expect(startWebHost({ services, rendererDir: join(tmpdir(), 'no-such-renderer-dir') })).rejects.toThrow(/build it first/);
  });

  it('fails when the requested port is taken', async () => {
    const { services } = createFakeServices();
    const first = await startWebHost({ services, rendererDir: tmpdir() });
    try {
      await expect(startWebHost({ services, rendererDir: tmpdir(), port: first.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
