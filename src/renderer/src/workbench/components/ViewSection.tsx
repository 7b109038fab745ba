import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { Codicon } from './Codicon';

/** A collapsible section of a side bar view, like VS Code's "OPEN EDITORS". */
export function ViewSection({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const [expanded, setExpanded] = useState(true);
  const bodyId = useId();
  return (
    <section className="view-section" aria-label={title}>
      <div className="view-section-title">
        <button type="button" className="view-section-header" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded(!expanded)}>
          <Codicon name={expanded ? 'chevron-down' : 'chevron-right'} />
          <span>{title}</span>
        </button>
        {actions && <div className="view-section-actions">{actions}</div>}
      </div>
      {expanded && <div id={bodyId}>{children}</div>}
    </section>
  );
}
