/**
 * Keybinding strings as commands declare them ("Ctrl+Shift+P", "F1", "Ctrl+K Ctrl+T"):
 * parsing into a canonical form, matching keyboard events, and formatting for display.
 * "Ctrl" is the primary modifier: Cmd on macOS, Ctrl elsewhere; "WinCtrl" is the real
 * Control key on macOS.
 */

const MODIFIER_ORDER = ['Ctrl', 'Shift', 'Alt', 'WinCtrl'] as const;
type Modifier = (typeof MODIFIER_ORDER)[number];

const KEY_ALIASES: Readonly<Record<string, string>> = {
  arrowleft: 'Left',
  arrowright: 'Right',
  arrowup: 'Up',
  arrowdown: 'Down',
  esc: 'Escape',
  escape: 'Escape',
  enter: 'Enter',
  return: 'Enter',
  tab: 'Tab',
  space: 'Space',
  ' ': 'Space',
  backspace: 'Backspace',
  delete: 'Delete',
  del: 'Delete',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  insert: 'Insert',
  left: 'Left',
  right: 'Right',
  up: 'Up',
  down: 'Down',
};

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'OS']);

function canonicalKey(raw: string): string {
  const lower = raw.toLowerCase();
  const alias = KEY_ALIASES[lower];
  if (alias) return alias;
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return lower.toUpperCase();
  if (raw.length === 1) return raw.toUpperCase();
  return raw;
}

/** One step of a chord in canonical form, e.g. "Ctrl+Shift+P". Throws on a malformed string. */
export function parseChordPart(part: string): string {
  const tokens = part.split('+').map((token) => token.trim());
  // "Ctrl++" means Ctrl and the plus key.
  if (part.endsWith('++')) tokens.splice(tokens.length - 2, 2, '+');
  const key = tokens.pop();
  if (!key) throw new Error(`Keybinding "${part}" has no key`);
  const modifiers = new Set<Modifier>();
  for (const token of tokens) {
    const found = MODIFIER_ORDER.find((m) => m.toLowerCase() === token.toLowerCase()) ??
      (/^(cmd|meta|ctrlcmd)$/i.test(token) ? 'Ctrl' : undefined);
    if (!found) throw new Error(`Keybinding "${part}" has an unknown modifier "${token}"`);
    modifiers.add(found);
  }
  return [...MODIFIER_ORDER.filter((m) => modifiers.has(m)), canonicalKey(key)].join('+');
}

/** A keybinding as a list of canonical chord parts: "Ctrl+K Ctrl+T" -> ["Ctrl+K", "Ctrl+T"]. */
export function parseKeybinding(keybinding: string): readonly string[] {
  return keybinding.trim().split(/\s+/).map(parseChordPart);
}

/** The subset of KeyboardEvent that key handling reads (so tests can pass plain objects). */
export interface KeyEventLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

function eventKey(event: KeyEventLike): string | undefined {
  if (MODIFIER_KEYS.has(event.key)) return undefined;
  const code = event.code ?? '';
  // Letters and digits by physical key when a modifier changes the produced character.
  if (/^Key[A-Z]$/.test(code) && !/^[a-z]$/i.test(event.key)) return code.slice(3);
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (event.key === 'Dead' || event.key === 'Unidentified') return undefined;
  return canonicalKey(event.key);
}

/** The canonical chord part a keyboard event produces, or undefined for a lone modifier. */
export function eventToChordPart(event: KeyEventLike, mac: boolean): string | undefined {
  const key = eventKey(event);
  if (key === undefined) return undefined;
  const parts: string[] = [];
  if (mac ? event.metaKey : event.ctrlKey) parts.push('Ctrl');
  if (event.shiftKey) parts.push('Shift');
  if (event.altKey) parts.push('Alt');
  if (mac && event.ctrlKey) parts.push('WinCtrl');
  parts.push(key);
  return parts.join('+');
}

/** True when the chord part carries Ctrl/Cmd, Alt or is a function key (so it works while typing). */
export function isCommandChord(part: string): boolean {
  return /(^|\+)(Ctrl|Alt|WinCtrl)\+/.test(part) || /(^|\+)F\d{1,2}$/.test(part);
}

const MAC_LABELS: Readonly<Record<string, string>> = { Ctrl: 'Cmd', Alt: 'Option', WinCtrl: 'Ctrl' };
const KEY_LABELS: Readonly<Record<string, string>> = {
  Left: '←',
  Right: '→',
  Up: '↑',
  Down: '↓',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
};

/** The keys of one chord part as a user reads them: ["Cmd", "Shift", "P"] on macOS. */
export function chordPartLabels(part: string, mac: boolean): string[] {
  const tokens = part === '+' ? ['+'] : part.endsWith('++') ? [...part.slice(0, -2).split('+'), '+'] : part.split('+');
  return tokens.map((token) => (mac ? MAC_LABELS[token] : undefined) ?? (token === 'WinCtrl' ? 'Ctrl' : KEY_LABELS[token] ?? token));
}

/** A keybinding as display text: "Ctrl+Shift+P", "Cmd+K Cmd+T" on macOS. */
export function formatKeybinding(keybinding: string, mac: boolean): string {
  return parseKeybinding(keybinding)
    .map((part) => chordPartLabels(part, mac).join('+'))
    .join(' ');
}
