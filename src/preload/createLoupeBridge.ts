import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { BridgeResult, LoupeBridge } from '../renderer/src/platform/loupeBridge';
import { AppError, isAppErrorData } from '../shared/errors';
import { isBridgeEvent, isBridgeMethod } from './bridgeNames';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipcChannels';

type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on'>;

function failure(error: AppError): BridgeResult {
  return { ok: false, error: error.toData() };
}

function isBridgeResult(value: unknown): value is BridgeResult {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  return reply.ok === true || (reply.ok === false && isAppErrorData(reply.error));
}

/**
 * The object exposed as `window.loupe`: one generic invoke and one subscribe, allowing only
 * the contract's names, and `pathForFile` for files dropped on the window when `getPathForFile`
 * (Electron's webUtils) is given. Handlers never see the IpcRendererEvent (it would leak ipcRenderer).
 */
export function createLoupeBridge(ipc: IpcRendererLike, getPathForFile?: (file: File) => string): LoupeBridge {
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  ipc.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (!isBridgeEvent(name)) return;
    for (const handler of [...(handlers.get(name) ?? [])]) {
      try {
        handler(payload);
      } catch (error) {
        console.error(`[loupe] ${name} handler failed`, error);
      }
    }
  });

  const files = getPathForFile && {
    pathForFile(file: File): string {
      try {
        return getPathForFile(file);
      } catch {
        return '';
      }
    },
  };

  return Object.freeze({
    ...files,
    async invoke(method, input) {
      if (!isBridgeMethod(method)) return failure(new AppError('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 100)}`));
      try {
        const reply: unknown = await ipc.invoke(INVOKE_CHANNEL, method, input);
        return isBridgeResult(reply) ? reply : failure(new AppError('INTERNAL', 'Malformed reply from the main process', { expected: false }));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return failure(new AppError('INTERNAL', `IPC failed: ${message}`, { expected: false }));
      }
    },
    subscribe(event, handler) {
      if (!isBridgeEvent(event) || typeof handler !== 'function') return () => {};
      let set = handlers.get(event);
      if (set === undefined) {
        set = new Set();
        handlers.set(event, set);
      }
      const wrapped = (payload: unknown) => handler(payload);
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
  } satisfies LoupeBridge);
}
