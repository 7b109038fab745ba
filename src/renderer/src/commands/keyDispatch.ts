import type { CommandRegistry } from './commandRegistry';
import { formatKeybinding, isCommandChord } from './keybindings';
import type { ContextKeys } from './whenClause';

export type KeyDecision =
  /** Not ours: let the key reach the page or the browser. */
  | { readonly action: 'ignore' }
  | { readonly action: 'run'; readonly commandId: string }
  /** First step of a chord: wait for the next key. */
  | { readonly action: 'wait'; readonly pending: readonly string[]; readonly message: string }
  /** A chord that matches nothing: swallow the key and say so. */
  | { readonly action: 'unknown'; readonly message: string };

/**
 * Decides what one key press does, given the chord steps pressed before it. Pure, so the whole
 * key-handling policy is testable without a DOM: plain keys (no Ctrl/Alt, not a function key)
 * are left alone while the user types in a text field.
 */
export function decideKey(
  registry: CommandRegistry,
  pending: readonly string[],
  part: string,
  typing: boolean,
  keys: ContextKeys,
  mac: boolean,
): KeyDecision {
  if (pending.length === 0 && typing && !isCommandChord(part)) return { action: 'ignore' };
  const sequence = [...pending, part];
  const resolved = registry.resolve(sequence, keys);
  const label = formatKeybinding(sequence.join(' '), mac);
  if (resolved.kind === 'command') return { action: 'run', commandId: resolved.command.id };
  if (resolved.kind === 'prefix') {
    return { action: 'wait', pending: sequence, message: `(${label}) was pressed. Waiting for the second key of the chord…` };
  }
  if (pending.length > 0) return { action: 'unknown', message: `The key combination (${label}) is not a command.` };
  return { action: 'ignore' };
}

/** True when the event target takes text input, so plain keys belong to it. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file'].includes(target.type);
  }
  return false;
}
