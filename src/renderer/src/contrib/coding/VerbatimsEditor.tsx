import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellFocusedEvent,
  type ColDef,
  type GridApi,
  type GridReadyEvent,
  type ICellRendererParams,
  type IRowNode,
  type IDatasource,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { GridFilter, GridRow, Theme } from '../../../../shared/coding';
import { useApi } from '../../services/ApiProvider';
import { useThemes } from '../../services/queries';
import { reportError } from '../../workbench/reportError';
import { codesChanged, useCodesRevision } from './codingEvents';
import { useGridSelection } from './gridSelection';

// Every community feature the grid may use (row API, cell styles, the infinite row model, …): a desktop app need not count kilobytes.
ModuleRegistry.registerModules([AllCommunityModule]);

/** AG Grid in the workbench's colours (CSS variables of the light and dark themes). */
const gridTheme = themeQuartz.withParams({
  backgroundColor: 'var(--editor-background)',
  foregroundColor: 'var(--editor-foreground)',
  headerBackgroundColor: 'var(--sidebar-background)',
  headerTextColor: 'var(--sidebar-title-foreground)',
  borderColor: 'var(--panel-border)',
  accentColor: 'var(--focus-border)',
  selectedRowBackgroundColor: 'var(--selection-background)',
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 11,
  rowHeight: 56,
  headerHeight: 30,
  wrapperBorderRadius: 0,
});

const PAGE = 100;

/** The row at a display index (undefined while its block is loading). */
function nodeAt(grid: GridApi<GridRow>, index: number): IRowNode<GridRow> | undefined {
  return grid.getDisplayedRowAtIndex(index);
}

