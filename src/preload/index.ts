/**
 * The preload: runs sandboxed with context isolation, and exposes exactly one object,
 * `window.loupe`, built from the two IPC channels (plus the path of a dropped file, which only
 * webUtils here can tell). Nothing of ipcRenderer leaks out.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createLoupeBridge } from './createLoupeBridge';

contextBridge.exposeInMainWorld('loupe', createLoupeBridge(ipcRenderer, (file) => webUtils.getPathForFile(file)));
