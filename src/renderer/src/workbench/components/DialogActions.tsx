import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './Button';

interface DialogActionsProps {
  /** A line of help before the buttons. */
  readonly hint?: ReactNode;
  readonly onCancel: () => void;
  /** "Cancel", or "Close" when the dialog has nothing to call off. */
  readonly cancelLabel?: string;
  /** The dialog's own button (its label, whether it takes the focus first, and any Button props); none when the dialog only closes. */
  readonly action?: ButtonProps & { readonly label: ReactNode; readonly autofocus?: boolean };
}

/** A modal's footer: an optional hint, Cancel (or Close), then the dialog's action. */
export function DialogActions({ hint, onCancel, cancelLabel = 'Cancel', action }: DialogActionsProps) {
  const { label, autofocus, ...button } = action ?? { label: undefined };
  return (
    <>
      {hint && <span className="hint spacer muted">{hint}</span>}
      <Button variant="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
      {action && (
        <Button data-autofocus={autofocus || undefined} {...button}>
          {label}
        </Button>
      )}
    </>
  );
}
