import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Codicon } from './Codicon';
import './popover.css';

interface PopoverProps {
  /** The button's text and accessible name. */
  readonly label: string;
  readonly icon?: string;
  /** A count shown on the button (active filters, hidden columns). */
  readonly badge?: number;
  /** The panel's accessible name. */
  readonly title: string;
  readonly children: ReactNode;
  readonly align?: 'left' | 'right';
}

/**
 * A toolbar button that opens a panel below it: Escape or a click outside closes it and focus
 * goes back to the button. The panel holds ordinary form controls, reachable with Tab.
 */
export function Popover({ label, icon, badge, title, children, align = 'left' }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    root.current?.querySelector<HTMLElement>('.popover-panel input, .popover-panel select, .popover-panel button')?.focus();
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  return (
    <div
      className="popover"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" className={`popover-button${open ? ' open' : ''}`} aria-expanded={open} aria-haspopup="dialog" onClick={() => setOpen(!open)}>
        {icon && <Codicon name={icon} />}
        <span>{label}</span>
        {badge !== undefined && badge > 0 && <span className="popover-badge">{badge}</span>}
        <Codicon name="chevron-down" />
      </button>
      {open && (
        <div className={`popover-panel popover-${align}`} role="dialog" aria-label={title}>
          {children}
        </div>
      )}
    </div>
  );
}
