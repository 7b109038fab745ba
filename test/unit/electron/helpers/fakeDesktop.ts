import { EventBus } from '../../../../src/main/core/services/eventBus';
import type { HostedServices } from '../../../../src/main/server/hostedServices';
import { AppError } from '../../../../src/shared/errors';

export const APP_URL = 'file:///opt/loupe/out/renderer/index.html';

type Listener = (...args: unknown[]) => void;

/** A window whose main frame shows `url`, recording what is sent to it. */
export function fakeWindow(url = APP_URL) {
  const mainFrame = { processId: 4, routingId: 1, url, parent: null };
  const sent: unknown[][] = [];
  const rendererListeners = new Map<string, Listener[]>();
  const webContents = {
    mainFrame,
    isDestroyed: () => false,
    send: (channel: string, ...args: unknown[]) => {
      sent.push([channel, ...args]);
      for (const listener of rendererListeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, ...structuredClone(args));
    },
  };
  const window = { webContents, isDestroyed: () => false };
  return { window, mainFrame, webContents, sent, rendererListeners };
}

export function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  return {
    handlers,
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  };
}

/** Echoing services: `projects.open` throws an expected AppError, `jobs.get` a bug. */
export function fakeServices() {
  const events = new EventBus();
  const calls: { method: string; input: unknown }[] = [];
  const services: HostedServices = {
    events,
    invoke: async (method, input) => {
      calls.push({ method, input });
      if (method === 'projects.open') throw new AppError('PROJECT_NOT_FOUND', 'No such project', { detail: '/x.loupe' });
      if (method === 'jobs.get') throw new Error('boom');
      return { method, input };
    },
  };
  return { services, events, calls };
}
