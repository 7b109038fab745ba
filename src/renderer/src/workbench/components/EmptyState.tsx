import type { ReactNode } from 'react';
import { Codicon } from './Codicon';
import './components.css';

/** What an empty view shows: what is missing and what to do next. */
export function EmptyState({ icon, title, children }: { icon: string; title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <Codicon name={icon} className="empty-state-icon" />
      <p className="empty-state-title">{title}</p>
      {children && <div className="empty-state-body">{children}</div>}
    </div>
  );
}
