import type { AppErrorData } from '../../../../shared/errors';

/** A dialog's error: what went wrong, and where or what to do. Nothing when there is none. */
export function DialogError({ error }: { error: Pick<AppErrorData, 'message' | 'detail'> | undefined }) {
  if (!error) return null;
  return (
    <div className="dialog-error" role="alert">
      <strong>{error.message}</strong>
      {error.detail && <span>{error.detail}</span>}
    </div>
  );
}
