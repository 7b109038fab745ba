import { useJobs } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { ProgressBar } from '../../workbench/components/ProgressBar';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { parseImportProgress } from './importLabels';
import type { WizardSession } from './importWizardStore';
import './importSummary.css';

/** Step 4: the import job's progress (rows, rows per second, time left), and Cancel, which undoes it all. */
export function ProgressStep({ session }: { session: WizardSession }) {
  const { run } = useWorkbench();
  const job = useJobs().data?.find((candidate) => candidate.id === session.jobId);
  const parts = parseImportProgress(job?.message ?? 'Starting…');
  const percent = job && job.total > 0 ? Math.min(100, Math.floor((100 * job.done) / job.total)) : undefined;
  const cancelling = job?.message === 'Cancelling…';
  const figures: [string, string | undefined][] = [
    ['Rows', parts.rows?.replace(/ rows?( saved)?$/, '')],
    ['Speed', parts.rate],
    ['Time left', parts.timeLeft],
  ];
  return (
    <div className="wizard-step progress-step" aria-live="polite">
      <h2 className="progress-title">
        <Codicon name="sync" spin={!cancelling} />
        <span>
          {cancelling ? 'Cancelling' : 'Importing'} “{session.fileName}”…
        </span>
        {percent !== undefined && <span className="progress-percent">{percent}%</span>}
      </h2>
      <ProgressBar done={job?.done ?? 0} total={job?.total ?? 0} label={`Importing ${session.fileName ?? ''}`} className="progress-large" />
      <dl className="progress-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? '…'}</dd>
          </div>
        ))}
      </dl>
      <p className="muted progress-note">
        {parts.note ? `${parts.note}. ` : ''}
        The import is one transaction: cancelled, it leaves the project exactly as it was.
      </p>
      <div>
        <Button variant="secondary" icon="debug-stop" data-autofocus disabled={cancelling} onClick={() => void run('loupe.import.cancel', undefined, 'button')}>
          Cancel Import
        </Button>
      </div>
    </div>
  );
}
