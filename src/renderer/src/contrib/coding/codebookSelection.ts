import { create } from 'zustand';

/** The theme focused in the Codebook view, for the commands its context menu and keys run. */
export const useCodebookSelection = create<{ readonly themeId: number | undefined; select(id: number | undefined): void }>()((set) => ({
  themeId: undefined,
  select: (themeId) => set({ themeId }),
}));
