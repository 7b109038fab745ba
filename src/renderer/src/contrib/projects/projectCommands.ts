import { z } from 'zod';
import type { RecentProject } from '../../../../shared/model';
import { pathArgs, readArgs } from '../../commands/commandArgs';
import type { CommandDefinition, CommandServices } from '../../commands/commandTypes';
import { cachedProject, queryKeys, setCurrentProject } from '../../services/queries';
import { useDialogStore } from '../../workbench/dialogs/dialogStore';
import { useEditorStore } from '../../workbench/editor/editorStore';
import { PROJECT_OVERVIEW_EDITOR } from '../../workbench/layout/LayoutPersistence';
import { useQuickInputStore } from '../../workbench/quickinput/quickInputStore';

export const NEW_PROJECT_DIALOG = 'projects.new';
export const OPEN_PROJECT_DIALOG = 'projects.open';

const createArgs = z.object({ path: z.string().min(1), name: z.string().min(1).optional() });

async function openAt(services: CommandServices, path: string): Promise<void> {
  await services.flushLayout();
  const project = await services.client.api.projects.open({ path });
  setCurrentProject(services.queryClient, project);
  services.log(`Opened project “${project.name}” (${project.path}): ${project.responseCount.toLocaleString()} responses`);
}

async function pickRecent(services: CommandServices, placeholder: string, onlyExisting: boolean): Promise<string | undefined> {
  const recent = await services.queryClient.fetchQuery({
    queryKey: queryKeys.recent,
    queryFn: () => services.client.api.projects.recent({}),
  });
  const current = cachedProject(services.queryClient)?.path;
  const items = recent
    .filter((p: RecentProject) => !onlyExisting || p.exists)
    .map((p: RecentProject) => ({
      id: p.path,
      label: p.name,
      description: p.exists ? p.path : `${p.path} (missing)`,
      icon: p.path === current ? 'folder-library' : 'folder',
      muted: !p.exists,
    }));
  if (items.length === 0) {
    services.notify('info', 'There are no recent projects yet.', 'Projects you create or open are listed here.');
    return undefined;
  }
  return (await useQuickInputStore.getState().pick({ placeholder, items }))?.id;
}

/** Project commands: new, open, open recent, forget, close, overview. */
export const projectCommands: readonly CommandDefinition[] = [
  {
    id: 'loupe.projects.new',
    title: 'New Project…',
    category: 'Project',
    keybinding: 'Ctrl+Alt+N',
    icon: 'new-folder',
    handler: async (services, args) => {
      const input = readArgs(createArgs, args);
      if (!input) return useDialogStore.getState().open(NEW_PROJECT_DIALOG);
      await services.flushLayout();
      const project = await services.client.api.projects.create(input);
      setCurrentProject(services.queryClient, project);
      services.log(`Created project “${project.name}” at ${project.path}`);
      services.notify('info', `Created project “${project.name}”.`);
    },
  },
  {
    id: 'loupe.projects.open',
    title: 'Open Project…',
    category: 'Project',
    keybinding: 'Ctrl+O',
    icon: 'folder-opened',
    handler: async (services, args) => {
      const path = readArgs(pathArgs, args)?.path;
      if (path === undefined) return useDialogStore.getState().open(OPEN_PROJECT_DIALOG);
      await openAt(services, path);
    },
  },
  {
    id: 'loupe.projects.openRecent',
    title: 'Open Recent Project…',
    category: 'Project',
    keybinding: 'Ctrl+R',
    icon: 'history',
    handler: async (services, args) => {
      const path = readArgs(pathArgs, args)?.path ?? (await pickRecent(services, 'Select a recent project to open', false));
      if (path !== undefined) await openAt(services, path);
    },
  },
  {
    id: 'loupe.projects.forgetRecent',
    title: 'Remove Project from Recent List…',
    category: 'Project',
    icon: 'close',
    handler: async (services, args) => {
      const path = readArgs(pathArgs, args)?.path ?? (await pickRecent(services, 'Select a project to remove from the recent list', false));
      if (path === undefined) return;
      const recent = await services.client.api.projects.forgetRecent({ path });
      services.queryClient.setQueryData(queryKeys.recent, recent);
      services.log(`Removed ${path} from the recent projects`);
    },
  },
  {
    id: 'loupe.projects.close',
    title: 'Close Project',
    category: 'Project',
    keybinding: 'Ctrl+K F',
    when: 'projectOpen',
    icon: 'close',
    handler: async (services) => {
      const name = cachedProject(services.queryClient)?.name;
      await services.flushLayout();
      await services.client.api.projects.close({});
      setCurrentProject(services.queryClient, undefined);
      services.log(`Closed project “${name ?? ''}”`);
    },
  },
  {
    id: 'loupe.projects.showOverview',
    title: 'Show Project Overview',
    category: 'Project',
    when: 'projectOpen',
    icon: 'dashboard',
    handler: () => useEditorStore.getState().open({ kind: PROJECT_OVERVIEW_EDITOR }),
  },
];
