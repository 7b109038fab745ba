import type { AppErrorData } from '../../../shared/errors';
import { serializeError } from '../../../shared/errors';
import type { CommandRegistry } from './commandRegistry';
import type { CommandServices } from './commandTypes';

/** Where a command was started from; written to Output. */
export type CommandSource = 'keyboard' | 'palette' | 'quick open' | 'menu' | 'button' | 'mouse';

const WHEN_HINTS: Readonly<Record<string, string>> = {
  projectOpen: 'Open or create a project first.',
  editorOpen: 'Open an editor first.',
  multipleEditors: 'Open more than one editor first.',
  hasClosedEditors: 'No editor was closed yet.',
  jobRunning: 'No job is running.',
  problemsPresent: 'There are no problems.',
};

/** A user-facing hint for a when clause that does not hold. */
export function describeWhen(when: string | undefined): string {
  const keys = when?.match(/[A-Za-z_][\w.]*/g) ?? [];
  const hints = keys.flatMap((key) => (WHEN_HINTS[key] ? [WHEN_HINTS[key]] : []));
  return hints[0] ?? `It needs: ${when ?? 'nothing'}.`;
}

/** How a command run ended; callers that stay on screen (dialogs) show the error inline too. */
export type CommandOutcome = { readonly ok: true } | { readonly ok: false; readonly error?: AppErrorData };

/**
 * The one way commands run: checks the when clause, logs the action to Output, and sends any
 * error to the Problems panel and a notification. Never throws.
 */
export async function runCommand(
  registry: CommandRegistry,
  services: CommandServices,
  id: string,
  args?: unknown,
  source: CommandSource = 'button',
): Promise<CommandOutcome> {
  const command = registry.get(id);
  if (!command) {
    services.reportError(new Error(`The command "${id}" does not exist`), 'Commands');
    return { ok: false };
  }
  const label = `${command.category}: ${command.title}`;
  if (!command.enabled(services.contextKeys())) {
    services.log(`${label} is not available now (needs: ${command.when ?? 'nothing'})`, 'warn');
    services.notify('info', `“${label}” is not available right now.`, describeWhen(command.when));
    return { ok: false };
  }
  services.log(`${label} (${source})`);
  try {
    await command.handler(services, args);
    return { ok: true };
  } catch (error) {
    services.reportError(error, label);
    return { ok: false, error: serializeError(error) };
  }
}
