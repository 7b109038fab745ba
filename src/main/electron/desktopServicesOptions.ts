import { join } from 'node:path';
import type { ServicesOptions } from '../core/services/createServices';
import { wordVectorsWanted } from '../core/services/paths';

export interface DesktopPaths {
  readonly isPackaged: boolean;
  /** app.getAppPath(): the repository root in development. */
  readonly appPath: string;
  /** process.resourcesPath: the packaged app's resources folder. */
  readonly resourcesPath: string;
  /** app.getPath('userData'). */
  readonly userDataPath: string;
  readonly version: string;
  /** The folder of the built main-process code (out/main), where the *.worker.js entries are. */
  readonly mainDir: string;
  /** fs.existsSync, injectable for tests. */
  exists(path: string): boolean;
}

/** Relative path of the Electron-ABI build of better-sqlite3 that `npm start` makes. */
export const ELECTRON_NATIVE_BINDING = join('.electron-native', 'better_sqlite3.node');

/**
 * The core's options in the desktop app. The Electron-ABI better-sqlite3 build is used when it
 * exists; the Node build in node_modules (the one tests use) would not load in Electron.
 */
export function desktopServicesOptions(paths: DesktopPaths): ServicesOptions {
  const base = paths.isPackaged ? paths.resourcesPath : paths.appPath;
  const resourcesDir = paths.isPackaged ? paths.resourcesPath : join(paths.appPath, 'resources');
  const nativeBinding = join(base, ELECTRON_NATIVE_BINDING);
  return {
    dataDir: paths.userDataPath,
    resourcesDir,
    host: 'desktop',
    version: paths.version,
    workerDir: paths.mainDir,
    wordVectors: wordVectorsWanted(),
    ...(paths.exists(nativeBinding) ? { nativeBinding } : {}),
  };
}
