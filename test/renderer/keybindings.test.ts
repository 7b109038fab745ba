import { describe, expect, it } from 'vitest';
import { chordPartLabels, eventToChordPart, formatKeybinding, isCommandChord, parseKeybinding } from '../../src/renderer/src/commands/keybindings';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {}, code?: string) => ({
  key: k,
  code,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('keybindings', () => {
  it('parses declarations into a canonical form, modifiers in a fixed order', () => {
    expect(parseKeybinding('shift+ctrl+p')).toEqual(['Ctrl+Shift+P']);
    expect(parseKeybinding('F1')).toEqual(['F1']);
    expect(parseKeybinding('Ctrl+K Ctrl+T')).toEqual(['Ctrl+K', 'Ctrl+T']);
    expect(parseKeybinding('Ctrl+Shift+PageUp')).toEqual(['Ctrl+Shift+PageUp']);
    expect(parseKeybinding('Ctrl+,')).toEqual(['Ctrl+,']);
    expect(parseKeybinding('Ctrl++')).toEqual(['Ctrl++']);
    expect(parseKeybinding('Cmd+W')).toEqual(['Ctrl+W']);
    expect(() => parseKeybinding('Hyper+P')).toThrow(/unknown modifier/);
  });

  it('turns key events into chord parts, with Cmd as the primary modifier on macOS', () => {
    expect(eventToChordPart(key('P', { ctrlKey: true, shiftKey: true }, 'KeyP'), false)).toBe('Ctrl+Shift+P');
    expect(eventToChordPart(key('p', { metaKey: true, shiftKey: true }, 'KeyP'), true)).toBe('Ctrl+Shift+P');
    expect(eventToChordPart(key('p', { ctrlKey: true }, 'KeyP'), true)).toBe('WinCtrl+P');
    expect(eventToChordPart(key('F1', {}, 'F1'), false)).toBe('F1');
    expect(eventToChordPart(key('PageUp', { ctrlKey: true, shiftKey: true }, 'PageUp'), false)).toBe('Ctrl+Shift+PageUp');
    // Alt changes the character on macOS; the physical key still counts.
    expect(eventToChordPart(key('π', { altKey: true }, 'KeyP'), true)).toBe('Alt+P');
    expect(eventToChordPart(key('Control', { ctrlKey: true }, 'ControlLeft'), false)).toBeUndefined();
    expect(eventToChordPart(key('ArrowLeft'), false)).toBe('Left');
  });

  it('knows which chords still work while typing in a text field', () => {
    expect(isCommandChord('Ctrl+P')).toBe(true);
    expect(isCommandChord('F1')).toBe(true);
    expect(isCommandChord('Alt+X')).toBe(true);
    expect(isCommandChord('Shift+A')).toBe(false);
    expect(isCommandChord('J')).toBe(false);
  });

  it('formats for display, showing Cmd on macOS', () => {
    expect(formatKeybinding('Ctrl+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(formatKeybinding('Ctrl+Shift+P', true)).toBe('Cmd+Shift+P');
    expect(formatKeybinding('Ctrl+K Ctrl+T', true)).toBe('Cmd+K Cmd+T');
    expect(chordPartLabels('Ctrl++', false)).toEqual(['Ctrl', '+']);
    expect(chordPartLabels('Alt+Left', true)).toEqual(['Option', '←']);
  });
});
