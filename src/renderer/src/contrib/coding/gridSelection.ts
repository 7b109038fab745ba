import { create } from 'zustand';

/** The verbatim the grid has focused, for commands run from the palette. */
export const useGridSelection = create<{ readonly verbatimId: number | undefined; select(id: number | undefined): void }>()((set) => ({
  verbatimId: undefined,
  select: (verbatimId) => set({ verbatimId }),
}));
