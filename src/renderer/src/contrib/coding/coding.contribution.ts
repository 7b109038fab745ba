import { useEditorStore } from '../../workbench/editor/editorStore';
import { focusPart } from '../../workbench/focusPart';
import { useLayoutStore } from '../../workbench/layout/layoutStore';
import { useQuickInputStore } from '../../workbench/quickinput/quickInputStore';
import { lazy } from 'react';
import type { Contribution } from '../../workbench/registry';
import { z } from 'zod';
import type { GridFilter } from '../../../../shared/coding';
import { readArgs, toggleArgs } from '../../commands/commandArgs';
import { CodebookView } from './CodebookView';
import { codesChanged } from './codingEvents';
import { ThemeDialog } from './ThemeDialog';
import { ImportCodebookDialog } from './ImportCodebookDialog';
import { ExportCodebookDialog } from './ExportCodebookDialog';
import { CLASSIFIER_DIALOG, EXPORT_CODEBOOK_DIALOG, IMPORT_CODEBOOK_DIALOG, RULES_DIALOG, THEME_DIALOG, pickTheme, registerCodebookCommands } from './codebookCommands';
import { RulesDialog } from './RulesDialog';
import { ClassifierDialog } from './ClassifierDialog';
import { targetRows, useGridState } from './gridState';
import { toggleTheme } from './codingActions';
import './coding.css';
import './grid.css';

export const CODEBOOK_VIEW = 'codebook';
export const VERBATIMS_EDITOR = 'verbatims';
export const DOUBLE_CODING_EDITOR = 'doubleCoding';

const filterArgs = z.object({ filter: z.record(z.string(), z.unknown()) });
const excerptArgs = z.object({ verbatimId: z.number().int().positive(), start: z.number().int().min(0), end: z.number().int().min(1) });

/** The grid's code (AG Grid) loads when the Verbatims editor first opens, not at start-up. */
const DoubleCodingEditor = lazy(() => import('./doubleCoding/DoubleCodingEditor').then((m) => ({ default: m.DoubleCodingEditor })));
const VerbatimsEditor = lazy(() => import('./VerbatimsEditor').then((m) => ({ default: m.VerbatimsEditor })));

