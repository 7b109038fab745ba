import type { QueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import { cachedProject, queryKeys } from '../../services/queries';

/** A counter the verbatim grid watches: it reloads its rows whenever codes change. */
export const useCodesRevision = create<{ readonly revision: number; bump(): void }>()((set) => ({
  revision: 0,
  bump: () => set((s) => ({ revision: s.revision + 1 })),
}));

/**
 * Codes changed (applied, removed, undone): the codebook recounts and the grid reloads its rows,
 * unless the change was made in the grid on one row it already shows as changed (`reloadGrid: false`).
 */
export function codesChanged(queryClient: QueryClient, { reloadGrid = true }: { reloadGrid?: boolean } = {}): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.themes(cachedProject(queryClient)?.path) });
  // The open response shows its codes and coding history.
  void queryClient.invalidateQueries({ queryKey: ['coding.response'] });
  if (reloadGrid) useCodesRevision.getState().bump();
}
