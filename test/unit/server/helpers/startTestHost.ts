import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../../../../src/main/server/startWebHost';
import { createFakeServices, type FakeServices } from './fakeServices';

export const SECRET_TEXT = 'TOP SECRET: must never be served';

export interface TestHost {
  readonly host: WebHost;
  readonly fake: FakeServices;
  /** Headers that authenticate a request (Host + Bearer token). */
  readonly auth: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A web host on a free port over fake services and a temporary renderer folder that sits
 * beside a secret file and holds a symlink pointing at it.
 */
export async function startTestHost(
  options: { maxBodyBytes?: number; keepAliveMs?: number; uploadDir?: string; maxUploadBytes?: number } = {},
): Promise<TestHost> {
  const base = await mkdtemp(join(tmpdir(), 'loupe-webhost-'));
  const rendererDir = join(base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(base, 'secret.txt'), SECRET_TEXT);
  await writeFile(join(base, 'package.json'), JSON.stringify({ name: SECRET_TEXT }));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Loupe</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'body{}');
  await writeFile(join(rendererDir, '.env'), SECRET_TEXT);
  await symlink(join(base, 'secret.txt'), join(rendererDir, 'link.txt'));
  const fake = createFakeServices();
  const host = await startWebHost({ services: fake.services, rendererDir, port: 0, ...options });
  return {
    host,
    fake,
    auth: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}` },
    close: async () => {
      await host.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}
