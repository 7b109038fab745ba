import { useId } from 'react';
import type { ThemePreference } from '../../workbench/theme/themeStore';
import { THEME_LABELS, useEffectiveTheme, useThemeStore } from '../../workbench/theme/themeStore';
import { KeybindingLabel } from '../../workbench/components/KeybindingLabel';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { CoderNameSetting } from './CoderNameSetting';
import './settings.css';

const DESCRIPTIONS: Readonly<Record<ThemePreference, string>> = {
  light: 'Dark text on light backgrounds (Light+).',
  dark: 'Light text on dark backgrounds (Dark+).',
  system: 'Light or dark as your operating system is set, switching when it does.',
};

/** Settings: the colour theme (app-wide), the coder's name, and where to find keyboard shortcuts. */
export function SettingsEditor() {
  const { run } = useWorkbench();
  const preference = useThemeStore((s) => s.preference);
  const effective = useEffectiveTheme();
  const groupId = useId();
  return (
    <article className="editor-page settings" aria-label="Settings">
      <h1>Settings</h1>
      <p className="subtitle">Settings apply to every project on this computer.</p>
      <section className="setting" aria-labelledby={groupId}>
        <h2 id={groupId}>
          <span className="setting-category">Workbench › Appearance: </span>Color Theme
        </h2>
        <p className="setting-description">
          Choose how Loupe looks. Now showing the {THEME_LABELS[effective].toLowerCase()} theme. Also available with{' '}
          <KeybindingLabel keybinding="Ctrl+K Ctrl+T" /> or the status bar.
        </p>
        <div role="radiogroup" aria-labelledby={groupId} className="setting-options">
          {(['light', 'dark', 'system'] as const).map((id) => (
            <label key={id} className={`setting-option ${preference === id ? 'checked' : ''}`}>
              <input
                type="radio"
                name="theme"
                value={id}
                checked={preference === id}
                onChange={() => void run(`loupe.theme.${id}`, undefined, 'button')}
              />
              <span className={`theme-swatch ${id}`} aria-hidden="true" />
              <span className="setting-option-text">
                <strong>{THEME_LABELS[id]}</strong>
                <span>{DESCRIPTIONS[id]}</span>
              </span>
            </label>
          ))}
        </div>
      </section>
      <CoderNameSetting />
      <section className="setting">
        <h2>
          <span className="setting-category">Keyboard: </span>Shortcuts
        </h2>
        <p className="setting-description">
          Every command and its keybinding is listed in{' '}
          <button type="button" className="link" onClick={() => void run('loupe.settings.openKeybindings', undefined, 'button')}>
            Keyboard Shortcuts
          </button>
          .
        </p>
      </section>
    </article>
  );
}
