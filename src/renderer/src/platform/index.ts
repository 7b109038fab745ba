import { createApiClient, type ApiClient } from '../../../shared/api';
import { createHttpTransport } from './httpTransport';
import { createIpcTransport } from './ipcTransport';
import type { LoupeBridge } from './loupeBridge';

export { createHttpTransport, type HttpTransport, type HttpTransportOptions } from './httpTransport';
export { createIpcTransport } from './ipcTransport';
export type { BridgeResult, LoupeBridge } from './loupeBridge';

/**
 * The renderer's one ApiClient, chosen once at boot: IPC inside the desktop app
 * (the preload set `window.loupe`), else HTTP to the web host that served this page.
 */
export function createPlatformClient(): ApiClient {
  // globalThis rather than window: this folder also compiles (and is tested) under Node.
  const bridge = (globalThis as { loupe?: LoupeBridge }).loupe;
  return createApiClient(bridge === undefined ? createHttpTransport() : createIpcTransport(bridge));
}
