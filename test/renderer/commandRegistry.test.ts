import { describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../src/renderer/src/commands/commandRegistry';
import { decideKey } from '../../src/renderer/src/commands/keyDispatch';

function registry(): CommandRegistry {
  const commands = new CommandRegistry();
  const handler = () => undefined;
  commands.register({ id: 'palette', title: 'Show All Commands', category: 'View', keybinding: ['Ctrl+Shift+P', 'F1'], handler });
  commands.register({ id: 'close', title: 'Close Editor', category: 'View', keybinding: 'Ctrl+W', when: 'editorOpen', handler });
  commands.register({ id: 'theme', title: 'Color Theme', category: 'Preferences', keybinding: 'Ctrl+K Ctrl+T', handler });
  commands.register({ id: 'jobs', title: 'Show Jobs', category: 'View', keybinding: 'Ctrl+K J', handler });
  return commands;
}

describe('the command registry', () => {
  it('refuses a command registered twice, or a malformed declaration', () => {
    const commands = registry();
    expect(() => commands.register({ id: 'close', title: 'Again', category: 'View', handler: () => undefined })).toThrow(/registered twice/);
    expect(() => commands.register({ id: 'bad', title: 'Bad', category: 'X', when: 'a &&', handler: () => undefined })).toThrow(/when clause/);
    expect(() => commands.register({ id: 'bad2', title: 'Bad', category: 'X', keybinding: 'Super+X', handler: () => undefined })).toThrow(/modifier/);
  });

  it('lists commands sorted by category and title', () => {
    expect(registry().all().map((c) => c.id)).toEqual(['theme', 'close', 'palette', 'jobs']);
  });

  it('resolves key sequences: a command, the start of a chord, or nothing', () => {
    const commands = registry();
    expect(commands.resolve(['F1'], {})).toMatchObject({ kind: 'command', command: { id: 'palette' } });
    expect(commands.resolve(['Ctrl+K'], {})).toEqual({ kind: 'prefix' });
    expect(commands.resolve(['Ctrl+K', 'Ctrl+T'], {})).toMatchObject({ kind: 'command', command: { id: 'theme' } });
    expect(commands.resolve(['Ctrl+W'], { editorOpen: false })).toEqual({ kind: 'none' });
    expect(commands.resolve(['Ctrl+W'], { editorOpen: true })).toMatchObject({ kind: 'command', command: { id: 'close' } });
  });
});

describe('key handling', () => {
  const commands = registry();

  it('runs a bound chord, even from a text field', () => {
    expect(decideKey(commands, [], 'Ctrl+Shift+P', true, {}, false)).toEqual({ action: 'run', commandId: 'palette' });
    expect(decideKey(commands, [], 'F1', true, {}, false)).toEqual({ action: 'run', commandId: 'palette' });
  });

  it('leaves plain keys to text fields and unbound keys to the page', () => {
    expect(decideKey(commands, [], 'J', true, {}, false)).toEqual({ action: 'ignore' });
    expect(decideKey(commands, [], 'Ctrl+Q', false, {}, false)).toEqual({ action: 'ignore' });
  });

  it('waits for the second step of a chord and says so', () => {
    const first = decideKey(commands, [], 'Ctrl+K', false, {}, true);
    expect(first).toEqual({ action: 'wait', pending: ['Ctrl+K'], message: '(Cmd+K) was pressed. Waiting for the second key of the chord…' });
    expect(decideKey(commands, ['Ctrl+K'], 'J', true, {}, false)).toEqual({ action: 'run', commandId: 'jobs' });
    expect(decideKey(commands, ['Ctrl+K'], 'Ctrl+X', false, {}, false)).toEqual({
      action: 'unknown',
      message: 'The key combination (Ctrl+K Ctrl+X) is not a command.',
    });
  });

  it('gives a key bound only while focus is somewhere to that command there, and to the chord elsewhere', () => {
    const commands = registry();
    commands.register({ id: 'pick', title: 'Pick a Theme', category: 'Coding', keybinding: 'Ctrl+K', when: 'gridFocus', handler: () => undefined });
    expect(decideKey(commands, [], 'Ctrl+K', false, { gridFocus: true }, false)).toEqual({ action: 'run', commandId: 'pick' });
    expect(decideKey(commands, [], 'Ctrl+K', false, { gridFocus: false }, false)).toMatchObject({ action: 'wait', pending: ['Ctrl+K'] });
  });
});
