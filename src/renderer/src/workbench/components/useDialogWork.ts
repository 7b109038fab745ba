import { useState } from 'react';
import { serializeError, type AppErrorData } from '../../../../shared/errors';

/**
 * A dialog's work and its state: `work(task)` runs one task at a time (a second press while it
 * runs does nothing), clears the last error first and keeps the new one for DialogError.
 */
export function useDialogWork(): { busy: boolean; error: AppErrorData | undefined; work: (task: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | undefined>(undefined);
  const work = async (task: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await task();
    } catch (e) {
      setError(serializeError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, work };
}
