import type { Theme } from '../../../../shared/coding';
import { idArgs, readArgs } from '../../commands/commandArgs';
import type { CommandServices } from '../../commands/commandTypes';
import { useDialogStore } from '../../workbench/dialogs/dialogStore';
import { useQuickInputStore } from '../../workbench/quickinput/quickInputStore';
import type { WorkbenchRegistry } from '../../workbench/registry';
import { useCodebookSelection } from './codebookSelection';
import { codesChanged } from './codingEvents';

export const THEME_DIALOG = 'coding.theme';
export const IMPORT_CODEBOOK_DIALOG = 'coding.importCodebook';
export const EXPORT_CODEBOOK_DIALOG = 'coding.exportCodebook';
export const RULES_DIALOG = 'coding.rules';
export const CLASSIFIER_DIALOG = 'coding.classifier';

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

/** A theme picked from the codebook with the quick input (fuzzy), or undefined when dismissed. */
export async function pickTheme(
  services: CommandServices,
  placeholder: string,
  exclude: (t: Theme) => boolean = () => false,
  status: (t: Theme) => string | undefined = () => undefined,
): Promise<Theme | undefined> {
  const themes = (await services.client.api.codebook.list({})).filter((t) => !exclude(t));
  const picked = await useQuickInputStore.getState().pick({
    placeholder: themes.length ? placeholder : 'The codebook has no theme to choose: create one first',
    items: themes.map((t) => ({
      id: String(t.id),
      label: t.path,
      description: status(t) ?? (t.shortcut ? `shortcut ${t.shortcut.toUpperCase()}` : plural(t.count, 'verbatim')),
      icon: status(t) ? 'check' : 'tag',
    })),
  });
  return picked ? themes.find((t) => String(t.id) === picked.id) : undefined;
}

/** Asks yes or no in the quick input; true only for an explicit yes. */
async function confirm(question: string, yes: string): Promise<boolean> {
  const answer = await useQuickInputStore.getState().pick({
    placeholder: question,
    items: [
      { id: 'yes', label: yes, icon: 'check' },
      { id: 'no', label: 'Cancel', icon: 'close' },
    ],
  });
  return answer?.id === 'yes';
}

/** The theme a command acts on: its `id` argument, else the one focused in the Codebook view, else one the user picks. */
async function targetTheme(services: CommandServices, args: unknown, placeholder: string): Promise<Theme | undefined> {
  const id = Number(readArgs(idArgs, args)?.id ?? useCodebookSelection.getState().themeId);
  if (Number.isInteger(id) && id > 0) {
    const theme = (await services.client.api.codebook.list({})).find((t) => t.id === id);
    if (theme) return theme;
  }
  return pickTheme(services, placeholder);
}

/** The theme itself and everything under it: where it may not move or merge into. */
const within = (theme: Theme) => (t: Theme) => t.id === theme.id || t.path.startsWith(`${theme.path} > `);

