import fuzzysort from 'fuzzysort';
import type { ImportSummary, RecentProject } from '../../../../shared/model';
import { describeWhen } from '../../commands/runCommand';
import type { ContextKeys } from '../../commands/whenClause';
import { primaryKeybinding } from '../components/KeybindingLabel';
import type { WorkbenchRegistry } from '../registry';
import type { PickItem } from './quickInputStore';

/** A row of quick open or the palette, with what accepting it does. */
export interface QuickEntry extends PickItem {
  readonly accept: () => void;
}

/** A row after filtering: which characters of its label matched. */
export interface FilteredEntry<T extends PickItem> {
  readonly entry: T;
  readonly highlights: readonly number[];
}

type Run = (commandId: string, args?: unknown) => void;

/**
 * Every command as "Category: Title" with its keybinding: recently used first, then the
 * rest alphabetically, then those whose when clause fails now (greyed, saying what they need).
 */
export function commandEntries(registry: WorkbenchRegistry, keys: ContextKeys, recent: readonly string[], run: Run): QuickEntry[] {
  const all = registry.commands.all();
  const enabled = all.filter((command) => command.enabled(keys));
  const sections = [
    { group: 'recently used', commands: recent.flatMap((id) => enabled.filter((command) => command.id === id)) },
    { group: 'other commands', commands: enabled.filter((command) => !recent.includes(command.id)) },
    { group: 'not available now', commands: all.filter((command) => !command.enabled(keys)) },
  ];
  const showGroups = sections[0]!.commands.length > 0 || sections[2]!.commands.length > 0;
  return sections.flatMap(({ group, commands }) =>
    commands.map((command, index) => {
      const keybinding = primaryKeybinding(command.keybinding);
      const available = command.enabled(keys);
      return {
        id: command.id,
        label: `${command.category}: ${command.title}`,
        ...(available ? {} : { description: describeWhen(command.when), muted: true }),
        ...(keybinding ? { keybinding } : {}),
        ...(showGroups && index === 0 ? { group } : {}),
        accept: () => run(command.id),
      };
    }),
  );
}

interface QuickOpenData {
  readonly recent: readonly RecentProject[];
  readonly imports: readonly ImportSummary[];
  readonly currentPath?: string;
}

/** Quick open: recent projects, editors that can be opened now, and the project's datasets. */
export function quickOpenEntries(registry: WorkbenchRegistry, keys: ContextKeys, data: QuickOpenData, run: Run): QuickEntry[] {
  const projects: QuickEntry[] = data.recent.map((project, index) => ({
    id: `project:${project.path}`,
    label: project.name,
    description: project.exists ? project.path : `${project.path} (missing)`,
    icon: project.path === data.currentPath ? 'folder-library' : 'folder',
    muted: !project.exists,
    ...(index === 0 ? { group: 'recent projects' } : {}),
    accept: () => run('loupe.projects.openRecent', { path: project.path }),
  }));
  const editors: QuickEntry[] = registry
    .allEditors()
    .filter((editor) => editor.openCommand && editor.enabled(keys))
    .map((editor, index) => ({
      id: `editor:${editor.kind}`,
      label: editor.title,
      description: 'editor',
      icon: editor.icon,
      ...(index === 0 ? { group: 'editors' } : {}),
      accept: () => run(editor.openCommand ?? ''),
    }));
  const datasets: QuickEntry[] = data.imports.map((item, index) => ({
    id: `dataset:${item.id}`,
    label: item.sourceName,
    description: `${item.kind} · ${item.format} · ${item.imported.toLocaleString()} rows`,
    icon: 'database',
    ...(index === 0 ? { group: 'datasets' } : {}),
    accept: () => run('loupe.datasets.show', { id: item.id }),
  }));
  return [...editors, ...datasets, ...projects];
}

/** Fuzzy-filters rows by label (and description), best first; all rows, in order, for an empty query. */
export function filterEntries<T extends PickItem>(query: string, entries: readonly T[]): FilteredEntry<T>[] {
  const trimmed = query.trim();
  if (!trimmed) return entries.map((entry) => ({ entry, highlights: [] }));
  const results = fuzzysort.go(trimmed, entries, { keys: ['label', 'description'], limit: 200 });
  return results.map((result) => ({
    // Groups describe the unfiltered order; a ranked list drops them.
    entry: { ...result.obj, group: undefined },
    highlights: result[0]?.indexes ?? [],
  }));
}
