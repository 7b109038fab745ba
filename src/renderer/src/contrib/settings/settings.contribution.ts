import { useEditorStore } from '../../workbench/editor/editorStore';
import type { Contribution } from '../../workbench/registry';
import { KeybindingsEditor } from './KeybindingsEditor';
import { SettingsEditor } from './SettingsEditor';

export const SETTINGS_EDITOR = 'settings';
export const KEYBINDINGS_EDITOR = 'keybindings';

/** Settings: the Settings editor (theme) and the Keyboard Shortcuts editor. */
export const registerSettings: Contribution = (registry) => {
  registry.commands.register({
    id: 'loupe.settings.open',
    title: 'Open Settings',
    category: 'Preferences',
    keybinding: 'Ctrl+,',
    icon: 'settings-gear',
    handler: () => useEditorStore.getState().open({ kind: SETTINGS_EDITOR }),
  });
  registry.commands.register({
    id: 'loupe.settings.openKeybindings',
    title: 'Open Keyboard Shortcuts',
    category: 'Preferences',
    keybinding: 'Ctrl+K Ctrl+S',
    icon: 'keyboard',
    handler: () => useEditorStore.getState().open({ kind: KEYBINDINGS_EDITOR }),
  });
  registry.registerEditor({ kind: SETTINGS_EDITOR, title: 'Settings', icon: 'settings-gear', component: SettingsEditor, openCommand: 'loupe.settings.open' });
  registry.registerEditor({
    kind: KEYBINDINGS_EDITOR,
    title: 'Keyboard Shortcuts',
    icon: 'keyboard',
    component: KeybindingsEditor,
    openCommand: 'loupe.settings.openKeybindings',
  });
};
