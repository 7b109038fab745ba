import { describe, expect, it } from 'vitest';
import { createWorkbenchRegistry } from '../../src/renderer/src/contrib/contributions';
import { commandEntries, filterEntries } from '../../src/renderer/src/workbench/quickinput/quickEntries';

const registry = createWorkbenchRegistry();
const commands = registry.commands.all();

describe('the contributions', () => {
  it('declare every command with a namespaced id, a title and a category', () => {
    expect(commands.length).toBeGreaterThan(30);
    for (const command of commands) {
      expect(command.id).toMatch(/^loupe\.[a-z]+\.[A-Za-z]+$/);
      expect(command.title.length).toBeGreaterThan(2);
      expect(command.category.length).toBeGreaterThan(2);
    }
  });

  it('never bind the same keys twice', () => {
    const seen = new Map<string, string>();
    for (const command of commands) {
      for (const chord of command.chords) {
        const keys = chord.join(' ');
        expect(seen.get(keys), `${keys} is bound by ${seen.get(keys)} and ${command.id}`).toBeUndefined();
        seen.set(keys, command.id);
      }
    }
    // A chord's first step is never also a command of its own, except one bound only while focus is
    // somewhere (Ctrl+K picks a theme in the verbatim grid; elsewhere it starts a chord).
    for (const command of commands) {
      for (const chord of command.chords.filter((c) => c.length > 1)) {
        const first = seen.get(chord[0]!);
        if (first) expect(registry.commands.get(first)?.when, `${chord[0]} runs ${first} everywhere`).toMatch(/\b[a-zA-Z]+Focus\b/);
      }
    }
    expect(seen.get('Ctrl+K')).toBe('loupe.coding.applyTheme');
  });

  it('give the keybindings the brief asks for', () => {
    const bound = (id: string) => registry.commands.get(id)?.chords.map((c) => c.join(' '));
    expect(bound('loupe.workbench.showCommands')).toEqual(['Ctrl+Shift+P', 'F1']);
    expect(bound('loupe.workbench.quickOpen')).toEqual(['Ctrl+P']);
    expect(bound('loupe.workbench.toggleSidebar')).toEqual(['Ctrl+B']);
    expect(bound('loupe.workbench.togglePanel')).toEqual(['Ctrl+J']);
    expect(bound('loupe.editor.close')).toEqual(['Ctrl+W']);
    expect(bound('loupe.editor.reopenClosed')).toEqual(['Ctrl+Shift+T']);
  });

  it('point views and editors at commands that exist', () => {
    for (const view of registry.allViews()) {
      expect(registry.commands.get(view.showCommand ?? '')).toBeDefined();
      for (const action of view.actions ?? []) expect(registry.commands.get(action)).toBeDefined();
    }
    for (const editor of registry.allEditors()) {
      if (editor.openCommand) expect(registry.commands.get(editor.openCommand)).toBeDefined();
    }
    expect(registry.editor('welcome')).toBeDefined();
    expect(registry.editor('project.overview')?.enabled({ projectOpen: false })).toBe(false);
  });
});

describe('the command palette', () => {
  const entries = commandEntries(registry, { projectOpen: false, editorOpen: true }, ['loupe.theme.toggle'], () => undefined);

  it('lists every command with its category, keybinding, and why it is unavailable', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(commands.map((c) => c.id).sort());
    expect(entries[0]).toMatchObject({ label: 'Preferences: Toggle Light/Dark Theme', group: 'recently used' });
    expect(entries.find((e) => e.id === 'loupe.workbench.toggleSidebar')).toMatchObject({
      label: 'View: Toggle Side Bar Visibility',
      keybinding: 'Ctrl+B',
    });
    expect(entries.find((e) => e.id === 'loupe.projects.close')).toMatchObject({ muted: true, description: 'Open or create a project first.' });
  });

  it('filters fuzzily, best match first, with the matched characters', () => {
    const [first] = filterEntries('tgl sid', entries);
    expect(first?.entry.label).toBe('View: Toggle Side Bar Visibility');
    expect(first?.highlights.length).toBeGreaterThan(3);
    expect(filterEntries('', entries)).toHaveLength(entries.length);
    expect(filterEntries('zzzzqqq', entries)).toEqual([]);
  });
});
