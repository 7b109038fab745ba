import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopServicesOptions } from '../../../src/main/electron/desktopServicesOptions';

const base = { appPath: '/repo', resourcesPath: '/App/resources', userDataPath: '/home/u/.config/Loupe', version: '1.2.3', mainDir: '/repo/out/main' };

describe('desktop services options', () => {
  it('in development: repo resources/, userData, host desktop, the Electron-ABI binding when built', () => {
    const options = desktopServicesOptions({ ...base, isPackaged: false, exists: (p) => p === join('/repo', '.electron-native', 'better_sqlite3.node') });
    expect(options).toEqual({
      dataDir: '/home/u/.config/Loupe',
      resourcesDir: join('/repo', 'resources'),
      host: 'desktop',
      version: '1.2.3',
      workerDir: '/repo/out/main',
      // The suites set LOUPE_WORD_VECTORS=off; the app itself uses them.
      wordVectors: false,
      nativeBinding: join('/repo', '.electron-native', 'better_sqlite3.node'),
    });
  });

  it('packaged: resources from process.resourcesPath', () => {
    const options = desktopServicesOptions({ ...base, isPackaged: true, exists: () => true });
    expect(options.resourcesDir).toBe('/App/resources');
    expect(options.nativeBinding).toBe(join('/App/resources', '.electron-native', 'better_sqlite3.node'));
  });

  it('never points at the Node build: no nativeBinding when the Electron build is absent', () => {
    const options = desktopServicesOptions({ ...base, isPackaged: false, exists: () => false });
    expect(options).not.toHaveProperty('nativeBinding');
  });
});
