import type { CommandDefinition } from '../../commands/commandTypes';
import { useQuickInputStore } from '../quickinput/quickInputStore';
import type { ThemePreference } from '../theme/themeStore';
import { resolveTheme, THEME_LABELS, useThemeStore } from '../theme/themeStore';
import { logOutput } from '../output/outputStore';

function setTheme(preference: ThemePreference): void {
  useThemeStore.getState().setPreference(preference);
  logOutput(`Colour theme: ${THEME_LABELS[preference]}${preference === 'system' ? ` (now ${resolveTheme('system')})` : ''}`);
}

const ICONS: Readonly<Record<ThemePreference, string>> = { light: 'circle-large-outline', dark: 'circle-large-filled', system: 'device-desktop' };

/** Colour theme commands: toggle light/dark, pick Light / Dark / Follow OS. */
export const themeCommands: readonly CommandDefinition[] = [
  {
    id: 'loupe.theme.toggle',
    title: 'Toggle Light/Dark Theme',
    category: 'Preferences',
    icon: 'color-mode',
    handler: () => setTheme(resolveTheme(useThemeStore.getState().preference) === 'dark' ? 'light' : 'dark'),
  },
  {
    id: 'loupe.theme.pick',
    title: 'Color Theme…',
    category: 'Preferences',
    keybinding: 'Ctrl+K Ctrl+T',
    icon: 'symbol-color',
    handler: async () => {
      const current = useThemeStore.getState().preference;
      const picked = await useQuickInputStore.getState().pick({
        placeholder: 'Select Color Theme',
        activeId: current,
        items: (['light', 'dark', 'system'] as const).map((id) => ({
          id,
          label: THEME_LABELS[id],
          icon: ICONS[id],
          ...(id === 'system' ? { description: `currently ${resolveTheme('system')}` } : {}),
          ...(id === current ? { group: 'current' } : {}),
        })),
      });
      if (picked && (picked.id === 'light' || picked.id === 'dark' || picked.id === 'system')) setTheme(picked.id);
    },
  },
  { id: 'loupe.theme.light', title: 'Use Light Theme', category: 'Preferences', handler: () => setTheme('light') },
  { id: 'loupe.theme.dark', title: 'Use Dark Theme', category: 'Preferences', handler: () => setTheme('dark') },
  { id: 'loupe.theme.system', title: 'Follow OS Theme', category: 'Preferences', handler: () => setTheme('system') },
];
