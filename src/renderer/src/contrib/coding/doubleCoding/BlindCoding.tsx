import { useQueryClient } from '@tanstack/react-query';
import { useRef, type KeyboardEvent } from 'react';
import type { SampleItem } from '../../../../../shared/doubleCoding';
import { useApi } from '../../../services/ApiProvider';
import { useThemes } from '../../../services/queries';
import { reportError } from '../../../workbench/reportError';
import { codesChanged } from '../codingEvents';
import { refreshSamples, useSampleItems } from './sampleQueries';

/**
 * The sample as this coder sees it: only their own codes (the other coder's are hidden). A theme's
 * shortcut toggles it on the focused verbatim, Space marks the response done, J / K move.
 */
export function BlindCoding({ sampleId }: { sampleId: number }) {
  const client = useApi();
  const queryClient = useQueryClient();
  const themes = useThemes().data ?? [];
  const items = useSampleItems(sampleId);
  const list = useRef<HTMLOListElement>(null);
  const refresh = () => {
    codesChanged(queryClient);
    return refreshSamples(queryClient);
  };
  const byKey = new Map(themes.filter((t) => t.shortcut).map((t) => [t.shortcut!.toLowerCase(), t]));
  const path = new Map(themes.map((t) => [t.id, t]));

  const toggle = (item: SampleItem, verbatimId: number, themeId: number) => {
    const has = item.verbatims.some((v) => v.verbatimId === verbatimId && v.codes.some((c) => c.themeId === themeId));
    void client.api.samples
      .code({ themeId, verbatimId, apply: !has })
      .then(refresh)
      .catch((e: unknown) => reportError(e, 'Double-coding'));
  };
  const markDone = (item: SampleItem) =>
    void client.api.samples
      .markDone({ id: sampleId, responseId: item.responseId, done: !item.done })
      .then(refresh)
      .catch((e: unknown) => reportError(e, 'Double-coding'));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, item: SampleItem, verbatimId: number) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-verbatim]') ?? [])];
    const at = rows.indexOf(event.target as HTMLElement);
    const key = event.key.toLowerCase();
    if (key === 'j' || key === 'arrowdown' || key === 'k' || key === 'arrowup') {
      rows[Math.max(0, Math.min(rows.length - 1, at + (key === 'j' || key === 'arrowdown' ? 1 : -1)))]?.focus();
    } else if (key === ' ') {
      markDone(item);
    } else if (byKey.has(key)) {
      toggle(item, verbatimId, byKey.get(key)!.id);
    } else return;
    event.preventDefault();
  };

  if (!items.data) return <p className="muted">Loading the sample…</p>;
  const done = items.data.items.filter((i) => i.done).length;
  return (
    <div className="blind-coding">
      <p className="blind-note">
        Coding as <strong>{items.data.coder}</strong>. Blind: other coders’ codes are hidden here. {done} of {items.data.items.length} responses done. Keys: a
        theme’s shortcut toggles it, Space marks the response done, J / K move.
      </p>
      <ol className="stack-list sample-items" ref={list} aria-label="Sample">
        {items.data.items.map((item) => (
          <li key={item.responseId} className={`sample-item${item.done ? ' done' : ''}`}>
            <div className="sample-item-head">
              <span className="muted">#{item.position + 1}</span> <strong>{item.respondentId ?? `response ${item.responseId}`}</strong>
              {item.score !== undefined && <span className={`nps-group nps-${item.group ?? 'none'}`}>{item.score}</span>}
              <label className="check sample-done">
                <input type="checkbox" checked={item.done} onChange={() => markDone(item)} /> Done
              </label>
            </div>
            {item.verbatims.map((v) => (
              <div
                key={v.verbatimId}
                className="sample-verbatim"
                tabIndex={0}
                data-verbatim={v.verbatimId}
                aria-label={`${item.respondentId ?? item.responseId}: ${v.text}`}
                onKeyDown={(e) => onKeyDown(e, item, v.verbatimId)}
              >
                <p>{v.text}</p>
                <span className="theme-chips">
                  {v.codes.map((c) => {
                    const theme = path.get(c.themeId);
                    return (
                      <span key={c.codeId} className="theme-chip" style={{ borderColor: theme?.color }}>
                        <span className="theme-chip-dot" style={{ background: theme?.color }} />
                        {theme?.path ?? c.themeId}
                      </span>
                    );
                  })}
                </span>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
