import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type Services } from '../../src/main/core/services/createServices';
import { createInProcessTransport } from '../../src/main/core/services/inProcessTransport';
import { startWebHost } from '../../src/main/server/startWebHost';
import { createHttpTransport } from '../../src/renderer/src/platform/httpTransport';
import { createApiClient, type ApiClient } from '../../src/shared/api';
import type { HostKind } from '../../src/shared/model';

export const RESOURCES_DIR = join(__dirname, '../../resources');

/** One host under contract test: a client, the folders it uses, and how to tear it all down. */
export interface ContractHost {
  readonly client: ApiClient;
  readonly host: HostKind;
  readonly dataDir: string;
  readonly projectDir: string;
  close(): Promise<void>;
}

async function freshServices(host: HostKind): Promise<{ services: Services; dataDir: string; projectDir: string; root: string }> {
  const root = await mkdtemp(join(tmpdir(), `loupe-contract-${host}-`));
  const dataDir = join(root, 'data');
  const projectDir = join(root, 'projects');
  const services = createServices({ dataDir, resourcesDir: RESOURCES_DIR, host, version: '0.0.0-test', defaultProjectDir: projectDir });
  return { services, dataDir, projectDir, root };
}

export async function createInProcessHost(): Promise<ContractHost> {
  const { services, dataDir, projectDir, root } = await freshServices('in-process');
  return {
    client: createApiClient(createInProcessTransport(services)),
    host: 'in-process',
    dataDir,
    projectDir,
    close: async () => {
      await services.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export async function createHttpHost(): Promise<ContractHost> {
  const { services, dataDir, projectDir, root } = await freshServices('web');
  // The contract never touches static files; any existing folder will do as the renderer.
  const webHost = await startWebHost({ services, rendererDir: root, port: 0 });
  const transport = createHttpTransport({ baseUrl: webHost.origin, token: webHost.token });
  return {
    client: createApiClient(transport),
    host: 'web',
    dataDir,
    projectDir,
    close: async () => {
      transport.close();
      await webHost.close();
      await services.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
