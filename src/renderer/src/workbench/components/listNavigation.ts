import type { KeyboardEvent } from 'react';

/**
 * Arrow-key navigation for a list whose rows are focusable (tabIndex 0) and marked with
 * `data-nav-item`: Up/Down move focus, Home/End jump to the ends.
 */
export function navigateList(event: KeyboardEvent<HTMLElement>): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-nav-item]')];
  if (items.length === 0) return;
  const index = items.indexOf(document.activeElement as HTMLElement);
  const targets: Record<string, number> = {
    ArrowDown: Math.min(items.length - 1, index + 1),
    ArrowUp: Math.max(0, index - 1),
    Home: 0,
    End: items.length - 1,
  };
  const target = targets[event.key];
  if (target === undefined) return;
  event.preventDefault();
  items[target]?.focus();
}
