import { useState } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { serializeError } from '../../../../shared/errors';
import type { ImportOptions, ImportPreview } from '../../../../shared/imports';
import { useImportPreview } from '../../services/queries';

/** The wizard's view of imports.inspect for the file being imported. */
export interface PreviewState {
  /** The latest preview of this file, possibly for options changed since (kept on screen meanwhile). */
  readonly data?: ImportPreview;
  /** The preview of exactly the current options; undefined while it loads or when it failed. */
  readonly current?: ImportPreview;
  /** Why the current options cannot be previewed (a stray quote at line 12, a wrong survey tool). */
  readonly error?: AppErrorData;
  /** A newer preview is on its way. */
  readonly updating: boolean;
}

/**
 * Inspects the file with the current options, and keeps the last good preview of the same file
 * on screen while a changed option is re-inspected or when it cannot be (so it can be changed back).
 */
export function usePreviewState(options: ImportOptions | undefined): PreviewState {
  const query = useImportPreview(options);
  const [last, setLast] = useState<ImportPreview | undefined>(undefined);
  const current = query.isPlaceholderData ? undefined : query.data;
  if (current && current !== last) setLast(current);
  const kept = last && options && last.path === options.path ? last : undefined;
  return {
    ...(current ? { current } : {}),
    ...((current ?? query.data ?? kept) ? { data: current ?? query.data ?? kept } : {}),
    ...(query.isError ? { error: serializeError(query.error) } : {}),
    updating: query.isFetching,
  };
}