function TextCell({ value }: ICellRendererParams<GridRow, string>) {
  return (
    <span className="verbatim-cell">
      <span className="verbatim-text" title={value ?? ''}>
        {value}
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

const COLUMNS: ColDef<GridRow>[] = [
  { field: 'text', headerName: 'Verbatim', flex: 3, minWidth: 280, cellRenderer: TextCell, sortable: false },
  { colId: 'themes', headerName: 'Themes', flex: 1.4, minWidth: 160, cellRenderer: ThemeChips, sortable: false },
  { field: 'score', headerName: 'Score', width: 76, type: 'rightAligned', sortable: false },
  { colId: 'group', headerName: 'Group', width: 110, cellRenderer: GroupCell, sortable: false },
  { colId: 'sentiment', headerName: 'Sentiment', width: 110, cellRenderer: SentimentCell, sortable: false },
  { field: 'date', headerName: 'Date', width: 110, valueFormatter: (p) => (p.value ? String(p.value).slice(0, 10) : ''), sortable: false },
  { field: 'respondentId', headerName: 'Respondent', width: 150, sortable: false },
];

type ThemeFilter = 'any' | 'uncoded' | `theme:${number}`;

/**
 * The verbatim grid: rows paged from the project (AG Grid's infinite row model), filters that
 * combine, and keyboard coding: a theme's shortcut key toggles it on the focused verbatim, J / K
 * move, N jumps to the next uncoded one; Ctrl+Z / Ctrl+Shift+Z undo and redo.
 */
export function VerbatimsEditor() {
  const client = useApi();
  const queryClient = useQueryClient();
  const themes = useThemes().data;
  const revision = useCodesRevision((s) => s.revision);
  const select = useGridSelection((s) => s.select);
  const setFilter = useGridSelection((s) => s.setFilter);
  const api = useRef<GridApi<GridRow> | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState<'' | NonNullable<GridFilter['group']>>('');
  const [themeFilter, setThemeFilter] = useState<ThemeFilter>('any');
  const [counted, setCounted] = useState<{ readonly key: string; readonly total: number } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const filter = useMemo<GridFilter>(
    () => ({
      ...(query ? { query } : {}),
      ...(group ? { group } : {}),
      ...(themeFilter === 'uncoded' ? { uncoded: true } : themeFilter.startsWith('theme:') ? { themeId: Number(themeFilter.slice(6)) } : {}),
    }),
    [query, group, themeFilter],
  );

  useEffect(() => setFilter(filter), [filter, setFilter]);
  // The total belongs to the filter it was counted for: "Loading…" until the new filter's first page answers.
  const filterKey = JSON.stringify(filter);
  const total = counted?.key === filterKey ? counted.total : undefined;

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params) => {
        client.api.coding
          .page({ offset: params.startRow, limit: Math.min(500, params.endRow - params.startRow), ...filter })
          .then(({ rows, total: count }) => {
            setCounted({ key: JSON.stringify(filter), total: count });
            setError(undefined);
            params.successCallback([...rows], count);
          })
          .catch((e: unknown) => {
            setError(e instanceof Error ? e.message : String(e));
            params.failCallback();
          });
      },
    }),
    [client, filter],
  );

  // Codes changed elsewhere (undo, redo, the palette): reload the rows, keeping the focused cell.
  useEffect(() => {
    const grid = api.current;
    if (!grid) return;
    const focused = grid.getFocusedCell();
    if (focused) {
      const restore = () => {
        grid.removeEventListener('modelUpdated', restore);
        grid.setFocusedCell(focused.rowIndex, focused.column);
      };
      grid.addEventListener('modelUpdated', restore);
    }
    grid.refreshInfiniteCache();
  }, [revision]);

  const shortcuts = useMemo(() => new Map((themes ?? []).filter((t) => t.shortcut).map((t) => [t.shortcut!.toLowerCase(), t] as const)), [themes]);

  /** Applies or removes a theme on one row, then shows the row's new themes in place (focus stays). */
  const toggle = useCallback(
    async (node: IRowNode<GridRow>, theme: Theme) => {
      const row = node.data;
      if (!row) return;
      try {
        const has = row.themes.some((t) => t.id === theme.id);
        if (has) await client.api.coding.remove({ themeId: theme.id, verbatimIds: [row.verbatimId] });
        else await client.api.coding.apply({ themeId: theme.id, verbatimIds: [row.verbatimId] });
        const themesNow = has ? row.themes.filter((t) => t.id !== theme.id) : [...row.themes, { id: theme.id, name: theme.name, color: theme.color }];
        node.setData({ ...row, themes: themesNow });
        codesChanged(queryClient, { reloadGrid: false });
      } catch (e) {
        reportError(e, 'Coding');
      }
    },
    [client, queryClient],
  );

  /** The last focused cell: the grid forgets its focus when a row re-renders, the coder does not. */
  const lastFocus = useRef<{ rowIndex: number; column: string } | undefined>(undefined);

  const onKeyDown = useCallback(
    (key: ReactKeyboardEvent<HTMLDivElement>) => {
      const grid = api.current;
      if (!grid || key.ctrlKey || key.metaKey || key.altKey || key.key.length !== 1) return;
      if ((key.target as HTMLElement).closest('input, select, textarea')) return;
      const focused = grid.getFocusedCell();
      const at = focused ? { rowIndex: focused.rowIndex, column: focused.column.getColId() } : lastFocus.current;
      if (!at) return;
      const letter = key.key.toLowerCase();
      const moveTo = (index: number) => {
        const target = Math.max(0, Math.min(grid.getDisplayedRowCount() - 1, index));
        grid.ensureIndexVisible(target);
        grid.setFocusedCell(target, at.column);
      };
      if (letter === 'j' || letter === 'k') {
        key.preventDefault();
        moveTo(at.rowIndex + (letter === 'j' ? 1 : -1));
        return;
      }
      if (letter === 'n') {
        key.preventDefault();
        for (let i = at.rowIndex + 1; i < grid.getDisplayedRowCount(); i += 1) {
          const node = nodeAt(grid, i);
          if (!node?.data) break; // not loaded yet
          if (node.data.themes.length === 0) return moveTo(i);
        }
        return;
      }
      const theme = shortcuts.get(letter);
      const node = nodeAt(grid, at.rowIndex);
      if (theme && node?.data) {
        key.preventDefault();
        void toggle(node, theme).then(() => grid.setFocusedCell(at.rowIndex, at.column));
      }
    },
    [shortcuts, toggle],
  );

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<GridRow>) => {
      if (event.rowIndex === null || event.rowIndex === undefined) return;
      const column = typeof event.column === 'string' ? event.column : (event.column?.getColId() ?? 'text');
      lastFocus.current = { rowIndex: event.rowIndex, column };
      select(nodeAt(event.api, event.rowIndex)?.data?.verbatimId);
    },
    [select],
  );

  return (
    <section className="verbatims-editor" aria-label="Verbatims">
      <div className="verbatims-toolbar" role="toolbar" aria-label="Filters">
        <input
          className="text-input verbatims-search"
          aria-label="Search verbatims"
          placeholder='Search: words, "phrases", prefix*, AND / OR / NOT — Enter'
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && setQuery(search.trim())}
        />
        <select className="select" aria-label="NPS group" value={group} onChange={(e) => setGroup(e.target.value as typeof group)}>
          <option value="">All groups</option>
          <option value="detractor">Detractors</option>
          <option value="passive">Passives</option>
          <option value="promoter">Promoters</option>
        </select>
        <select className="select" aria-label="Theme filter" value={themeFilter} onChange={(e) => setThemeFilter(e.target.value as ThemeFilter)}>
          <option value="any">Any theme</option>
          <option value="uncoded">Uncoded</option>
          {(themes ?? []).map((t) => (
            <option key={t.id} value={`theme:${t.id}`}>
              {t.path}
            </option>
          ))}
        </select>
        <span className="verbatims-count" aria-live="polite" data-testid="verbatim-count">
          {error ? <span className="verbatims-error" role="alert">{error}</span> : total === undefined ? 'Loading…' : `${total.toLocaleString()} verbatim${total === 1 ? '' : 's'}`}
        </span>
      </div>
      <div className="verbatims-grid" onKeyDownCapture={onKeyDown}>
        <AgGridReact<GridRow>
          theme={gridTheme}
          columnDefs={COLUMNS}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={PAGE}
          maxBlocksInCache={20}
          getRowId={(p) => String(p.data.verbatimId)}
          onGridReady={(e: GridReadyEvent<GridRow>) => {
            api.current = e.api;
          }}
          onCellFocused={onCellFocused}
          suppressCellFocus={false}
        />
      </div>
    </section>
  );
}
