import type { JobInfo } from '../../../../shared/model';
import { isJobActive, useJobs } from '../../services/queries';
import { Button } from '../components/Button';
import { Codicon } from '../components/Codicon';
import { formatSize } from '../components/FileBrowser';
import { ProgressBar } from '../components/ProgressBar';
import { useWorkbench } from '../WorkbenchContext';

const STATE_ICONS: Readonly<Record<JobInfo['state'], string>> = {
  queued: 'clock',
  running: 'sync',
  succeeded: 'pass',
  failed: 'error',
  cancelled: 'circle-slash',
};

const STATE_LABELS: Readonly<Record<JobInfo['state'], string>> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

const count = (n: number) => n.toLocaleString();
/** A job's done / total in its unit: an import's file in bytes as "12.3 MB / 156 MB". */
const progressText = (job: JobInfo) => (job.unit === 'bytes' ? `${formatSize(job.done)} / ${formatSize(job.total)}` : `${count(job.done)} / ${count(job.total)}`);

/** Every job of this session: progress, done/total, message, and Cancel while it runs. */
export function JobsView() {
  const { run } = useWorkbench();
  const jobs = useJobs().data ?? [];
  if (jobs.length === 0) {
    return (
      <p className="panel-empty">
        No jobs yet. Long tasks (creating the sample project, importing, analysing) run as jobs and show their progress here.
      </p>
    );
  }
  return (
    <table className="jobs-table" aria-label="Jobs">
      <thead>
        <tr>
          <th scope="col">Job</th>
          <th scope="col">Progress</th>
          <th scope="col">Done</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => {
          const active = isJobActive(job);
          return (
            <tr key={job.id} data-job={job.id} data-state={job.state}>
              <td>
                <div className="job-title" title={job.title}>
                  <Codicon name={STATE_ICONS[job.state]} spin={job.state === 'running'} className={`job-icon ${job.state}`} />
                  <span>{job.title}</span>
                </div>
              </td>
              <td className="job-progress">
                <ProgressBar done={job.state === 'succeeded' ? job.total || 1 : job.done} total={job.state === 'succeeded' ? job.total || 1 : job.total} label={`${job.title} progress`} />
              </td>
              <td className="job-count">{job.total > 0 ? progressText(job) : active ? '…' : ''}</td>
              <td className="job-message">
                <span className={`job-state ${job.state}`}>{STATE_LABELS[job.state]}</span>
                {(job.error?.message ?? job.message) !== STATE_LABELS[job.state] && (
                  <span className="selectable" title={job.error?.detail ?? job.message}>
                    {job.error?.message ?? job.message}
                  </span>
                )}
              </td>
              <td className="job-actions">
                {active && (
                  <Button variant="secondary" icon="debug-stop" onClick={() => void run('loupe.jobs.cancel', { id: job.id }, 'mouse')}>
                    Cancel
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
