import type { JobInfo } from '../../../../shared/model';
import { isJobActive, queryKeys, upsertJob } from '../../services/queries';
import { useEditorStore } from '../../workbench/editor/editorStore';
import type { Contribution } from '../../workbench/registry';
import { KeyphrasesEditor } from './KeyphrasesEditor';
import { SuggestionsEditor } from './SuggestionsEditor';
import './analysis.css';

export const KEYPHRASES_EDITOR = 'keyphrases';
export const SUGGESTIONS_EDITOR = 'suggestions';

/** Analysis: run the NLP pipeline over the project's verbatims, and see the keyphrases and suggested themes it found. */
export const registerAnalysis: Contribution = (registry) => {
  registry.commands.register({
    id: 'loupe.analysis.run',
    title: 'Analyze Verbatims',
    category: 'Analysis',
    when: 'projectOpen',
    icon: 'lightbulb',
    handler: async ({ client, queryClient, log }) => {
      const running = queryClient.getQueryData<readonly JobInfo[]>(queryKeys.jobs)?.find((job) => job.kind === 'analyze' && isJobActive(job));
      if (running) {
        log(`The verbatims are already being analysed (${running.message || 'running'})`);
        return;
      }
      const job = await client.api.jobs.start({ kind: 'analyze' });
      upsertJob(queryClient, job);
      log(`Started job: ${job.title}`);
    },
  });
  registry.commands.register({
    id: 'loupe.analysis.showKeyphrases',
    title: 'Show Keyphrases',
    category: 'Analysis',
    when: 'projectOpen',
    icon: 'symbol-keyword',
    handler: () => useEditorStore.getState().open({ kind: KEYPHRASES_EDITOR, label: 'Keyphrases' }),
  });
  registry.commands.register({
    id: 'loupe.analysis.showSuggestions',
    title: 'Show Suggested Themes',
    category: 'Analysis',
    when: 'projectOpen',
    icon: 'sparkle',
    handler: () => useEditorStore.getState().open({ kind: SUGGESTIONS_EDITOR, label: 'Suggested Themes' }),
  });
  registry.registerEditor({
    kind: SUGGESTIONS_EDITOR,
    title: 'Suggested Themes',
    icon: 'sparkle',
    component: SuggestionsEditor,
    when: 'projectOpen',
    openCommand: 'loupe.analysis.showSuggestions',
  });
  registry.registerEditor({
    kind: KEYPHRASES_EDITOR,
    title: 'Keyphrases',
    icon: 'symbol-keyword',
    component: KeyphrasesEditor,
    when: 'projectOpen',
    openCommand: 'loupe.analysis.showKeyphrases',
  });
};
