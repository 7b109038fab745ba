import type { FormEvent, ReactNode } from 'react';

interface SubmitFormProps {
  readonly className?: string;
  /** What Enter in the form does (the page is never reloaded). */
  readonly onSubmit: () => void;
  readonly children: ReactNode;
}

/** A form whose Enter runs `onSubmit`. */
export function SubmitForm({ className, onSubmit, children }: SubmitFormProps) {
  return (
    <form
      className={className}
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
