import { useSyncExternalStore } from 'react';
import { create } from 'zustand';

export type ThemePreference = 'light' | 'dark' | 'system';
export type EffectiveTheme = 'light' | 'dark';

export const THEME_LABELS: Readonly<Record<ThemePreference, string>> = {
  light: 'Light',
  dark: 'Dark',
  system: 'Follow OS',
};

const STORAGE_KEY = 'loupe.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' || stored === 'system' ? stored : 'system';
  } catch {
    return 'system';
  }
}

interface ThemeState {
  readonly preference: ThemePreference;
  setPreference(preference: ThemePreference): void;
}

/** The colour theme the user chose; an app-wide setting (not per project), kept in localStorage. */
export const useThemeStore = create<ThemeState>()((set) => ({
  preference: readPreference(),
  setPreference: (preference) => {
    try {
      localStorage.setItem(STORAGE_KEY, preference);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this session.
    }
    set({ preference });
  },
}));

export function osPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

export function resolveTheme(preference: ThemePreference, osDark: boolean = osPrefersDark()): EffectiveTheme {
  return preference === 'system' ? (osDark ? 'dark' : 'light') : preference;
}

function subscribeToOs(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The theme in effect now, following the OS when the preference says so. */
export function useEffectiveTheme(): EffectiveTheme {
  const preference = useThemeStore((s) => s.preference);
  const osDark = useSyncExternalStore(subscribeToOs, osPrefersDark, () => false);
  return resolveTheme(preference, osDark);
}
