/**
 * What the preload exposes as `window.loupe`. Invocation results come back as plain data
 * (an envelope), because an Error thrown across contextBridge loses everything but its message.
 */
import type { EventName, MethodName } from '../../../shared/api';
import type { AppErrorData } from '../../../shared/errors';

export type BridgeResult = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: AppErrorData };

export interface LoupeBridge {
  /** Runs one LoupeApi method in the main process. Never rejects: failures come back as `{ ok: false }`. */
  invoke(method: MethodName, input: unknown): Promise<BridgeResult>;
  /** Receives one kind of core event; returns the unsubscribe function. */
  subscribe(event: EventName, handler: (payload: unknown) => void): () => void;
  /**
   * Where a dropped or chosen file is on disk (Electron's webUtils.getPathForFile); '' for a file
   * without one (made by the page). Only the desktop app has it: a web page never learns paths.
   */
  pathForFile?(file: File): string;
}

declare global {
  interface Window {
    /** Present only inside the desktop app (set by the preload). */
    readonly loupe?: LoupeBridge;
  }
}
