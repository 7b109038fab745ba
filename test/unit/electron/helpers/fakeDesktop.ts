
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

/** The same echoing stand-in the web host's tests use (one fake for both hosts). */
export { createFakeServices as fakeServices } from '../../server/helpers/fakeServices';
