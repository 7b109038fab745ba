/** A codicon glyph (decorative: give the control around it an accessible name). */
export function Codicon({ name, className, spin }: { name: string; className?: string; spin?: boolean }) {
  const classes = ['codicon', `codicon-${name}`, spin ? 'codicon-modifier-spin' : '', className ?? ''].filter(Boolean).join(' ');
  return <span className={classes} aria-hidden="true" />;
}
