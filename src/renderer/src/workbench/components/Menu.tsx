import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { RegisteredCommand } from '../../commands/commandTypes';
import { useWorkbench } from '../WorkbenchContext';
import { KeybindingLabel, primaryKeybinding } from './KeybindingLabel';
import { restoreFocus } from './restoreFocus';
import './menu.css';

/** A menu entry: a command (with optional arguments) or a separator. */
export type MenuEntry = { readonly commandId: string; readonly args?: unknown; readonly label?: string } | 'separator';

type MenuItem =
  | 'separator'
  | { readonly entry: Exclude<MenuEntry, 'separator'>; readonly command: RegisteredCommand; readonly enabled: boolean };

interface MenuProps {
  readonly entries: readonly MenuEntry[];
  /** Where to open: viewport coordinates of the menu's top-left (or bottom-left with `above`). */
  readonly x: number;
  readonly y: number;
  readonly above?: boolean;
  readonly label: string;
  readonly onClose: () => void;
}

/**
 * A context menu whose items come from command declarations (title, keybinding, when clause).
 * Arrow keys move, Enter runs, Escape closes and focus returns to where it was.
 */
export function Menu({ entries, x, y, above, label, onClose }: MenuProps) {
  const { registry, services, run } = useWorkbench();
  const keys = services.contextKeys();
  const items: MenuItem[] = entries.flatMap((entry): MenuItem[] => {
    if (entry === 'separator') return ['separator'];
    const command = registry.commands.get(entry.commandId);
    return command ? [{ entry, command, enabled: command.enabled(keys) }] : [];
  });
  const actionable = items.flatMap((item, i) => (item !== 'separator' && item.enabled ? [i] : []));
  const [focused, setFocused] = useState(actionable[0] ?? -1);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const node = menu.current;
    node?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('blur', onClose);
      restoreFocus(previous, node);
    };
  }, [onClose]);

  const choose = (index: number) => {
    const item = items[index];
    if (!item || item === 'separator' || !item.enabled) return;
    onClose();
    void run(item.command.id, item.entry.args, 'menu');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = actionable.indexOf(focused);
    const step = (delta: number) => setFocused(actionable[(at + delta + actionable.length) % actionable.length] ?? -1);
    if (event.key === 'ArrowDown') step(1);
    else if (event.key === 'ArrowUp') step(-1);
    else if (event.key === 'Home') setFocused(actionable[0] ?? -1);
    else if (event.key === 'End') setFocused(actionable[actionable.length - 1] ?? -1);
    else if (event.key === 'Enter' || event.key === ' ') choose(focused);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const left = Math.min(x, window.innerWidth - 260);
  const position = above ? { left, bottom: window.innerHeight - y } : { left, top: Math.min(y, window.innerHeight - 40) };
  return (
    <div
      ref={menu}
      className="menu"
      role="menu"
      aria-label={label}
      tabIndex={-1}
      style={position}
      onKeyDown={onKeyDown}
      aria-activedescendant={focused >= 0 ? `menu-item-${focused}` : undefined}
    >
      {items.map((item, i) =>
        item === 'separator' ? (
          <div key={i} className="menu-separator" role="separator" />
        ) : (
          <div
            key={i}
            id={`menu-item-${i}`}
            role="menuitem"
            aria-disabled={!item.enabled}
            className={`menu-item ${focused === i ? 'focused' : ''}`}
            onMouseEnter={() => item.enabled && setFocused(i)}
            onClick={() => choose(i)}
          >
            <span className="menu-item-label">{item.entry.label ?? item.command.title}</span>
            {primaryKeybinding(item.command.keybinding) && (
              <KeybindingLabel keybinding={primaryKeybinding(item.command.keybinding) ?? ''} />
            )}
          </div>
        ),
      )}
    </div>
  );
}
