import type { KeyboardEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useCurrentProject, useImports, useRecentProjects } from '../../services/queries';
import { restoreFocus } from '../components/restoreFocus';
import { useWorkbench } from '../WorkbenchContext';
import { useCommandHistoryStore } from './commandHistoryStore';
import type { QuickEntry } from './quickEntries';
import { commandEntries, filterEntries, quickOpenEntries } from './quickEntries';
import { useQuickInputStore } from './quickInputStore';
import { QuickInputList } from './QuickInputList';
import './quickinput.css';

const LIST_ID = 'quick-input-list';

/** Quick open (Ctrl+P), the command palette (">" prefix, Ctrl+Shift+P) and quick picks. */
export function QuickInput() {
  const view = useQuickInputStore((s) => s.view);
  if (view.mode === 'closed') return null;
  return <QuickInputWidget key={view.nonce} />;
}

function QuickInputWidget() {
  const { registry, services, run } = useWorkbench();
  const view = useQuickInputStore((s) => s.view);
  const close = useQuickInputStore((s) => s.close);
  const recentCommands = useCommandHistoryStore((s) => s.recent);
  const remember = useCommandHistoryStore((s) => s.remember);
  const recent = useRecentProjects().data;
  const imports = useImports().data;
  const project = useCurrentProject();
  const [value, setValue] = useState(view.mode === 'main' ? view.value : '');
  const widget = useRef<HTMLDivElement>(null);
  // Where focus was before the input took it (read on first render, before autofocus).
  const [previousFocus] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : undefined));

  // Focus goes back there when the quick input closes (unless something else took it).
  useEffect(() => {
    const node = widget.current;
    return () => restoreFocus(previousFocus, node);
  }, [previousFocus]);
  const [active, setActive] = useState(() =>
    view.mode === 'pick' ? Math.max(0, view.request.items.findIndex((item) => item.id === view.request.activeId)) : 0,
  );

  const commandMode = view.mode === 'main' && value.startsWith('>');
  const query = commandMode ? value.slice(1) : value;

  const entries: readonly QuickEntry[] = useMemo(() => {
    if (view.mode === 'pick') return view.request.items.map((item) => ({ ...item, accept: () => close(item) }));
    if (view.mode !== 'main') return [];
    const keys = services.contextKeys();
    if (commandMode) {
      return commandEntries(registry, keys, recentCommands, (id) => {
        remember(id);
        void run(id, undefined, 'palette');
      });
    }
    const data = { recent: recent ?? [], imports: imports ?? [], ...(project ? { currentPath: project.path } : {}) };
    return quickOpenEntries(registry, keys, data, (id, args) => void run(id, args, 'quick open'));
  }, [view, commandMode, registry, services, recentCommands, remember, run, close, recent, imports, project]);

  const rows = useMemo(() => filterEntries(query, entries), [query, entries]);
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  const accept = (index: number) => {
    const row = rows[index];
    if (!row) return;
    const entry = row.entry as QuickEntry;
    if (view.mode === 'main') close();
    entry.accept();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const page = 10;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key in moves) {
      const next = activeIndex + (moves[event.key] ?? 0);
      const wrap = Math.abs(moves[event.key] ?? 0) === 1;
      setActive(wrap ? (next + rows.length) % Math.max(1, rows.length) : Math.max(0, Math.min(rows.length - 1, next)));
    } else if (event.key === 'Enter') {
      accept(activeIndex);
    } else if (event.key === 'Escape') {
      close();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const placeholder =
    view.mode === 'pick'
      ? view.request.placeholder
      : commandMode
        ? 'Type the name of a command to run'
        : 'Search projects, editors and datasets by name (type > for commands)';

  return (
    <div className="quick-input-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div ref={widget} className="quick-input" role="dialog" aria-label={commandMode ? 'Command Palette' : view.mode === 'pick' ? placeholder : 'Quick Open'}>
        <input
          className="quick-input-box text-input"
          autoFocus
          value={value}
          placeholder={placeholder}
          role="combobox"
          aria-expanded="true"
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={rows.length > 0 ? `${LIST_ID}-${activeIndex}` : undefined}
          aria-label={placeholder}
          spellCheck={false}
          onChange={(e) => {
            setValue(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => close()}
        />
        <QuickInputList id={LIST_ID} rows={rows} active={activeIndex} onHover={setActive} onAccept={accept} />
      </div>
    </div>
  );
}
