import { AppError } from '../../shared/errors';
import type { JobInfo } from '../../shared/model';
import type { Services } from '../core/services/createServices';

/**
 * Waits for a job, drawing its progress on stderr when that is a terminal (or, with `lines`,
 * printing one `progress {json}` line per update for scripts).
 * Ctrl+C cancels the job (which leaves the project as it was) instead of killing it mid-write.
 */
export function waitForJob<T>(services: Services, started: JobInfo, quiet: boolean, lines = false): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const draw = !quiet && !lines && process.stderr.isTTY;
    const onInterrupt = () => {
      process.stderr.write('\nCancelling…\n');
      void services.invoke('jobs.cancel', { id: started.id });
    };
    process.once('SIGINT', onInterrupt);
    const stop = services.events.subscribe('onJobProgress', (job) => {
      if (job.id !== started.id) return;
      if (lines && !job.finishedAt) process.stderr.write(`progress ${JSON.stringify({ done: job.done, total: job.total, message: job.message })}\n`);
      if (draw && job.total > 0) {
        const pct = Math.min(100, Math.round((100 * job.done) / job.total));
        process.stderr.write(`\r${String(pct).padStart(3)}%  ${job.message}`.padEnd(100).slice(0, 100));
      }
      if (!job.finishedAt) return;
      stop();
      process.off('SIGINT', onInterrupt);
      if (draw) process.stderr.write('\n');
      if (job.state === 'succeeded') resolve(job.result as T);
      else if (job.state === 'cancelled') reject(new AppError('JOB_CANCELLED', 'Cancelled; the project was left as it was.'));
      else reject(new AppError(job.error?.code ?? 'INTERNAL', job.error?.message ?? 'The job failed.', {
        ...(job.error?.detail ? { detail: job.error.detail } : {}),
        expected: job.error?.expected ?? false,
      }));
    });
  });
}
