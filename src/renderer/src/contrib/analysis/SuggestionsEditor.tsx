import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ThemeSuggestion } from '../../../../shared/nlp';
import { serializeError } from '../../../../shared/errors';
import { useApi } from '../../services/ApiProvider';
import { queryKeys, upsertJob, useCurrentProject, useSuggestions } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { EmptyState } from '../../workbench/components/EmptyState';
import { reportError } from '../../workbench/reportError';
import { useWorkbench } from '../../workbench/WorkbenchContext';

const percent = (share: number) => `${(100 * share).toFixed(share < 0.1 ? 1 : 0)}%`;

function Share({ value, label, tone }: { value: number; label: string; tone: 'volume' | 'detractors' }) {
  return (
    <span className={`share share-${tone}`} title={`${label}: ${percent(value)}`}>
      <span className="share-track">
        <span className="share-fill" style={{ width: `${Math.min(100, 100 * value)}%` }} />
      </span>
      <span className="share-value">{percent(value)}</span>
    </span>
  );
}

interface CardProps {
  readonly suggestion: ThemeSuggestion;
  readonly checked: boolean;
  readonly onCheck: (checked: boolean) => void;
  readonly busy: boolean;
  readonly act: (work: () => Promise<unknown>) => void;
}

/** One suggestion: its label and figures; expanded, its phrases (each can be dropped from the rule), verbatims and actions. */
function SuggestionCard({ suggestion: s, checked, onCheck, busy, act }: CardProps) {
  const client = useApi();
  const { run } = useWorkbench();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(s.label);
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const accepted = s.state === 'accepted';
  const kept = s.phrases.filter((p) => !dropped.has(p.key));
  return (
    <li className={`suggestion${accepted ? ' accepted' : ''}${open ? ' open' : ''}`} aria-label={s.label}>
      <div className="suggestion-head">
        <input type="checkbox" aria-label={`Select ${s.label}`} checked={checked} disabled={accepted} onChange={(e) => onCheck(e.target.checked)} />
        <button type="button" className="suggestion-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <Codicon name={open ? 'chevron-down' : 'chevron-right'} />
          <span className="suggestion-label">{s.label}</span>
        </button>
        {accepted && (
          <span className="suggestion-accepted">
            <Codicon name="check" /> in the codebook
          </span>
        )}
        <span className="suggestion-count">{s.members.toLocaleString()} verbatims</span>
        <Share value={s.volume} label="Share of the verbatims" tone="volume" />
        <Share value={s.detractorShare} label="Detractors among them" tone="detractors" />
        <span className="suggestion-distinct" title="How much closer its verbatims are to its centre than the average verbatim">
          {s.distinctiveness.toFixed(2)}
        </span>
      </div>
      {open && (
        <div className="suggestion-body">
          <div className="suggestion-phrases" role="group" aria-label="Phrases (the rule codes verbatims holding the ones kept)">
            {s.phrases.map((p) => (
              <label key={p.key} className={`phrase-chip${dropped.has(p.key) ? ' dropped' : ''}`} title={`${p.count} mentions`}>
                <input
                  type="checkbox"
                  checked={!dropped.has(p.key)}
                  disabled={accepted}
                  onChange={(e) => {
                    const next = new Set(dropped);
                    if (e.target.checked) next.delete(p.key);
                    else next.add(p.key);
                    setDropped(next);
                  }}
                />
                {p.label}
              </label>
            ))}
            {s.phrases.length === 0 && <span className="muted">No keyphrases: its verbatims are grouped by their words.</span>}
          </div>
          <ul className="stack-list suggestion-quotes" aria-label="Verbatims nearest its centre">
            {s.representatives.map((r) => (
              <li key={r.verbatimId}>“{r.text}”</li>
            ))}
          </ul>
          {!accepted && (
            <form
              className="suggestion-actions"
              onSubmit={(e) => {
                e.preventDefault();
                act(() =>
                  client.api.analysis.acceptSuggestion({ ids: [s.id], name: name.trim() || s.label, ...(dropped.size > 0 ? { phrases: kept.map((p) => p.key) } : {}) }),
                );
              }}
            >
              <input className="text-input" aria-label="Theme name" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
              <Button type="submit" icon="check" disabled={busy}>
                Accept as Theme
              </Button>
              <Button variant="secondary" icon="split-horizontal" disabled={busy} onClick={() => act(() => client.api.jobs.start({ kind: 'suggest', split: s.id }))}>
                Split
              </Button>
              <Button variant="secondary" icon="eye-closed" disabled={busy} onClick={() => act(() => client.api.analysis.dropSuggestion({ id: s.id }))}>
                Drop
              </Button>
              <Button variant="secondary" icon="table" onClick={() => void run('loupe.coding.showVerbatims', { filter: { suggestion: s.id } }, 'button')}>
                Show Verbatims
              </Button>
            </form>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * Suggested themes: groups of verbatims about the same problem, found from the data, with their
 * volume, detractor share and distinctiveness. Each opens to its phrases and verbatims; accept
 * (one, or merge several), split, drop, or ask for coarser or finer themes.
 */
export function SuggestionsEditor() {
  const client = useApi();
  const queryClient = useQueryClient();
  const project = useCurrentProject();
  const { run } = useWorkbench();
  const data = useSuggestions();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .then((result) => {
        if (result && typeof result === 'object' && 'kind' in result && 'id' in result) upsertJob(queryClient, result as Parameters<typeof upsertJob>[1]);
        setSelected(new Set());
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.suggestions(project?.path) }),
          queryClient.invalidateQueries({ queryKey: queryKeys.themes(project?.path) }),
        ]);
      })
      .catch((e: unknown) => reportError(serializeError(e), 'Suggested themes'))
      .finally(() => setBusy(false));
  };
  if (data.isPending) return <p className="view-welcome muted">Loading the suggested themes…</p>;
  const suggestions = data.data?.suggestions ?? [];
  const runInfo = data.data?.run;
  if (!runInfo) {
    return (
      <EmptyState icon="sparkle" title="No suggested themes yet">
        <p>Analyze the verbatims: Loupe scores their sentiment, finds their keyphrases and groups them into suggested themes.</p>
        <Button icon="lightbulb" onClick={() => void run('loupe.analysis.run', undefined, 'button')}>
          Analyze Verbatims
        </Button>
      </EmptyState>
    );
  }
  const shown = suggestions.filter((s) => s.state !== 'dropped');
  const droppedCount = suggestions.length - shown.length;
  const granularity = runInfo.granularity;
  return (
    <section className="suggestions-page" aria-label="Suggested themes">
      <header className="suggestions-header">
        <div>
          <h1>Suggested Themes</h1>
          <p className="muted">
            {shown.length} themes from {runInfo.documents.toLocaleString()} analysed English verbatims
            {runInfo.vectors ? ', with word vectors' : ', by shared words (no word vectors)'}; {new Date(runInfo.createdAt).toLocaleString()}
            {droppedCount > 0 ? `; ${droppedCount} dropped` : ''}.
          </p>
        </div>
        <div className="suggestions-controls" role="toolbar" aria-label="Suggestion controls">
          <Button variant="secondary" icon="zoom-out" disabled={busy || granularity <= -4} onClick={() => act(() => client.api.jobs.start({ kind: 'suggest', granularity: granularity - 1 }))}>
            Coarser
          </Button>
          <Button variant="secondary" icon="zoom-in" disabled={busy || granularity >= 4} onClick={() => act(() => client.api.jobs.start({ kind: 'suggest', granularity: granularity + 1 }))}>
            Finer
          </Button>
          <Button
            icon="merge"
            disabled={busy || selected.size < 2}
            onClick={() => {
              const ids = [...selected];
              const first = suggestions.find((s) => s.id === ids[0]);
              act(() => client.api.analysis.acceptSuggestion({ ids, ...(first ? { name: first.label } : {}) }));
            }}
          >
            Merge {selected.size > 1 ? selected.size : ''} into One Theme
          </Button>
        </div>
      </header>
      <div className="suggestions-columns" aria-hidden>
        <span />
        <span>Theme</span>
        <span>Verbatims</span>
        <span>Volume</span>
        <span>Detractors</span>
        <span>Distinct</span>
      </div>
      <ul className="stack-list suggestion-list">
        {shown.map((s) => (
          <SuggestionCard
            key={s.id}
            suggestion={s}
            checked={selected.has(s.id)}
            busy={busy}
            act={act}
            onCheck={(on) => {
              const next = new Set(selected);
              if (on) next.add(s.id);
              else next.delete(s.id);
              setSelected(next);
            }}
          />
        ))}
      </ul>
    </section>
  );
}
