import fuzzysort from 'fuzzysort';
import { useMemo, useState } from 'react';
import { formatKeybinding } from '../../commands/keybindings';
import { isMac } from '../../services/platformInfo';
import { DataTable } from '../../workbench/components/DataTable';
import { KeybindingLabel } from '../../workbench/components/KeybindingLabel';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import './settings.css';

/** Keyboard Shortcuts: every registered command, its category, keybinding and when clause. */
export function KeybindingsEditor() {
  const { registry, run } = useWorkbench();
  const [query, setQuery] = useState('');
  const commands = registry.commands.all();
  const rows = useMemo(() => {
    const searchable = commands.map((command) => ({
      command,
      text: `${command.category}: ${command.title}`,
      keys: [command.keybinding ?? []].flat().map((k) => formatKeybinding(k, isMac)).join(' '),
    }));
    const matched = query.trim()
      ? fuzzysort.go(query.trim(), searchable, { keys: ['text', 'keys', (s) => s.command.id] }).map((r) => r.obj)
      : searchable;
    return matched.map(({ command }) => ({
      key: command.id,
      cells: {
        command: <span title={command.id}>{command.title}</span>,
        category: command.category,
        keybinding: command.keybinding ? (
          <span className="keybinding-list">
            {[command.keybinding].flat().map((k) => (
              <KeybindingLabel key={k} keybinding={k} />
            ))}
          </span>
        ) : (
          <span className="muted">—</span>
        ),
        when: command.when ? <code>{command.when}</code> : <span className="muted">always</span>,
        id: <code className="muted">{command.id}</code>,
      },
    }));
  }, [commands, query]);

  return (
    <article className="editor-page keybindings" aria-label="Keyboard Shortcuts">
      <h1>Keyboard Shortcuts</h1>
      <p className="subtitle">
        {commands.length} commands and their keybindings on this computer. Enter or double-click runs a command.
      </p>
      <input
        className="text-input keybindings-search"
        type="search"
        placeholder="Type to search commands and keybindings"
        aria-label="Search keybindings"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <DataTable
        label="Keyboard shortcuts"
        columns={[
          { key: 'command', title: 'Command', width: '30%' },
          { key: 'category', title: 'Category', width: '13%' },
          { key: 'keybinding', title: 'Keybinding', width: '20%' },
          { key: 'when', title: 'When' },
          { key: 'id', title: 'Id' },
        ]}
        rows={rows}
        onActivate={(id) => void run(id, undefined, 'keyboard')}
      />
      {rows.length === 0 && <p className="muted">No command matches “{query}”.</p>}
    </article>
  );
}
