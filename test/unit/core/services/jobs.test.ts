import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import type { JobInfo } from '../../../../src/shared/model';
import { EventBus } from '../../../../src/main/core/services/eventBus';
import { JobService } from '../../../../src/main/core/services/jobs';

function settled(bus: EventBus, id: string): Promise<JobInfo> {
  return new Promise((resolve) => {
    const stop = bus.subscribe('onJobProgress', (job) => {
      if (job.id === id && job.finishedAt) {
        stop();
        resolve(job);
      }
    });
  });
}

describe('jobs', () => {
  it('a cancelled job says nothing changed, unless its work said what it keeps', async () => {
    const bus = new EventBus();
    const jobs = new JobService(bus);
    const untouched = jobs.start('sample.create', 'Nothing kept', async () => {
      throw new AppError('JOB_CANCELLED', 'cancelled');
    });
    expect(await settled(bus, untouched.id)).toMatchObject({ state: 'cancelled', message: 'Cancelled; nothing was changed' });
    const partial = jobs.start('analyze', 'Part kept', async (ctx) => {
      ctx.kept?.('The analysis of 3 verbatims is kept.');
      throw new AppError('JOB_CANCELLED', 'cancelled');
    });
    expect(await settled(bus, partial.id)).toMatchObject({ state: 'cancelled', message: 'Cancelled. The analysis of 3 verbatims is kept.' });
  });
});
