import { serializeError } from '../../../shared/errors';
import { notify } from './notifications/notificationStore';
import { logOutput } from './output/outputStore';
import { useProblemsStore } from './problems/problemsStore';

/**
 * Tells the user about a failed action: a notification with the message and detail, an entry in
 * the Problems panel, and a line in Output. Unexpected errors (bugs) also go to the console.
 */
export function reportError(error: unknown, source: string): void {
  const data = serializeError(error);
  if (!data.expected) console.error(`[loupe] ${source} failed`, error);
  const detail = data.detail;
  useProblemsStore.getState().add({ severity: 'error', code: data.code, message: data.message, source, ...(detail ? { detail } : {}) });
  notify({
    severity: 'error',
    message: data.message,
    source,
    ...(detail ? { detail } : {}),
    actions: [{ label: 'Show Problems', commandId: 'loupe.panel.showProblems' }],
  });
  logOutput(`${source} failed: ${data.message}${detail ? ` — ${detail}` : ''} [${data.code}]`, 'error');
}
