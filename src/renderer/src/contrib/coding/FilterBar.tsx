import { useState } from 'react';
import type { GridFilter, Theme } from '../../../../shared/coding';
import { useCoders, useSegments, useThemes } from '../../services/queries';
import { IconButton } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { Popover } from '../../workbench/components/Popover';
import { useGridState } from './gridState';
import { ViewPicker } from './ViewPicker';

/** The grid's optional columns: their ids and headers (the verbatim's text is always shown). */
export const OPTIONAL_COLUMNS: readonly { readonly id: string; readonly label: string }[] = [
  { id: 'themes', label: 'Themes' },
  { id: 'score', label: 'Score' },
  { id: 'group', label: 'Group' },
  { id: 'sentiment', label: 'Sentiment' },
  { id: 'keyphrases', label: 'Keyphrases' },
  { id: 'date', label: 'Date' },
  { id: 'respondentId', label: 'Respondent' },
  { id: 'notes', label: 'Notes' },
];

export const segmentColumnId = (name: string) => `segment:${name}`;

const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;

function numberOrUndefined(text: string): number | undefined {
  const n = Number.parseInt(text, 10);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : undefined;
}

function toggled<T>(list: readonly T[] | undefined, item: T, on: boolean): T[] {
  const rest = (list ?? []).filter((x) => x !== item);
  return on ? [...rest, item] : rest;
}

/** The active filters, each as a chip that clears it. */
function chips(filter: GridFilter, themes: readonly Theme[]): { key: string; label: string; clear: Partial<GridFilter> }[] {
  const out: { key: string; label: string; clear: Partial<GridFilter> }[] = [];
  if (filter.query) out.push({ key: 'query', label: `Search: ${filter.query}`, clear: { query: undefined } });
  if (filter.group) out.push({ key: 'group', label: `${filter.group[0]!.toUpperCase()}${filter.group.slice(1)}s`, clear: { group: undefined } });
  if (filter.scoreMin !== undefined || filter.scoreMax !== undefined) {
    out.push({ key: 'score', label: `Score ${filter.scoreMin ?? 0}–${filter.scoreMax ?? 10}`, clear: { scoreMin: undefined, scoreMax: undefined } });
  }
  const themeIds = [...(filter.themeId ? [filter.themeId] : []), ...(filter.themeIds ?? [])];
  if (themeIds.length > 0) {
    const names = themeIds.map((id) => themes.find((t) => t.id === id)?.path ?? `#${id}`);
    const mode = filter.themeMode ?? 'any';
    out.push({ key: 'themes', label: `${mode === 'none' ? 'Without' : mode === 'all' ? 'All of' : 'Any of'}: ${names.join(', ')}`, clear: { themeId: undefined, themeIds: undefined, themeMode: undefined } });
  }
  if (filter.uncoded) out.push({ key: 'uncoded', label: 'Uncoded', clear: { uncoded: undefined } });
  if (filter.sentiment) out.push({ key: 'sentiment', label: `Sentiment: ${filter.sentiment}`, clear: { sentiment: undefined } });
  if (filter.dateFrom || filter.dateTo) out.push({ key: 'dates', label: `Dates ${filter.dateFrom ?? '…'} – ${filter.dateTo ?? '…'}`, clear: { dateFrom: undefined, dateTo: undefined } });
  if (filter.coder) out.push({ key: 'coder', label: `Coded by ${filter.coder}`, clear: { coder: undefined } });
  if (filter.model !== undefined) {
    const name = themes.find((t) => t.id === filter.model)?.path ?? `#${filter.model}`;
    out.push({ key: 'model', label: `Suggested by the classifier for ${name}`, clear: { model: undefined } });
  }
  if (filter.suggestion) out.push({ key: 'suggestion', label: 'In a suggested theme', clear: { suggestion: undefined } });
  for (const [name, value] of Object.entries(filter.segments ?? {})) {
    const values = typeof value === 'string' ? [value] : value;
    const rest = Object.fromEntries(Object.entries(filter.segments ?? {}).filter(([n]) => n !== name));
    out.push({ key: `segment:${name}`, label: `${name}: ${values.join(', ')}`, clear: { segments: rest } });
  }
  return out;
}

