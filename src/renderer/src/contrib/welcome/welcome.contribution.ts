import type { JobInfo } from '../../../../shared/model';
import { isJobActive, queryKeys, upsertJob } from '../../services/queries';
import { useEditorStore } from '../../workbench/editor/editorStore';
import { WELCOME_EDITOR } from '../../workbench/layout/LayoutPersistence';
import type { Contribution } from '../../workbench/registry';
import { WelcomeEditor } from './WelcomeEditor';

/** Welcome: the start page (new, open, recent, sample project). */
export const registerWelcome: Contribution = (registry) => {
  registry.commands.register({
    id: 'loupe.welcome.show',
    title: 'Welcome',
    category: 'Help',
    icon: 'home',
    handler: () => useEditorStore.getState().open({ kind: WELCOME_EDITOR }),
  });
  registry.commands.register({
    id: 'loupe.welcome.openSample',
    title: 'Open Sample Project',
    category: 'Project',
    icon: 'beaker',
    handler: async ({ client, queryClient, log, flushLayout }) => {
      const running = queryClient.getQueryData<readonly JobInfo[]>(queryKeys.jobs)?.find((job) => job.kind === 'sample.create' && isJobActive(job));
      if (running) {
        log(`The sample project is already being created (${running.message || 'running'})`);
        return;
      }
      await flushLayout();
      const job = await client.api.jobs.start({ kind: 'sample.create' });
      upsertJob(queryClient, job);
      log(`Started job: ${job.title}`);
    },
  });
  registry.registerEditor({ kind: WELCOME_EDITOR, title: 'Welcome', icon: 'home', component: WelcomeEditor, openCommand: 'loupe.welcome.show' });
};
