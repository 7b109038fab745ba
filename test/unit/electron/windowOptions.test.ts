import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../src/main/electron/windowOptions';

/** Every webPreference that must hold, with the only safe value. */
const REQUIRED = {
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
} as const;

/** Settings that weaken the sandbox if present at all. */
const FORBIDDEN_KEYS = ['enableBlinkFeatures', 'additionalArguments', 'session', 'partition', 'offscreen', 'javascript'];

describe('window options', () => {
  for (const isDev of [false, true]) {
    const options = createWindowOptions({ preloadPath: '/app/out/preload/index.js', isDev });
    const prefs = options.webPreferences ?? {};

    it(`sets every security preference explicitly (isDev=${isDev})`, () => {
      for (const [key, value] of Object.entries(REQUIRED)) {
        expect(prefs[key as keyof typeof prefs], key).toBe(value);
      }
    });

    it(`has no insecure or unknown extra setting (isDev=${isDev})`, () => {
      for (const key of FORBIDDEN_KEYS) expect(prefs, key).not.toHaveProperty(key);
      const allowed = new Set([...Object.keys(REQUIRED), 'preload', 'devTools', 'navigateOnDragDrop', 'safeDialogs', 'spellcheck']);
      expect(Object.keys(prefs).filter((key) => !allowed.has(key))).toEqual([]);
      expect(prefs.navigateOnDragDrop).toBe(false);
      expect(prefs.preload).toBe('/app/out/preload/index.js');
    });

    it(`opens dev tools only in development (isDev=${isDev})`, () => {
      expect(prefs.devTools).toBe(isDev);
    });
  }

  it('sets a background colour, a minimum size and waits for ready-to-show', () => {
    const options = createWindowOptions({ preloadPath: '/p.js', isDev: false, backgroundColor: '#ffffff' });
    expect(options.backgroundColor).toBe('#ffffff');
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
    expect(options.show).toBe(false);
  });
});
