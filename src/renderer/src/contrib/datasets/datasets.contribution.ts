import type { ImportSummary } from '../../../../shared/model';
import { idArgs, readArgs, toggleArgs } from '../../commands/commandArgs';
import { cachedProject, queryKeys, refreshProjectData } from '../../services/queries';
import { useEditorStore } from '../../workbench/editor/editorStore';
import { focusPart } from '../../workbench/focusPart';
import { useLayoutStore } from '../../workbench/layout/layoutStore';
import { useQuickInputStore } from '../../workbench/quickinput/quickInputStore';
import type { Contribution } from '../../workbench/registry';
import { DatasetEditor } from './DatasetEditor';
import { DatasetsView } from './DatasetsView';
import './datasets.css';

export const DATASETS_VIEW = 'datasets';
export const DATASET_EDITOR = 'dataset';

/** Datasets: the side bar list of the project's imports and a summary editor per import. */
export const registerDatasets: Contribution = (registry) => {
  registry.commands.register({
    id: 'loupe.datasets.showView',
    title: 'Show Datasets',
    category: 'View',
    keybinding: 'Ctrl+Shift+D',
    icon: 'database',
    handler: (_, args) => {
      useLayoutStore.getState().showView(DATASETS_VIEW, readArgs(toggleArgs, args)?.toggle);
      if (!args) focusPart('sidebar');
    },
  });
  registry.commands.register({
    id: 'loupe.datasets.refresh',
    title: 'Refresh Datasets',
    category: 'Datasets',
    when: 'projectOpen',
    icon: 'refresh',
    handler: ({ queryClient }) => refreshProjectData(queryClient),
  });
  registry.commands.register({
    id: 'loupe.datasets.show',
    title: 'Show Dataset…',
    category: 'Datasets',
    when: 'projectOpen',
    icon: 'database',
    handler: async ({ client, queryClient }, args) => {
      const imports = await queryClient.fetchQuery({
        queryKey: queryKeys.imports(cachedProject(queryClient)?.path),
        queryFn: () => client.api.imports.list({}),
      });
      let id = readArgs(idArgs, args)?.id;
      if (id === undefined) {
        const picked = await useQuickInputStore.getState().pick({
          placeholder: imports.length ? 'Select a dataset' : 'This project has no datasets yet',
          items: imports.map((item: ImportSummary) => ({ id: String(item.id), label: item.sourceName, description: `${item.imported.toLocaleString()} rows`, icon: 'database' })),
        });
        id = picked?.id;
      }
      const item = imports.find((candidate: ImportSummary) => String(candidate.id) === id);
      if (item) useEditorStore.getState().open({ kind: DATASET_EDITOR, resource: String(item.id), label: item.sourceName });
    },
  });
  registry.registerView({
    id: DATASETS_VIEW,
    title: 'Datasets',
    icon: 'database',
    order: 20,
    component: DatasetsView,
    showCommand: 'loupe.datasets.showView',
    actions: ['loupe.import.open', 'loupe.datasets.refresh'],
  });
  registry.registerEditor({ kind: DATASET_EDITOR, title: 'Dataset', icon: 'database', component: DatasetEditor, when: 'projectOpen' });
};
