import './components.css';

interface ProgressBarProps {
  readonly done: number;
  readonly total: number;
  /** Accessible name, e.g. the job title. */
  readonly label: string;
  readonly className?: string;
}

/** A thin progress bar; indeterminate (sliding) while the total is unknown (0). */
export function ProgressBar({ done, total, label, className }: ProgressBarProps) {
  const known = total > 0;
  const percent = known ? Math.min(100, Math.max(0, (100 * done) / total)) : 0;
  return (
    <div
      className={`progress-bar ${known ? '' : 'indeterminate'} ${className ?? ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? total : undefined}
      aria-valuenow={known ? done : undefined}
    >
      <div className="progress-bar-fill" style={known ? { width: `${percent}%` } : undefined} />
    </div>
  );
}
