import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ResponseDetail } from '../../../../shared/coding';
import { serializeError } from '../../../../shared/errors';
import { useApi } from '../../services/ApiProvider';
import { queryKeys, useCurrentProject, useResponseDetail } from '../../services/queries';
import { Button, IconButton } from '../../workbench/components/Button';
import { HighlightedText } from './HighlightedText';
import { AddNote, NoteItem } from './Notes';
import { reportError } from '../../workbench/reportError';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { useGridState } from './gridState';
import { codesChanged } from './codingEvents';

const when = (iso: string) => new Date(iso).toLocaleString();

function Facts({ detail }: { detail: ResponseDetail }) {
  const facts: [string, string][] = [
    ['Respondent', detail.respondentId ?? '—'],
    ['Score', detail.score === undefined ? '—' : `${detail.score}${detail.group ? ` (${detail.group})` : ''}`],
    ...(detail.excluded ? [['Excluded', detail.excluded] as [string, string]] : []),
    ['Date', detail.date ? detail.date.replace('T', ' ').slice(0, 16) : '—'],
    ...(detail.customerKey ? [['Customer', detail.customerKey] as [string, string]] : []),
    ['Source', detail.source],
    ...Object.entries(detail.segments),
    ...detail.fields.map((f) => [f.name, f.value] as [string, string]),
  ];
  return (
    <dl className="response-facts">
      {facts.map(([name, value]) => (
        <div key={name} className="response-fact">
          <dt title={name}>{name}</dt>
          <dd title={value}>{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Character offsets [start, end) of the selection inside `container` (whose text is the verbatim's), or undefined. */
function selectedSpan(container: HTMLElement): { start: number; end: number } | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : undefined;
}

/**
 * The whole response the focused verbatim belongs to: its fields and segments, every verbatim
 * with its codes (who, from which source) and notes, and its coding history, newest first.
 */
export function ResponsePane() {
  const verbatimId = useGridState((s) => s.focusedId);
  const query = useGridState((s) => s.filter.query);
  const setOpen = useGridState((s) => s.setDetailOpen);
  const project = useCurrentProject();
  const queryClient = useQueryClient();
  const detail = useResponseDetail(verbatimId);
  const { run } = useWorkbench();
  const client = useApi();
  const [selection, setSelection] = useState<{ verbatimId: number; start: number; end: number; quote: string } | undefined>(undefined);
  const capture = (verbatimId: number, text: string) => (event: { currentTarget: HTMLElement }) => {
    const span = selectedSpan(event.currentTarget);
    setSelection(span ? { verbatimId, ...span, quote: text.slice(span.start, span.end) } : undefined);
  };
  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.response(project?.path, verbatimId ?? 0) });
    codesChanged(queryClient);
  };
  return (
    <aside className="response-pane" aria-label="Response">
      <header className="response-header">
        <h2>Response{detail.data?.respondentId ? ` ${detail.data.respondentId}` : ''}</h2>
        <IconButton icon="close" label="Close the response (Escape)" onClick={() => setOpen(false)} />
      </header>
      {verbatimId === undefined && <p className="muted response-empty">Select a verbatim to see its whole response.</p>}
      {detail.error && <p className="field-problem">{serializeError(detail.error).message}</p>}
      {detail.data && (
        <div className="response-body">
          <Facts detail={detail.data} />
          {detail.data.verbatims.map((v) => (
            <section key={v.verbatimId} className={`response-verbatim${v.verbatimId === verbatimId ? ' focused' : ''}`} aria-label={v.column}>
              <h3 title={v.column}>{v.column}</h3>
              <p className="response-text" onMouseUp={capture(v.verbatimId, v.text)} onKeyUp={capture(v.verbatimId, v.text)} tabIndex={0} aria-label="Verbatim text (select words to code them)">
                <HighlightedText
                  text={v.text}
                  query={query}
                  keyphrases={v.keyphrases}
                  excerpts={v.codes.filter((c) => c.start !== undefined && c.end !== undefined).map((c) => ({ start: c.start!, end: c.end!, label: c.path, color: c.color }))}
                />
              </p>
              {selection?.verbatimId === v.verbatimId && (
                <div className="excerpt-bar" role="group" aria-label="Selected words">
                  <span className="excerpt-quote">“{selection.quote.length > 60 ? `${selection.quote.slice(0, 60)}…` : selection.quote}”</span>
                  <Button
                    icon="tag"
                    onClick={() =>
                      void run('loupe.coding.codeExcerpt', { verbatimId: v.verbatimId, start: selection.start, end: selection.end }, 'button').then(() => setSelection(undefined))
                    }
                  >
                    Code Selected Words…
                  </Button>
                </div>
              )}
              {v.sentiment && <span className={`sentiment sentiment-${v.sentiment.label}`}>{v.sentiment.label}</span>}
              <ul className="response-codes" aria-label="Codes">
                {v.codes.length === 0 && <li className="muted">No themes yet.</li>}
                {v.codes.map((c, i) => (
                  <li key={i} className="theme-chip" style={{ borderColor: c.color }} title={`${c.path}, by ${c.coder} (${c.source})`}>
                    <span className="theme-chip-dot" style={{ background: c.color }} />
                    {c.path}
                    <span className="muted">
                      {' '}
                      · {c.coder}
                      {c.source === 'manual' ? '' : ` · ${c.source}`}
                      {c.start !== undefined ? ` · “${v.text.slice(c.start, c.end)}”` : ''}
                    </span>
                    <IconButton
                      icon="close"
                      label={`Remove ${c.path}${c.start !== undefined ? ` from “${v.text.slice(c.start, c.end)}”` : ''}`}
                      onClick={() =>
                        void client.api.coding
                          .removeCode({ codeId: c.codeId })
                          .then(changed)
                          .catch((e: unknown) => reportError(e, 'Coding'))
                      }
                    />
                  </li>
                ))}
              </ul>
              <ul className="notes" aria-label="Notes">
                {v.notes.map((n) => (
                  <NoteItem key={n.id} note={n} onChanged={changed} />
                ))}
              </ul>
              <AddNote on={{ verbatimId: v.verbatimId }} onChanged={changed} />
            </section>
          ))}
          <section className="response-history" aria-label="Coding history">
            <h3>Coding history</h3>
            {detail.data.history.length === 0 && <p className="muted">Nothing coded yet.</p>}
            <ol className="stack-list">
              {detail.data.history.map((e, i) => (
                <li key={i} className={e.undone ? 'undone' : ''} title={e.summary}>
                  <span className="muted">{when(e.at)}</span> {e.coder} {e.change === 'added' ? 'added' : 'removed'} <strong>{e.theme}</strong>
                  {e.source === 'manual' ? '' : ` (${e.source})`}
                  {e.undone ? ' — undone' : ''}
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </aside>
  );
}
