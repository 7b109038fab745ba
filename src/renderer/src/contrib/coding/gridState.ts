import { create } from 'zustand';
import type { GridFilter } from '../../../../shared/coding';

/** Drops the filter fields that are empty, so equal filters serialise equally. */
export function cleanFilter(filter: GridFilter): GridFilter {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === 'segments') {
      const segments = Object.fromEntries(Object.entries(value as Record<string, readonly string[]>).filter(([, v]) => v.length > 0));
      if (Object.keys(segments).length > 0) out.segments = segments;
      continue;
    }
    out[key] = value;
  }
  if (!out.themeIds) delete out.themeMode;
  return out as GridFilter;
}

interface GridState {
  /** What the grid shows: every filter combines. */
  readonly filter: GridFilter;
  /** Ids of the columns hidden. */
  readonly hidden: readonly string[];
  /** The saved view the filter came from, while it is unchanged. */
  readonly view: string | undefined;
  /** The focused verbatim, and the rows selected (Shift/Ctrl+click, Space); coding acts on the selection, else the focused row. */
  readonly focusedId: number | undefined;
  readonly selectedIds: readonly number[];
  /** The themes each focused or selected row carries (as the grid last loaded it). */
  readonly rowThemes: ReadonlyMap<number, readonly number[]>;
  /** Whether the response pane beside the grid is open. */
  readonly detailOpen: boolean;
  setFilter(filter: GridFilter, view?: string): void;
  patchFilter(patch: Partial<GridFilter>): void;
  setHidden(hidden: readonly string[], view?: string): void;
  focus(id: number | undefined): void;
  setSelected(ids: readonly number[]): void;
  setRowThemes(rows: ReadonlyMap<number, readonly number[]>): void;
  setDetailOpen(open: boolean): void;
}

/** The verbatim grid's filters, columns, focus and selection, for the grid and for commands run from the palette. */
export const useGridState = create<GridState>()((set) => ({
  filter: {},
  hidden: [],
  view: undefined,
  focusedId: undefined,
  selectedIds: [],
  rowThemes: new Map(),
  detailOpen: false,
  setFilter: (filter, view) => set({ filter: cleanFilter(filter), view }),
  patchFilter: (patch) => set((s) => ({ filter: cleanFilter({ ...s.filter, ...patch }), view: undefined })),
  setHidden: (hidden, view) => set((s) => ({ hidden, view: view ?? s.view })),
  focus: (focusedId) => set({ focusedId }),
  setSelected: (selectedIds) => set({ selectedIds }),
  setRowThemes: (rowThemes) => set({ rowThemes }),
  setDetailOpen: (detailOpen) => set({ detailOpen }),
}));

/** The verbatims a coding command acts on, with their themes: the selection when it holds the focused row, else the focused row. */
export function targetRows(): { verbatimId: number; themeIds: readonly number[] }[] {
  const { selectedIds, focusedId, rowThemes } = useGridState.getState();
  const ids = focusedId === undefined ? selectedIds : selectedIds.includes(focusedId) ? selectedIds : [focusedId];
  return ids.map((verbatimId) => ({ verbatimId, themeIds: rowThemes.get(verbatimId) ?? [] }));
}
