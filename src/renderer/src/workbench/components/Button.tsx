import type { ButtonHTMLAttributes } from 'react';
import { Codicon } from './Codicon';
import './components.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'primary' | 'secondary';
  readonly icon?: string;
}

/** A VS Code-style text button. */
export function Button({ variant = 'primary', icon, className, children, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={`button button-${variant} ${className ?? ''}`} {...rest}>
      {icon && <Codicon name={icon} />}
      {children !== undefined && <span>{children}</span>}
    </button>
  );
}

interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly icon: string;
  /** Accessible name and tooltip. */
  readonly label: string;
  readonly active?: boolean;
}

/** A toolbar action: a codicon in a 22px square with a tooltip. */
export function IconButton({ icon, label, active, className, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button
      type={type}
      className={`icon-button ${active ? 'active' : ''} ${className ?? ''}`}
      aria-label={label}
      title={label}
      {...rest}
    >
      <Codicon name={icon} />
    </button>
  );
}
