import type { JobInfo } from '../../../../shared/model';
import { idArgs, readArgs } from '../../commands/commandArgs';
import type { CommandDefinition } from '../../commands/commandTypes';
import { isJobActive, queryKeys, upsertJob } from '../../services/queries';
import { useQuickInputStore } from '../quickinput/quickInputStore';

/** Job commands: cancel a running job. */
export const jobCommands: readonly CommandDefinition[] = [
  {
    id: 'loupe.jobs.cancel',
    title: 'Cancel Job…',
    category: 'Jobs',
    when: 'jobRunning',
    icon: 'debug-stop',
    handler: async ({ client, queryClient, log }, args) => {
      let id = readArgs(idArgs, args)?.id;
      if (id === undefined) {
        const running = (queryClient.getQueryData<readonly JobInfo[]>(queryKeys.jobs) ?? []).filter(isJobActive);
        const picked = await useQuickInputStore.getState().pick({
          placeholder: 'Select a job to cancel',
          items: running.map((job) => ({ id: job.id, label: job.title, description: job.message, icon: 'sync' })),
        });
        id = picked?.id;
      }
      if (id === undefined) return;
      const job = await client.api.jobs.cancel({ id });
      upsertJob(queryClient, job);
      log(`Asked to cancel ${job.title}`);
    },
  },
];
