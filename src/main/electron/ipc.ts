import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { EVENT_NAMES, isMethodName } from '../../shared/api';
import { AppError, serializeError, type AppErrorData } from '../../shared/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../preload/ipcChannels';
import type { HostedServices } from '../server/hostedServices';
import { isTrustedSenderUrl, type RendererLocation } from './rendererLocation';

export { isTrustedSenderUrl } from './rendererLocation';

export type IpcReply = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: AppErrorData };

type WindowLike = Pick<BrowserWindow, 'isDestroyed'> & { readonly webContents: Pick<BrowserWindow['webContents'], 'mainFrame' | 'send' | 'isDestroyed'> };
type InvokeEventLike = Pick<IpcMainInvokeEvent, 'senderFrame'> & { readonly sender: unknown };

export interface IpcBindingOptions {
  readonly ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  readonly services: HostedServices;
  /** The workbench window, when there is one. */
  getWindow(): WindowLike | undefined;
  readonly renderer: RendererLocation;
}

/** True only for the main frame of our window, showing our renderer. */
export function isTrustedSender(event: InvokeEventLike, window: WindowLike | undefined, renderer: RendererLocation): boolean {
  const frame = event.senderFrame;
  if (frame === null || window === undefined || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const main = contents.mainFrame;
  const isMainFrame = frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
  return isMainFrame && frame.parent === null && isTrustedSenderUrl(frame.url, renderer);
}

/** Handles one `loupe:invoke` call; always resolves to plain data (IPC flattens thrown errors). */
export async function handleInvoke(options: IpcBindingOptions, event: InvokeEventLike, method: unknown, input: unknown): Promise<IpcReply> {
  if (!isTrustedSender(event, options.getWindow(), options.renderer)) {
    return { ok: false, error: new AppError('FORBIDDEN', 'IPC from an untrusted frame').toData() };
  }
  if (typeof method !== 'string' || !isMethodName(method)) {
    return { ok: false, error: new AppError('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 100)}`).toData() };
  }
  try {
    return { ok: true, result: await options.services.invoke(method, input) };
  } catch (error) {
    if (!(error instanceof AppError) || !error.expected) console.error(`[loupe] ${method} failed`, error);
    return { ok: false, error: serializeError(error) };
  }
}

/**
 * Binds the LoupeApi to `loupe:invoke` and forwards every core event to the window on
 * `loupe:event`. Returns a function that undoes both.
 */
export function registerIpc(options: IpcBindingOptions): () => void {
  options.ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(options, event, method, input));
  const unsubscribers = EVENT_NAMES.map((name) =>
    options.services.events.subscribe(name, (payload) => {
      const window = options.getWindow();
      if (window === undefined || window.isDestroyed() || window.webContents.isDestroyed()) return;
      window.webContents.send(EVENT_CHANNEL, name, payload);
    }),
  );
  return () => {
    options.ipcMain.removeHandler(INVOKE_CHANNEL);
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
