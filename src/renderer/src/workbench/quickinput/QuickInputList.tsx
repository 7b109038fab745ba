import { useEffect, useRef } from 'react';
import { Codicon } from '../components/Codicon';
import { KeybindingLabel } from '../components/KeybindingLabel';
import { HighlightedLabel } from './HighlightedLabel';
import type { FilteredEntry } from './quickEntries';
import type { PickItem } from './quickInputStore';

interface QuickInputListProps {
  readonly id: string;
  readonly rows: readonly FilteredEntry<PickItem>[];
  readonly active: number;
  readonly onHover: (index: number) => void;
  readonly onAccept: (index: number) => void;
}

/** The rows of the quick input: icon, highlighted label, description, keybinding or group. */
export function QuickInputList({ id, rows, active, onHover, onAccept }: QuickInputListProps) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <div ref={list} id={id} className="quick-input-list" role="listbox" aria-label="Results" onMouseDown={(e) => e.preventDefault()}>
      {rows.map(({ entry, highlights }, index) => (
        <div
          key={entry.id}
          id={`${id}-${index}`}
          data-index={index}
          role="option"
          aria-selected={index === active}
          aria-disabled={entry.muted || undefined}
          className={`quick-input-row ${index === active ? 'active' : ''} ${entry.muted ? 'muted' : ''} ${entry.group && index > 0 ? 'group-start' : ''} ${entry.detail ? 'with-detail' : ''}`}
          onMouseMove={() => index !== active && onHover(index)}
          onClick={() => onAccept(index)}
        >
          <div className="quick-input-row-main">
            {entry.icon && <Codicon name={entry.icon} />}
            <span className="quick-input-label">
              <HighlightedLabel text={entry.label} highlights={highlights} />
            </span>
            {entry.description && <span className="quick-input-description">{entry.description}</span>}
            <span className="quick-input-right">
              {entry.group && <span className="quick-input-group">{entry.group}</span>}
              {entry.keybinding && <KeybindingLabel keybinding={entry.keybinding} />}
            </span>
          </div>
          {entry.detail && <div className="quick-input-detail">{entry.detail}</div>}
        </div>
      ))}
      {rows.length === 0 && <div className="quick-input-empty">No matching results</div>}
    </div>
  );
}