/** One end of the score range: 0–10, empty for no bound. */
function ScoreInput({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: number | undefined; onChange: (value: number | undefined) => void }) {
  return (
    <input
      className="text-input filter-number"
      type="number"
      min={0}
      max={10}
      aria-label={label}
      placeholder={placeholder}
      value={value ?? ''}
      onChange={(e) => onChange(numberOrUndefined(e.target.value))}
    />
  );
}

/** Score, themes, sentiment, dates, coder and segment values: the filters beyond search and NPS group. */
function FiltersPanel({ themes }: { themes: readonly Theme[] }) {
  const filter = useGridState((s) => s.filter);
  const patch = useGridState((s) => s.patchFilter);
  const segments = useSegments().data ?? [];
  const coders = useCoders().data ?? [];
  const themeIds = [...(filter.themeId ? [filter.themeId] : []), ...(filter.themeIds ?? [])];
  const segmentValues = (name: string): readonly string[] => {
    const value = filter.segments?.[name];
    return value === undefined ? [] : typeof value === 'string' ? [value] : value;
  };
  return (
    <>
      <fieldset className="filter-group">
        <legend>Score</legend>
        <div className="form-row filter-row">
          <ScoreInput label="Lowest score" placeholder="0" value={filter.scoreMin} onChange={(scoreMin) => patch({ scoreMin })} />
          <span className="muted">to</span>
          <ScoreInput label="Highest score" placeholder="10" value={filter.scoreMax} onChange={(scoreMax) => patch({ scoreMax })} />
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>Sentiment and coder</legend>
        <div className="form-row filter-row">
          <select className="select" aria-label="Sentiment" value={filter.sentiment ?? ''} onChange={(e) => patch({ sentiment: (e.target.value || undefined) as GridFilter['sentiment'] })}>
            <option value="">Any sentiment</option>
            {SENTIMENTS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <select className="select" aria-label="Coder" value={filter.coder ?? ''} onChange={(e) => patch({ coder: e.target.value || undefined })}>
            <option value="">Anyone’s codes</option>
            {coders.map((c) => (
              <option key={c} value={c}>
                Coded by {c}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>Response date</legend>
        <div className="form-row filter-row">
          <input className="text-input" type="date" aria-label="From date" value={filter.dateFrom ?? ''} onChange={(e) => patch({ dateFrom: e.target.value || undefined })} />
          <span className="muted">to</span>
          <input className="text-input" type="date" aria-label="To date" value={filter.dateTo ?? ''} onChange={(e) => patch({ dateTo: e.target.value || undefined })} />
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>Themes</legend>
        <div className="form-row filter-row">
          <select className="select" aria-label="Theme match" value={filter.themeMode ?? 'any'} onChange={(e) => patch({ themeMode: e.target.value as 'any' | 'all' | 'none' })}>
            <option value="any">Has any of</option>
            <option value="all">Has all of</option>
            <option value="none">Has none of</option>
          </select>
          <label className="check">
            <input type="checkbox" checked={Boolean(filter.uncoded)} onChange={(e) => patch({ uncoded: e.target.checked || undefined })} />
            Uncoded only
          </label>
        </div>
        <div className="filter-checklist" role="group" aria-label="Themes to filter by">
          {themes.length === 0 && <span className="muted">The codebook is empty.</span>}
          {themes.map((t) => (
            <label key={t.id} className="check" style={{ paddingLeft: (t.path.split(' > ').length - 1) * 14 }}>
              <input
                type="checkbox"
                checked={themeIds.includes(t.id)}
                onChange={(e) => patch({ themeId: undefined, themeIds: toggled(themeIds, t.id, e.target.checked) })}
              />
              <span className="theme-swatch" style={{ background: t.color }} aria-hidden />
              {t.name}
            </label>
          ))}
        </div>
      </fieldset>
      {segments.map((segment) => (
        <fieldset key={segment.name} className="filter-group">
          <legend>{segment.name}</legend>
          <div className="filter-checklist" role="group" aria-label={`${segment.name} values`}>
            {segment.values.map((value) => (
              <label key={value} className="check">
                <input
                  type="checkbox"
                  checked={segmentValues(segment.name).includes(value)}
                  onChange={(e) => patch({ segments: { ...(filter.segments ?? {}), [segment.name]: toggled(segmentValues(segment.name), value, e.target.checked) } })}
                />
                {value || '(blank)'}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

/** Show or hide the grid's columns (the segments too). */
function ColumnsPanel() {
  const hidden = useGridState((s) => s.hidden);
  const setHidden = useGridState((s) => s.setHidden);
  const segments = useSegments().data ?? [];
  const columns = [...OPTIONAL_COLUMNS, ...segments.map((s) => ({ id: segmentColumnId(s.name), label: s.name }))];
  return (
    <div className="filter-checklist" role="group" aria-label="Columns shown">
      {columns.map((c) => (
        <label key={c.id} className="check">
          <input type="checkbox" checked={!hidden.includes(c.id)} onChange={(e) => setHidden(toggled(hidden, c.id, !e.target.checked))} />
          {c.label}
        </label>
      ))}
    </div>
  );
}

/**
 * The grid's toolbar: full-text search, NPS group, the other filters in a panel, saved views and
 * columns; below it, a chip per active filter that clears it.
 */
export function FilterBar({ count }: { count: React.ReactNode }) {
  const filter = useGridState((s) => s.filter);
  const patch = useGridState((s) => s.patchFilter);
  const setFilter = useGridState((s) => s.setFilter);
  const hidden = useGridState((s) => s.hidden);
  const themes = useThemes().data ?? [];
  const [search, setSearch] = useState(filter.query ?? '');
  const [shownQuery, setShownQuery] = useState(filter.query);
  if (filter.query !== shownQuery) {
    // A view or a cleared chip changed the query: the box follows.
    setShownQuery(filter.query);
    setSearch(filter.query ?? '');
  }
  const active = chips(filter, themes);
  return (
    <div className="verbatims-filters">
      <div className="verbatims-toolbar" role="toolbar" aria-label="Filters">
        <input
          className="text-input verbatims-search"
          aria-label="Search verbatims"
          placeholder='Search: words, "phrases", prefix*, AND / OR / NOT — Enter'
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && patch({ query: search.trim() || undefined })}
        />
        <select className="select" aria-label="NPS group" value={filter.group ?? ''} onChange={(e) => patch({ group: (e.target.value || undefined) as GridFilter['group'] })}>
          <option value="">All groups</option>
          <option value="detractor">Detractors</option>
          <option value="passive">Passives</option>
          <option value="promoter">Promoters</option>
        </select>
        <Popover label="Filters" icon="filter" badge={active.filter((c) => c.key !== 'query' && c.key !== 'group').length} title="More filters">
          <FiltersPanel themes={themes} />
        </Popover>
        <ViewPicker />
        <Popover label="Columns" icon="layout" badge={hidden.length} title="Columns" align="right">
          <ColumnsPanel />
        </Popover>
        <span className="verbatims-count" aria-live="polite" data-testid="verbatim-count">
          {count}
        </span>
      </div>
      {active.length > 0 && (
        <div className="filter-chips" aria-label="Active filters">
          {active.map((chip) => (
            <span key={chip.key} className="filter-chip">
              {chip.label}
              <IconButton icon="close" label={`Clear ${chip.label}`} onClick={() => patch(chip.clear)} />
            </span>
          ))}
          <button type="button" className="link-button" onClick={() => setFilter({})}>
            <Codicon name="clear-all" /> Clear all filters
          </button>
        </div>
      )}
    </div>
  );
}
