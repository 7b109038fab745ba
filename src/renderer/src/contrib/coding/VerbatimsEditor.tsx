import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellFocusedEvent,
  type GridApi,
  type GridReadyEvent,
  type IRowNode,
  type IDatasource,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { GridRow } from '../../../../shared/coding';
import { useApi } from '../../services/ApiProvider';
import { useSegments, useThemes } from '../../services/queries';
import { reportError } from '../../workbench/reportError';
import { useCodesRevision } from './codingEvents';
import { toggleTheme } from './codingActions';
import { FilterBar } from './FilterBar';
import { gridColumns } from './gridColumns';
import { useGridState } from './gridState';
import { ResponsePane } from './ResponsePane';

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

const themeIdsOf = (row: GridRow) => row.themes.map((t) => t.id);

/**
 * The verbatim grid: rows paged from the project (AG Grid's infinite row model), filters that
 * combine, and keyboard coding: a theme's shortcut key toggles it on the selected verbatims (else
 * the focused one), Ctrl+K picks a theme by name, J / K move, N jumps to the next uncoded one,
 * Enter opens the whole response beside the grid; Ctrl+Z / Ctrl+Shift+Z undo and redo.
 */
export function VerbatimsEditor() {
  const client = useApi();
  const queryClient = useQueryClient();
  const themes = useThemes().data;
  const segments = useSegments().data;
  const revision = useCodesRevision((s) => s.revision);
  const filter = useGridState((s) => s.filter);
  const hidden = useGridState((s) => s.hidden);
  const detailOpen = useGridState((s) => s.detailOpen);
  const api = useRef<GridApi<GridRow> | undefined>(undefined);
  const [counted, setCounted] = useState<{ readonly key: string; readonly total: number } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  // The total belongs to the filter it was counted for: "Loading…" until the new filter's first page answers.
  const filterKey = JSON.stringify(filter);
  const total = counted?.key === filterKey ? counted.total : undefined;
  const columns = useMemo(() => gridColumns(segments ?? [], hidden), [segments, hidden]);

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params) => {
        const order = params.sortModel[0];
        client.api.coding
          .page({ offset: params.startRow, limit: Math.min(500, params.endRow - params.startRow), ...filter, ...(order ? { sort: { column: order.colId, direction: order.sort } } : {}) })
          .then(({ rows, total: count }) => {
            const key = JSON.stringify(filter);
            setError(undefined);
            params.successCallback([...rows], count);
            if (count !== undefined) setCounted({ key, total: count });
            // A search's total costs more than its page: the rows show first, the count follows.
            else if (params.startRow === 0) {
              client.api.coding
                .count({ filter })
                .then(({ count: total }) => {
                  if (JSON.stringify(useGridState.getState().filter) !== key) return;
                  setCounted({ key, total });
                  api.current?.setRowCount(total, true);
                })
                .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
            }
          })
          .catch((e: unknown) => {
            setError(e instanceof Error ? e.message : String(e));
            params.failCallback();
          });
      },
    }),
    [client, filter],
  );

  /** Tells the palette's commands which rows are focused and selected, and the themes they carry. */
  const publishRows = useCallback((grid: GridApi<GridRow>) => {
    const state = useGridState.getState();
    const rows = new Map<number, readonly number[]>();
    for (const row of grid.getSelectedRows()) rows.set(row.verbatimId, themeIdsOf(row));
    const focused = grid.getFocusedCell();
    const focusedRow = focused ? nodeAt(grid, focused.rowIndex)?.data : undefined;
    if (focusedRow) rows.set(focusedRow.verbatimId, themeIdsOf(focusedRow));
    state.setRowThemes(rows);
  }, []);

  // Codes changed elsewhere (undo, redo, the palette): reload the rows, keeping the focused cell.
  useEffect(() => {
    const grid = api.current;
    if (!grid) return;
    const focused = grid.getFocusedCell();
    const restore = () => {
      grid.removeEventListener('modelUpdated', restore);
      if (focused) grid.setFocusedCell(focused.rowIndex, focused.column);
      publishRows(grid);
    };
    grid.addEventListener('modelUpdated', restore);
    grid.refreshInfiniteCache();
  }, [revision, publishRows]);

  const shortcuts = useMemo(() => new Map((themes ?? []).filter((t) => t.shortcut).map((t) => [t.shortcut!.toLowerCase(), t] as const)), [themes]);

  /** The last focused cell: the grid forgets its focus when a row re-renders, the coder does not. */
  const lastFocus = useRef<{ rowIndex: number; column: string } | undefined>(undefined);

  const onKeyDown = useCallback(
    (key: ReactKeyboardEvent<HTMLDivElement>) => {
      const grid = api.current;
      if (!grid || key.ctrlKey || key.metaKey || key.altKey) return;
      if ((key.target as HTMLElement).closest('input, select, textarea')) return;
      if (key.key === 'Escape' && useGridState.getState().detailOpen) {
        key.preventDefault();
        useGridState.getState().setDetailOpen(false);
        return;
      }
      if (key.key.length !== 1) return;
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
      if (!theme || !node?.data) return;
      key.preventDefault();
      // The selection when the focused row is in it (or the focused row alone).
      const selected = grid.getSelectedNodes().filter((n) => n.data);
      const nodes = selected.some((n) => n.data!.verbatimId === node.data!.verbatimId) ? selected : [node];
      const rows = nodes.map((n) => ({ verbatimId: n.data!.verbatimId, themeIds: themeIdsOf(n.data!) }));
      void toggleTheme(client, queryClient, theme, rows, false)
        .then((change) => {
          // Show the rows' new themes in place, so focus and scroll stay where the coder is.
          for (const n of nodes) {
            const row = n.data!;
            const others = row.themes.filter((t) => t.id !== theme.id);
            n.setData({ ...row, themes: change === 'removed' ? others : [...others, { id: theme.id, name: theme.name, color: theme.color }] });
          }
          grid.setFocusedCell(at.rowIndex, at.column);
          publishRows(grid);
        })
        .catch((e: unknown) => reportError(e, 'Coding'));
    },
    [client, queryClient, shortcuts, publishRows],
  );

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<GridRow>) => {
      if (event.rowIndex === null || event.rowIndex === undefined) return;
      const column = typeof event.column === 'string' ? event.column : (event.column?.getColId() ?? 'text');
      lastFocus.current = { rowIndex: event.rowIndex, column };
      useGridState.getState().focus(nodeAt(event.api, event.rowIndex)?.data?.verbatimId);
      publishRows(event.api);
    },
    [publishRows],
  );

  const onSelectionChanged = useCallback(
    (event: SelectionChangedEvent<GridRow>) => {
      useGridState.getState().setSelected(event.api.getSelectedRows().map((r) => r.verbatimId));
      publishRows(event.api);
    },
    [publishRows],
  );

  const count = error ? (
    <span className="verbatims-error" role="alert">
      {error}
    </span>
  ) : total === undefined ? (
    'Counting…'
  ) : (
    `${total.toLocaleString()} verbatim${total === 1 ? '' : 's'}`
  );

  return (
    <section className="verbatims-editor" aria-label="Verbatims">
      <FilterBar count={count} />
      <div className="verbatims-body">
        <div className="verbatims-grid" onKeyDownCapture={onKeyDown}>
          <AgGridReact<GridRow>
            theme={gridTheme}
            columnDefs={columns}
            rowModelType="infinite"
            datasource={datasource}
            cacheBlockSize={PAGE}
            maxBlocksInCache={20}
            getRowId={(p) => String(p.data.verbatimId)}
            rowSelection={{ mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: true }}
            onGridReady={(e: GridReadyEvent<GridRow>) => {
              api.current = e.api;
            }}
            onCellFocused={onCellFocused}
            onSelectionChanged={onSelectionChanged}
            suppressCellFocus={false}
            suppressColumnVirtualisation
          />
        </div>
        {detailOpen && <ResponsePane />}
      </div>
    </section>
  );
}
