import type { KeyboardEvent } from 'react';
import { formatKeybinding } from '../../commands/keybindings';
import { isMac } from '../../services/platformInfo';
import { Codicon } from '../components/Codicon';
import { primaryKeybinding } from '../components/KeybindingLabel';
import { Menu } from '../components/Menu';
import type { MenuEntry } from '../components/Menu';
import { useMenu } from '../components/useMenu';
import { useLayoutStore } from '../layout/layoutStore';
import { useWorkbench } from '../WorkbenchContext';
import './activitybar.css';

const MANAGE_MENU: readonly MenuEntry[] = [
  { commandId: 'loupe.workbench.showCommands' },
  'separator',
  { commandId: 'loupe.settings.open' },
  { commandId: 'loupe.settings.openKeybindings' },
  'separator',
  { commandId: 'loupe.theme.pick' },
  { commandId: 'loupe.theme.toggle' },
];

/** Moves focus among the bar's buttons with the arrow keys. */
function onArrowKeys(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[(index + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
  next?.focus();
  event.preventDefault();
}

/** The strip of view icons on the far left, with the Manage (gear) menu at the bottom. */
export function ActivityBar() {
  const { registry, run } = useWorkbench();
  const activeView = useLayoutStore((s) => s.activeView);
  const sidebarVisible = useLayoutStore((s) => s.sidebarVisible);
  const manage = useMenu();

  const tooltip = (title: string, commandId?: string) => {
    const keybinding = primaryKeybinding(commandId ? registry.commands.get(commandId)?.keybinding : undefined);
    return keybinding ? `${title} (${formatKeybinding(keybinding, isMac)})` : title;
  };

  return (
    <nav className="activitybar" aria-label="Views" onKeyDown={onArrowKeys}>
      <div className="activitybar-views" role="toolbar" aria-orientation="vertical">
        {registry.allViews().map((view) => {
          const active = sidebarVisible && activeView === view.id;
          return (
            <button
              key={view.id}
              type="button"
              className={`activitybar-item ${active ? 'active' : ''}`}
              aria-label={view.title}
              aria-pressed={active}
              title={tooltip(view.title, view.showCommand)}
              onClick={() => void run(view.showCommand ?? '', { toggle: true }, 'mouse')}
            >
              <Codicon name={view.icon} />
            </button>
          );
        })}
      </div>
      <button
        type="button"
        className={`activitybar-item ${manage.position ? 'active-menu' : ''}`}
        aria-label="Manage"
        aria-haspopup="menu"
        title="Manage"
        onClick={(e) => (manage.position ? manage.close() : manage.openAbove(e.currentTarget))}
      >
        <Codicon name="settings-gear" />
      </button>
      {manage.position && <Menu label="Manage" entries={MANAGE_MENU} {...manage.position} onClose={manage.close} />}
    </nav>
  );
}
