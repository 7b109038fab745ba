import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../src/preload/ipcChannels';
import { BRIDGE_EVENT_NAMES, BRIDGE_METHOD_NAMES } from '../../../src/preload/bridgeNames';
import { createLoupeBridge } from '../../../src/preload/createLoupeBridge';
import { registerIpc } from '../../../src/main/electron/ipc';
import { createIpcTransport } from '../../../src/renderer/src/platform/ipcTransport';
import { createApiClient, EVENT_NAMES, METHOD_NAMES } from '../../../src/shared/api';
import { AppError } from '../../../src/shared/errors';
import { APP_URL, fakeIpcMain, fakeServices, fakeWindow } from './helpers/fakeDesktop';

const mocks = vi.hoisted(() => ({ expose: vi.fn(), on: vi.fn(), invoke: vi.fn(), pathForFile: vi.fn() }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: mocks.expose },
  ipcRenderer: { on: mocks.on, invoke: mocks.invoke },
  webUtils: { getPathForFile: mocks.pathForFile },
}));

/** The whole desktop path without Electron: ApiClient → ipcTransport → bridge → ipcMain → services. */
function wireDesktop() {
  const desktop = fakeWindow();
  const core = fakeServices();
  const ipcMain = fakeIpcMain();
  registerIpc({ ipcMain: ipcMain as never, services: core.services, getWindow: () => desktop.window as never, renderer: { kind: 'file', url: APP_URL } });
  const trusted = { sender: desktop.webContents, senderFrame: desktop.mainFrame };
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => {
      const handler = ipcMain.handlers.get(channel);
      if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
      return structuredClone(await handler(trusted, ...structuredClone(args)));
    }),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      desktop.rendererListeners.set(channel, [...(desktop.rendererListeners.get(channel) ?? []), listener]);
    },
  };
  const bridge = createLoupeBridge(ipcRenderer as never);
  return { bridge, core, ipcRenderer, client: createApiClient(createIpcTransport(bridge)) };
}

describe('preload bridge', () => {
  it('allows exactly the contract method and event names', () => {
    expect([...BRIDGE_METHOD_NAMES].sort()).toEqual([...METHOD_NAMES].sort());
    expect([...BRIDGE_EVENT_NAMES].sort()).toEqual([...EVENT_NAMES].sort());
  });

  it('exposes only window.loupe with invoke, subscribe and pathForFile, on the two loupe channels', async () => {
    await import('../../../src/preload/index');
    expect(mocks.expose).toHaveBeenCalledTimes(1);
    const [key, api] = mocks.expose.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('loupe');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'pathForFile', 'subscribe']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(mocks.on.mock.calls.map((call) => call[0])).toEqual([EVENT_CHANNEL]);
    mocks.invoke.mockResolvedValue({ ok: true, result: 1 });
    await (api.invoke as (m: string, i: unknown) => Promise<unknown>)('app.info', {});
    expect(mocks.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'app.info', {});
    // A dropped file's path comes from webUtils; a file without one (or a non-file) gives ''.
    const file = new File(['a,b'], 'export.csv');
    mocks.pathForFile.mockReturnValueOnce('/home/ana/export.csv').mockImplementationOnce(() => {
      throw new TypeError('not a File');
    });
    const pathForFile = api.pathForFile as (file: unknown) => string;
    expect(pathForFile(file)).toBe('/home/ana/export.csv');
    expect(mocks.pathForFile).toHaveBeenCalledWith(file);
    expect(pathForFile({})).toBe('');
  });

  it('round-trips calls, results and AppErrors through the IPC transport', async () => {
    const { client } = wireDesktop();
    expect(await client.api.projects.create({ path: '/a.loupe' })).toEqual({ method: 'projects.create', input: { path: '/a.loupe' } });
    const error = await client.api.projects.open({ path: '/nowhere.loupe' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'PROJECT_NOT_FOUND', detail: '/nowhere.loupe', expected: true });
  });

  it('refuses unknown method names before they reach IPC', async () => {
    const { bridge, ipcRenderer, core } = wireDesktop();
    for (const method of ['nope', '__proto__', 'toString', 7]) {
      expect(await bridge.invoke(method as never, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(core.calls).toEqual([]);
  });

  it('delivers core events to subscribers of that event only, until they unsubscribe', () => {
    const { client, core } = wireDesktop();
    const seen: unknown[] = [];
    const off = client.on('onProjectChanged', (payload) => seen.push(payload));
    const unknown = vi.fn();
    const offUnknown = (client.on as (e: string, h: () => void) => () => void)('onSomethingElse', unknown);
    core.events.emit('onProjectChanged', {});
    core.events.emit('onJobProgress', { id: 'j' } as never);
    expect(seen).toEqual([{}]);
    off();
    offUnknown();
    core.events.emit('onProjectChanged', {});
    expect(seen).toHaveLength(1);
    expect(unknown).not.toHaveBeenCalled();
  });

  it('turns an IPC failure or a malformed reply into an INTERNAL AppError', async () => {
    const failing = createLoupeBridge({ on: () => {}, invoke: async () => Promise.reject(new Error('no handler')) } as never);
    expect(await failing.invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const malformed = createLoupeBridge({ on: () => {}, invoke: async () => ({ ok: false, error: 'nope' }) } as never);
    expect(await malformed.invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
