import { create } from 'zustand';
import type { GridFilter } from '../../../../shared/coding';

/** The verbatim the grid has focused and the filter it shows, for commands run from the palette. */
export const useGridSelection = create<{
  readonly verbatimId: number | undefined;
  readonly filter: GridFilter;
  select(id: number | undefined): void;
  setFilter(filter: GridFilter): void;
}>()((set) => ({
  verbatimId: undefined,
  filter: {},
  select: (verbatimId) => set({ verbatimId }),
  setFilter: (filter) => set({ filter }),
}));
