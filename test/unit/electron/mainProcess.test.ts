import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the parts of 'electron' the shell uses, recording what it was asked to do. */
const m = vi.hoisted(() => {
  const state = {
    gotLock: true,
    appHandlers: new Map<string, ((...args: unknown[]) => unknown)[]>(),
    windows: [] as { options: Record<string, unknown>; loadFile: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }[],
    services: { events: { subscribe: () => () => {} }, invoke: async () => ({}), close: vi.fn(async () => {}) },
  };
  class BrowserWindow {
    readonly webContents = { send: vi.fn(), isDestroyed: () => false, mainFrame: {} };
    readonly loadFile = vi.fn(async () => {});
    readonly loadURL = vi.fn(async () => {});
    readonly once = vi.fn();
    readonly on = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    isDestroyed() {
      return false;
    }
    static getAllWindows() {
      return state.windows;
    }
  }
  const app = {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => state.gotLock),
    enableSandbox: vi.fn(),
    on: vi.fn((event: string, handler: (...args: unknown[]) => unknown) => {
      state.appHandlers.set(event, [...(state.appHandlers.get(event) ?? []), handler]);
    }),
    whenReady: vi.fn(async () => {}),
    getAppPath: () => '/nonexistent/repo',
    getPath: (name: string) => `/nonexistent/${name}`,
    getVersion: () => '9.9.9',
    getName: () => 'Loupe',
    quit: vi.fn(),
    exit: vi.fn(),
  };
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
  return {
    state,
    app,
    BrowserWindow,
    session,
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}) },
    createServices: vi.fn(() => state.services),
  };
});

vi.mock('electron', () => ({
  app: m.app,
  BrowserWindow: m.BrowserWindow,
  ipcMain: m.ipcMain,
  Menu: m.Menu,
  nativeTheme: { shouldUseDarkColors: true },
  session: { defaultSession: m.session },
  shell: m.shell,
}));
vi.mock('../../../src/main/core/services/createServices', () => ({ createServices: m.createServices }));

async function loadShell() {
  vi.resetModules();
  await import('../../../src/main/electron/index');
  await new Promise((resolve) => setImmediate(resolve));
}

describe('electron main process wiring', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    m.state.appHandlers.clear();
    m.state.windows.length = 0;
    m.state.gotLock = true;
    delete process.env.ELECTRON_RENDERER_URL;
  });

  it('quits at once when another instance holds the lock', async () => {
    m.state.gotLock = false;
    await loadShell();
    expect(m.app.quit).toHaveBeenCalled();
    expect(m.createServices).not.toHaveBeenCalled();
    expect(m.state.windows).toHaveLength(0);
  });

  it('sandboxes everything and guards every webContents before the app is ready', async () => {
    await loadShell();
    expect(m.app.enableSandbox).toHaveBeenCalled();
    expect(m.state.appHandlers.get('web-contents-created')).toHaveLength(1);
    expect(m.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(m.session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(m.session.webRequest.onHeadersReceived).toHaveBeenCalled();
  });

  it('creates the desktop services, binds IPC, sets the menu and loads the built renderer in a hardened window', async () => {
    await loadShell();
    expect(m.createServices).toHaveBeenCalledWith({
      dataDir: '/nonexistent/userData',
      resourcesDir: '/nonexistent/repo/resources',
      host: 'desktop',
      version: '9.9.9',
      workerDir: expect.stringMatching(/main/),
      wordVectors: false,
    });
    expect(m.ipcMain.handle).toHaveBeenCalledWith('loupe:invoke', expect.any(Function));
    expect(m.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(m.state.windows).toHaveLength(1);
    const window = m.state.windows[0];
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.js$/);
    expect(String(window?.loadFile.mock.calls[0]?.[0])).toMatch(/renderer[\\/]index\.html$/);
    expect(window?.loadURL).not.toHaveBeenCalled();
  });

  it('closes the services before quitting', async () => {
    await loadShell();
    const willQuit = m.state.appHandlers.get('will-quit')?.[0];
    const event = { preventDefault: vi.fn() };
    willQuit?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(m.state.services.close).toHaveBeenCalledTimes(1);
    expect(m.app.quit).toHaveBeenCalled();
    const again = { preventDefault: vi.fn() };
    willQuit?.(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
