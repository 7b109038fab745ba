import type { ReactNode } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { Codicon } from '../../workbench/components/Codicon';
import './inlineError.css';

/** An error shown where it happened: its message, where or what to do, and what can be done now. */
export function InlineError({ error, title, children }: { error: AppErrorData; title?: string; children?: ReactNode }) {
  const cancelled = error.code === 'JOB_CANCELLED';
  return (
    <div className={`inline-error ${cancelled ? 'notice' : ''}`} role="alert">
      <Codicon name={cancelled ? 'info' : 'error'} />
      <div className="inline-error-text">
        {title && <span className="inline-error-title">{title}</span>}
        <strong className="selectable">{error.message}</strong>
        {error.detail && <span className="selectable">{error.detail}</span>}
        {children && <div className="inline-error-actions">{children}</div>}
      </div>
    </div>
  );
}
