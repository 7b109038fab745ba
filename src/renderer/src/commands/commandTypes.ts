import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../shared/api';
import type { ContextKeys, WhenPredicate } from './whenClause';

/** What a command handler may use: the API, the query cache, and the workbench's services. */
export interface CommandServices {
  readonly client: ApiClient;
  readonly queryClient: QueryClient;
  /** The context keys right now (projectOpen, panelVisible, ...), for when clauses. */
  readonly contextKeys: () => ContextKeys;
  /** Appends a line to the Output panel. */
  readonly log: (message: string, level?: 'info' | 'warn' | 'error') => void;
  /** Shows a notification toast. */
  readonly notify: (severity: 'info' | 'warning' | 'error', message: string, detail?: string) => void;
  /** Sends an error to a notification, the Problems panel and Output. */
  readonly reportError: (error: unknown, source: string) => void;
  /** Writes any pending layout change now (before the current project changes). */
  readonly flushLayout: () => Promise<void>;
}

export type CommandHandler = (services: CommandServices, args?: unknown) => void | Promise<void>;

/** A command, declared once: the palette, menus and key handling all derive from this. */
export interface CommandDefinition {
  /** Stable id, e.g. "loupe.workbench.toggleSidebar". */
  readonly id: string;
  readonly title: string;
  /** Shown before the title in the palette: "View: Toggle Side Bar". */
  readonly category: string;
  /** "Ctrl+Shift+P" (Ctrl is Cmd on macOS), "F1", or a two-step chord "Ctrl+K Ctrl+T". */
  readonly keybinding?: string | readonly string[];
  /** Context-key expression that must hold for the command to run, e.g. "projectOpen". */
  readonly when?: string;
  /** Codicon name used in menus, view titles and toolbars. */
  readonly icon?: string;
  readonly handler: CommandHandler;
}

/** A declaration after registration: keybindings parsed, when clause compiled. */
export interface RegisteredCommand extends CommandDefinition {
  /** Each keybinding as canonical chord parts. */
  readonly chords: readonly (readonly string[])[];
  readonly enabled: WhenPredicate;
}
