import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { GridRow, SegmentValues } from '../../../../shared/coding';
import { Codicon } from '../../workbench/components/Codicon';
import { HighlightedText } from './HighlightedText';
import { segmentColumnId } from './FilterBar';
import { useGridState } from './gridState';

function TextCell({ data }: ICellRendererParams<GridRow>) {
  const query = useGridState((s) => s.filter.query);
  if (!data) return null;
  return (
    <span className="verbatim-cell">
      <span className="verbatim-text" title={data.text}>
        <HighlightedText text={data.text} query={query} keyphrases={data.keyphrases} snippet />
      </span>
    </span>
  );
}

function ThemeChips({ data }: ICellRendererParams<GridRow>) {
  return (
    <span className="theme-chips">
      {data?.themes.map((t) => (
        <span key={t.id} className="theme-chip" style={{ borderColor: t.color }}>
          <span className="theme-chip-dot" style={{ background: t.color }} />
          {t.name}
        </span>
      ))}
    </span>
  );
}

function GroupCell({ data }: ICellRendererParams<GridRow>) {
  return data?.group ? <span className={`nps-group nps-${data.group}`}>{data.group}</span> : <span className="muted">—</span>;
}

function SentimentCell({ data }: ICellRendererParams<GridRow>) {
  return data?.sentiment ? (
    <span className={`sentiment sentiment-${data.sentiment.label}`} title={`score ${data.sentiment.score.toFixed(2)}`}>
      {data.sentiment.label}
    </span>
  ) : (
    <span className="muted">—</span>
  );
}

function KeyphrasesCell({ data }: ICellRendererParams<GridRow>) {
  const labels = [...new Set(data?.keyphrases.map((k) => k.label) ?? [])];
  return (
    <span className="keyphrase-list" title={labels.join(', ')}>
      {labels.length === 0 ? <span className="muted">—</span> : labels.join(' · ')}
    </span>
  );
}

function NotesCell({ data }: ICellRendererParams<GridRow>) {
  return data && data.notes > 0 ? (
    <span className="notes-count" aria-label={`${data.notes} note${data.notes === 1 ? '' : 's'}`}>
      <Codicon name="note" /> {data.notes}
    </span>
  ) : null;
}

/** Columns the project can order rows by (the rest follow the verbatims' order). */
const SORTABLE = new Set(['score', 'group', 'sentiment', 'date', 'respondentId']);

/**
 * The grid's columns: the verbatim (search hits and keyphrases marked), themes, score, group,
 * sentiment, keyphrases, date, respondent, notes, and one column per segment; `hidden` holds the
 * ids of those the coder hid. Rows come in verbatim order; score, group, sentiment, date, respondent
 * and segment headers sort them (in the project, page by page).
 */
export function gridColumns(segments: readonly SegmentValues[], hidden: readonly string[]): ColDef<GridRow>[] {
  const columns: ColDef<GridRow>[] = [
    { colId: 'text', field: 'text', headerName: 'Verbatim', flex: 3, minWidth: 380, cellRenderer: TextCell },
    { colId: 'themes', headerName: 'Themes', flex: 1.2, minWidth: 150, cellRenderer: ThemeChips },
    { colId: 'score', field: 'score', headerName: 'Score', width: 70, type: 'rightAligned' },
    { colId: 'group', headerName: 'Group', width: 96, cellRenderer: GroupCell },
    { colId: 'sentiment', headerName: 'Sentiment', width: 96, cellRenderer: SentimentCell },
    { colId: 'keyphrases', headerName: 'Keyphrases', width: 160, cellRenderer: KeyphrasesCell },
    { colId: 'date', field: 'date', headerName: 'Date', width: 104, valueFormatter: (p) => (p.value ? String(p.value).slice(0, 10) : '') },
    { colId: 'respondentId', field: 'respondentId', headerName: 'Respondent', width: 130 },
    { colId: 'notes', headerName: 'Notes', width: 74, cellRenderer: NotesCell },
    ...segments.map(
      (s): ColDef<GridRow> => ({
        colId: segmentColumnId(s.name),
        headerName: s.name,
        width: 130,
        valueGetter: (p) => p.data?.segments[s.name] ?? '',
      }),
    ),
  ];
  return columns.map((c) => ({ ...c, sortable: SORTABLE.has(c.colId!) || c.colId!.startsWith('segment:'), hide: c.colId !== 'text' && hidden.includes(c.colId!) }));
}