/** Coding: the codebook (side bar), the verbatim grid (editor), applying themes, undo and redo. */
export const registerCoding: Contribution = (registry) => {
  registerCodebookCommands(registry);
  registry.commands.register({
    id: 'loupe.coding.showCodebook',
    title: 'Show Codebook',
    category: 'View',
    keybinding: 'Ctrl+Shift+K',
    icon: 'tag',
    handler: (_, args) => {
      useLayoutStore.getState().showView(CODEBOOK_VIEW, readArgs(toggleArgs, args)?.toggle);
      if (!args) focusPart('sidebar');
    },
  });
  registry.commands.register({
    id: 'loupe.coding.showVerbatims',
    title: 'Show Verbatims',
    category: 'Coding',
    keybinding: 'Ctrl+Shift+G',
    when: 'projectOpen',
    icon: 'table',
    handler: (_, args) => {
      // Another view may open the grid on some verbatims (a suggested theme's): { filter }.
      const filter = readArgs(filterArgs, args)?.filter;
      if (filter) useGridState.getState().setFilter(filter as GridFilter);
      useEditorStore.getState().open({ kind: VERBATIMS_EDITOR, label: 'Verbatims' });
    },
  });
  registry.commands.register({
    id: 'loupe.coding.applyTheme',
    title: 'Apply or Remove a Theme on the Selected Verbatims…',
    category: 'Coding',
    keybinding: 'Ctrl+K',
    when: 'projectOpen && verbatimGridFocus',
    icon: 'tag',
    handler: async (services) => {
      const rows = targetRows();
      if (rows.length === 0) {
        services.notify('info', 'Select a verbatim in the Verbatims grid first.');
        return;
      }
      const onAll = (id: number) => rows.every((r) => r.themeIds.includes(id));
      const what = rows.length === 1 ? 'the verbatim' : `${rows.length} verbatims`;
      const picked = await pickTheme(services, `Apply a theme to ${what}, or remove one it has (type to search)`, undefined, (t) =>
        onAll(t.id) ? `✓ on ${what}: Enter removes it` : undefined,
      );
      if (!picked) return;
      const change = await toggleTheme(services.client, services.queryClient, picked, rows, true);
      services.log(`${change === 'removed' ? 'Removed' : 'Applied'} “${picked.path}” ${change === 'removed' ? 'from' : 'to'} ${what}`);
    },
  });
  registry.commands.register({
    id: 'loupe.coding.codeExcerpt',
    title: 'Code Selected Words…',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'tag',
    handler: async (services, args) => {
      const span = readArgs(excerptArgs, args);
      if (!span) {
        services.notify('info', 'Select some words of a verbatim in the response pane (Enter in the grid opens it), then code them.');
        return;
      }
      const picked = await pickTheme(services, 'Code the selected words with a theme (type to search)');
      if (!picked) return;
      await services.client.api.coding.applyExcerpt({ themeId: picked.id, ...span });
      services.log(`Coded an excerpt as “${picked.path}”`);
      codesChanged(services.queryClient);
    },
  });
  registry.commands.register({
    id: 'loupe.coding.toggleResponse',
    title: 'Show the Whole Response',
    category: 'Coding',
    keybinding: 'Enter',
    when: 'projectOpen && verbatimGridFocus',
    icon: 'preview',
    handler: () => {
      const state = useGridState.getState();
      state.setDetailOpen(!state.detailOpen);
    },
  });
  registry.commands.register({
    id: 'loupe.coding.applyToMatching',
    title: 'Apply Theme to All Matching Verbatims…',
    category: 'Coding',
    when: 'projectOpen && verbatimsEditorActive',
    icon: 'tag',
    handler: async (services) => {
      const filter = useGridState.getState().filter;
      const picked = await pickTheme(services, 'Apply a theme to every verbatim the grid shows');
      if (!picked) return;
      const { count } = await services.client.api.coding.count({ filter });
      const confirmed = await useQuickInputStore.getState().pick({
        placeholder: `Apply “${picked.path}” to ${count.toLocaleString()} verbatim${count === 1 ? '' : 's'}? (Ctrl+Z undoes it)`,
        items: [
          { id: 'yes', label: `Apply to ${count.toLocaleString()} verbatim${count === 1 ? '' : 's'}`, icon: 'check' },
          { id: 'no', label: 'Cancel', icon: 'close' },
        ],
      });
      if (confirmed?.id !== 'yes') return;
      const result = await services.client.api.coding.apply({ themeId: picked.id, filter });
      services.log(`Applied “${result.theme}” to ${result.coded} verbatims (${result.alreadyCoded} already had it)`);
      codesChanged(services.queryClient);
    },
  });
  registry.commands.register({
    id: 'loupe.coding.undo',
    title: 'Undo Coding',
    category: 'Coding',
    keybinding: 'Ctrl+Z',
    when: 'projectOpen && verbatimsEditorActive && !inputFocus',
    icon: 'discard',
    handler: async (services) => {
      const { action } = await services.client.api.coding.undo({});
      services.log(action ? `Undone: ${action.summary}` : 'Nothing to undo');
      codesChanged(services.queryClient);
    },
  });
  registry.commands.register({
    id: 'loupe.coding.redo',
    title: 'Redo Coding',
    category: 'Coding',
    keybinding: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    when: 'projectOpen && verbatimsEditorActive && !inputFocus',
    icon: 'redo',
    handler: async (services) => {
      const { action } = await services.client.api.coding.redo({});
      services.log(action ? `Redone: ${action.summary}` : 'Nothing to redo');
      codesChanged(services.queryClient);
    },
  });
  registry.registerView({
    id: CODEBOOK_VIEW,
    title: 'Codebook',
    icon: 'tag',
    order: 30,
    component: CodebookView,
    showCommand: 'loupe.coding.showCodebook',
    actions: ['loupe.coding.newTheme', 'loupe.coding.importCodebook', 'loupe.coding.showVerbatims'],
  });
  registry.commands.register({
    id: 'loupe.coding.showDoubleCoding',
    title: 'Blind Double-Coding',
    category: 'Coding',
    when: 'projectOpen',
    icon: 'person-add',
    handler: () => useEditorStore.getState().open({ kind: DOUBLE_CODING_EDITOR, label: 'Double-Coding' }),
  });
  registry.registerEditor({ kind: DOUBLE_CODING_EDITOR, title: 'Double-Coding', icon: 'person-add', component: DoubleCodingEditor, when: 'projectOpen', openCommand: 'loupe.coding.showDoubleCoding' });
  registry.registerEditor({ kind: VERBATIMS_EDITOR, title: 'Verbatims', icon: 'table', component: VerbatimsEditor, when: 'projectOpen', openCommand: 'loupe.coding.showVerbatims' });
  registry.registerDialog({ id: THEME_DIALOG, component: ThemeDialog });
  registry.registerDialog({ id: IMPORT_CODEBOOK_DIALOG, component: ImportCodebookDialog });
  registry.registerDialog({ id: EXPORT_CODEBOOK_DIALOG, component: ExportCodebookDialog });
  registry.registerDialog({ id: RULES_DIALOG, component: RulesDialog });
  registry.registerDialog({ id: CLASSIFIER_DIALOG, component: ClassifierDialog });
};
