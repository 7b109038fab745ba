import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../../shared/api';
import type { Theme } from '../../../../shared/coding';
import { codesChanged } from './codingEvents';

/** A verbatim a coding action acts on, with the themes it carries now. */
export interface CodedRow {
  readonly verbatimId: number;
  readonly themeIds: readonly number[];
}

/**
 * Toggles a theme on rows as one action: removed when every row carries it, else applied to
 * all of them (the ones that had it are left as they were).
 */
export async function toggleTheme(client: ApiClient, queryClient: QueryClient, theme: Theme, rows: readonly CodedRow[], reloadGrid: boolean): Promise<'applied' | 'removed' | 'none'> {
  if (rows.length === 0) return 'none';
  const verbatimIds = rows.map((r) => r.verbatimId);
  const remove = rows.every((r) => r.themeIds.includes(theme.id));
  if (remove) await client.api.coding.remove({ themeId: theme.id, verbatimIds });
  else await client.api.coding.apply({ themeId: theme.id, verbatimIds });
  codesChanged(queryClient, { reloadGrid });
  return remove ? 'removed' : 'applied';
}
