/**
 * The preload: runs sandboxed with context isolation, and exposes exactly one object,
 * `window.loupe`, built from the two IPC channels. Nothing of ipcRenderer leaks out.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createLoupeBridge } from './createLoupeBridge';

contextBridge.exposeInMainWorld('loupe', createLoupeBridge(ipcRenderer));
