import { useLayoutStore } from '../../workbench/layout/layoutStore';
import { PROJECT_OVERVIEW_EDITOR } from '../../workbench/layout/LayoutPersistence';
import { focusPart } from '../../workbench/focusPart';
import type { Contribution } from '../../workbench/registry';
import { NewProjectDialog } from './NewProjectDialog';
import { OpenProjectDialog } from './OpenProjectDialog';
import { NEW_PROJECT_DIALOG, OPEN_PROJECT_DIALOG, projectCommands } from './projectCommands';
import { ProjectOverviewEditor } from './ProjectOverviewEditor';
import { ProjectView } from './ProjectView';
import { readArgs, toggleArgs } from '../../commands/commandArgs';

export const PROJECT_VIEW = 'project';

/** Projects: the Project view, the overview editor, New/Open dialogs and the project commands. */
export const registerProjects: Contribution = (registry) => {
  for (const command of projectCommands) registry.commands.register(command);
  registry.commands.register({
    id: 'loupe.projects.showView',
    title: 'Show Project',
    category: 'View',
    keybinding: 'Ctrl+Shift+E',
    icon: 'files',
    handler: (_, args) => {
      useLayoutStore.getState().showView(PROJECT_VIEW, readArgs(toggleArgs, args)?.toggle);
      if (!args) focusPart('sidebar');
    },
  });
  registry.registerView({
    id: PROJECT_VIEW,
    title: 'Project',
    icon: 'files',
    order: 10,
    component: ProjectView,
    showCommand: 'loupe.projects.showView',
    actions: ['loupe.projects.new', 'loupe.projects.open'],
  });
  registry.registerEditor({
    kind: PROJECT_OVERVIEW_EDITOR,
    title: 'Project Overview',
    icon: 'dashboard',
    component: ProjectOverviewEditor,
    when: 'projectOpen',
    openCommand: 'loupe.projects.showOverview',
  });
  registry.registerDialog({ id: NEW_PROJECT_DIALOG, component: NewProjectDialog });
  registry.registerDialog({ id: OPEN_PROJECT_DIALOG, component: OpenProjectDialog });
};
