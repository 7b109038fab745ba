/**
 * The desktop shell: binds the core to a hardened window and to IPC. No real work happens here.
 * The only module (with menu/security wiring) that imports 'electron' at run time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, nativeTheme, session, shell } from 'electron';
import { createServices, type Services } from '../core/services/createServices';
import { EVENT_CHANNEL } from '../../preload/ipcChannels';
import { desktopServicesOptions } from './desktopServicesOptions';
import { registerIpc } from './ipc';
import { createMenuTemplate } from './menu';
import { isTrustedSenderUrl, type RendererLocation } from './rendererLocation';
import { hardenSession, installWebContentsGuard, isSafeExternalUrl } from './security';
import { createWindowOptions } from './windowOptions';

const isDev = !app.isPackaged;
const rendererFile = join(__dirname, '../renderer/index.html');
const devServerUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined;
const renderer: RendererLocation =
  devServerUrl === undefined ? { kind: 'file', url: pathToFileURL(rendererFile).href } : { kind: 'dev-server', url: devServerUrl };
const isAppUrl = (url: string) => isTrustedSenderUrl(url, renderer);

let mainWindow: BrowserWindow | undefined;
let services: Services | undefined;
let disposeIpc: (() => void) | undefined;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: join(__dirname, '../preload/index.js'),
      isDev,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  if (renderer.kind === 'dev-server') void window.loadURL(renderer.url);
  else void window.loadFile(rendererFile);
  return window;
}

function sendMenuCommand(command: string): void {
  if (mainWindow !== undefined && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, 'onMenuCommand', { command });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, isAppUrl);
  services = createServices(
    desktopServicesOptions({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      userDataPath: app.getPath('userData'),
      version: app.getVersion(),
      mainDir: __dirname,
      exists: existsSync,
    }),
  );
  disposeIpc = registerIpc({ ipcMain, services, getWindow: () => mainWindow, renderer });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(createMenuTemplate({ appName: app.getName(), isMac: process.platform === 'darwin', isDev, sendCommand: sendMenuCommand })),
  );
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before 'ready': every renderer is sandboxed and every webContents is guarded from birth.
  app.enableSandbox();
  installWebContentsGuard(app, {
    isAppUrl,
    openExternal: (url) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
    },
  });
  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (services !== undefined && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing || services === undefined) return;
    event.preventDefault();
    closing = true;
    disposeIpc?.();
    services
      .close()
      .catch((error: unknown) => console.error('[loupe] closing the services failed', error))
      .finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    console.error('[loupe] failed to start', error);
    app.exit(1);
  });
}