/** Codebook management: new, edit, move, merge and delete themes; import and export the codebook. */
export function registerCodebookCommands(registry: WorkbenchRegistry): void {
  registry.commands.register({
    id: 'loupe.coding.newTheme',
    title: 'New Theme…',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'add',
    handler: () => useDialogStore.getState().open(THEME_DIALOG),
  });
  registry.commands.register({
    id: 'loupe.coding.newChildTheme',
    title: 'New Child Theme…',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'add',
    handler: async (services, args) => {
      const parent = await targetTheme(services, args, 'Create a theme under which theme?');
      if (parent) useDialogStore.getState().open(THEME_DIALOG, { parentId: parent.id });
    },
  });
  registry.commands.register({
    id: 'loupe.coding.editTheme',
    title: 'Edit Theme…',
    category: 'Coding',
    keybinding: 'F2',
    when: 'projectOpen && codebookFocus',
    icon: 'edit',
    handler: async (services, args) => {
      const theme = await targetTheme(services, args, 'Edit which theme?');
      if (theme) useDialogStore.getState().open(THEME_DIALOG, { themeId: theme.id });
    },
  });
  registry.commands.register({
    id: 'loupe.coding.themeRules',
    title: 'Rules for Theme…',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'symbol-event',
    handler: async (services, args) => {
      const theme = await targetTheme(services, args, 'Show the rules of which theme?');
      if (theme) useDialogStore.getState().open(RULES_DIALOG, { themeId: theme.id });
    },
  });
  registry.commands.register({
    id: 'loupe.coding.learnTheme',
    title: 'Learn Theme from Its Codes…',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'mortar-board',
    handler: async (services, args) => {
      const theme = await targetTheme(services, args, 'Learn which theme from its codes?');
      if (theme) useDialogStore.getState().open(CLASSIFIER_DIALOG, { themeId: theme.id });
    },
  });
  registry.commands.register({
    id: 'loupe.coding.moveTheme',
    title: 'Move Theme…',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'move',
    handler: async (services, args) => {
      const theme = await targetTheme(services, args, 'Move which theme?');
      if (!theme) return;
      const themes = (await services.client.api.codebook.list({})).filter((t) => !within(theme)(t) && t.id !== theme.parentId);
      const picked = await useQuickInputStore.getState().pick({
        placeholder: `Move “${theme.path}” under…`,
        items: [
          ...(theme.parentId === undefined ? [] : [{ id: 'top', label: '(Top level)', description: 'no parent', icon: 'list-tree' }]),
          ...themes.map((t) => ({ id: String(t.id), label: t.path, icon: 'tag' })),
        ],
      });
      if (!picked) return;
      const moved = await services.client.api.codebook.move({ id: theme.id, ...(picked.id === 'top' ? {} : { parentId: Number(picked.id) }) });
      services.log(`Moved “${theme.name}” to ${moved.path}`);
      codesChanged(services.queryClient);
    },
  });
  registry.commands.register({
    id: 'loupe.coding.mergeTheme',
    title: 'Merge Theme Into…',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'merge',
    handler: async (services, args) => {
      const theme = await targetTheme(services, args, 'Merge which theme?');
      if (!theme) return;
      const into = await pickTheme(services, `Merge “${theme.path}” into… (its codes and children move there)`, within(theme));
      if (!into) return;
      if (!(await confirm(`Merge “${theme.path}” (${plural(theme.count, 'verbatim')}) into “${into.path}”? Ctrl+Z in the grid undoes it.`, `Merge into “${into.name}”`))) return;
      const { moved } = await services.client.api.codebook.merge({ sourceId: theme.id, targetId: into.id });
      services.log(`Merged “${theme.path}” into “${into.path}”: ${plural(moved, 'code')} moved`);
      useCodebookSelection.getState().select(into.id);
      codesChanged(services.queryClient);
    },
  });
  registry.commands.register({
    id: 'loupe.coding.deleteTheme',
    title: 'Delete Theme…',
    category: 'Coding',
    keybinding: 'Delete',
    when: 'projectOpen && codebookFocus',
    icon: 'trash',
    handler: async (services, args) => {
      const theme = await targetTheme(services, args, 'Delete which theme?');
      if (!theme) return;
      const impact = await services.client.api.codebook.deletionImpact({ id: theme.id });
      const children = impact.themes - 1;
      const question = `Delete “${theme.path}”${children > 0 ? ` and ${plural(children, 'child theme')}` : ''}? ${plural(impact.codes, 'code')} go with it. Ctrl+Z in the grid undoes it.`;
      if (!(await confirm(question, 'Delete'))) return;
      const result = await services.client.api.codebook.delete({ id: theme.id });
      services.log(`Deleted “${theme.path}”: ${plural(result.themes, 'theme')}, ${plural(result.codes, 'code')}`);
      useCodebookSelection.getState().select(undefined);
      codesChanged(services.queryClient);
    },
  });
  registry.commands.register({
    id: 'loupe.coding.importCodebook',
    title: 'Import Codebook…',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'cloud-download',
    handler: () => useDialogStore.getState().open(IMPORT_CODEBOOK_DIALOG),
  });
  registry.commands.register({
    id: 'loupe.coding.exportCodebook',
    title: 'Export Codebook…',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'cloud-upload',
    handler: () => useDialogStore.getState().open(EXPORT_CODEBOOK_DIALOG),
  });
}
