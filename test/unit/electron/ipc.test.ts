import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleInvoke, isTrustedSender, isTrustedSenderUrl, registerIpc, type IpcBindingOptions } from '../../../src/main/electron/ipc';
import type { RendererLocation } from '../../../src/main/electron/rendererLocation';
import { APP_URL, fakeIpcMain, fakeServices, fakeWindow } from './helpers/fakeDesktop';

const FILE: RendererLocation = { kind: 'file', url: APP_URL };
const DEV: RendererLocation = { kind: 'dev-server', url: 'http://localhost:5173' };

describe('isTrustedSenderUrl', () => {
  it('accepts only the renderer index.html file in production', () => {
    expect(isTrustedSenderUrl(APP_URL, FILE)).toBe(true);
    expect(isTrustedSenderUrl(`${APP_URL}#/project`, FILE)).toBe(true);
    expect(isTrustedSenderUrl(`${APP_URL}?x=1`, FILE)).toBe(true);
    for (const url of [
      'file:///opt/loupe/out/renderer/other.html',
      'file:///opt/loupe/out/renderer/index.html/../../evil.html',
      'file:///tmp/index.html',
      'file://evil-host/opt/loupe/out/renderer/index.html',
      'http://localhost:5173/',
      'https://example.com/opt/loupe/out/renderer/index.html',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(isTrustedSenderUrl(url, FILE), url).toBe(false);
    }
  });

  it('accepts only the dev server origin in development', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', DEV)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/src/x.html#a', DEV)).toBe(true);
    for (const url of ['http://localhost:5174/', 'https://localhost:5173/', 'http://127.0.0.1:5173/', 'http://evil@localhost:5173/', APP_URL, 'http://localhost.evil.example:5173/']) {
      expect(isTrustedSenderUrl(url, DEV), url).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('accepts the main frame of our window showing our renderer', () => {
    const { window, mainFrame, webContents } = fakeWindow();
    expect(isTrustedSender({ sender: webContents, senderFrame: mainFrame as never }, window as never, FILE)).toBe(true);
  });

  it('refuses a subframe, another webContents, a foreign URL, a missing frame or window', () => {
    const { window, mainFrame, webContents } = fakeWindow();
    const subframe = { processId: 4, routingId: 2, url: APP_URL, parent: mainFrame };
    expect(isTrustedSender({ sender: webContents, senderFrame: subframe as never }, window as never, FILE)).toBe(false);
    expect(isTrustedSender({ sender: {}, senderFrame: mainFrame as never }, window as never, FILE)).toBe(false);
    expect(isTrustedSender({ sender: webContents, senderFrame: null }, window as never, FILE)).toBe(false);
    expect(isTrustedSender({ sender: webContents, senderFrame: mainFrame as never }, undefined, FILE)).toBe(false);
    const navigatedAway = fakeWindow('https://evil.example/');
    expect(isTrustedSender({ sender: navigatedAway.webContents, senderFrame: navigatedAway.mainFrame as never }, navigatedAway.window as never, FILE)).toBe(false);
    const destroyed = { ...window, isDestroyed: () => true };
    expect(isTrustedSender({ sender: webContents, senderFrame: mainFrame as never }, destroyed as never, FILE)).toBe(false);
  });
});

describe('handleInvoke and registerIpc', () => {
  let desktop: ReturnType<typeof fakeWindow>;
  let core: ReturnType<typeof fakeServices>;
  let options: IpcBindingOptions;
  let trusted: { sender: unknown; senderFrame: never };
  beforeEach(() => {
    desktop = fakeWindow();
    core = fakeServices();
    options = { ipcMain: fakeIpcMain() as never, services: core.services, getWindow: () => desktop.window as never, renderer: FILE };
    trusted = { sender: desktop.webContents, senderFrame: desktop.mainFrame as never };
  });
  afterEach(() => vi.restoreAllMocks());

  it('returns the result as plain data', async () => {
    expect(await handleInvoke(options, trusted, 'projects.create', { path: '/a.loupe' })).toEqual({
      ok: true,
      result: { method: 'projects.create', input: { path: '/a.loupe' } },
    });
  });

  it('returns AppErrors as data, and unexpected errors as INTERNAL (logged)', async () => {
    expect(await handleInvoke(options, trusted, 'projects.open', { path: '/nowhere.loupe' })).toEqual({
      ok: false,
      error: { code: 'PROJECT_NOT_FOUND', message: 'No such project', detail: '/nowhere.loupe', expected: true },
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await handleInvoke(options, trusted, 'jobs.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'INTERNAL', expected: false } });
    expect(log).toHaveBeenCalled();
  });

  it('refuses untrusted senders and unknown methods without calling the services', async () => {
    const foreign = fakeWindow('https://evil.example/');
    expect(await handleInvoke(options, { sender: foreign.webContents, senderFrame: foreign.mainFrame as never }, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    for (const method of ['nope', '__proto__', 'constructor', 42, undefined, { toString: () => 'app.info' }]) {
      expect(await handleInvoke(options, trusted, method, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(core.calls).toEqual([]);
  });

  it('registers one loupe:invoke handler, forwards every core event on loupe:event, and unregisters', async () => {
    const ipcMain = options.ipcMain as unknown as ReturnType<typeof fakeIpcMain>;
    const dispose = registerIpc(options);
    expect([...ipcMain.handlers.keys()]).toEqual(['loupe:invoke']);
    expect(await ipcMain.handlers.get('loupe:invoke')?.(trusted, 'app.info', {})).toMatchObject({ ok: true });
    core.events.emit('onProjectChanged', {});
    expect(desktop.sent).toEqual([['loupe:event', 'onProjectChanged', {}]]);
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    core.events.emit('onProjectChanged', {});
    expect(desktop.sent).toHaveLength(1);
  });
});
