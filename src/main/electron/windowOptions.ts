import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (out/preload/index.js). */
  readonly preloadPath: string;
  /** Dev tools are available only in development. */
  readonly isDev: boolean;
  /** Painted before the renderer's first frame; match the theme to avoid a flash. */
  readonly backgroundColor?: string;
}

/** The hardened options of the workbench window. Pure, so a test can read every setting. */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Loupe',
    backgroundColor: input.backgroundColor ?? '#1e1e1e',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      plugins: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: input.isDev,
    },
  };
}
