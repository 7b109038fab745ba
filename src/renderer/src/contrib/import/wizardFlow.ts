import type { ImportOptions, ImportPreview } from '../../../../shared/imports';
import type { WizardSession, WizardStep } from './importWizardStore';
import { completeMapping, isValidTimeZone, mappingProblem } from './mappingDraft';

/** The options that decide the preview: the file, how to read it, the roles once edited, dates. */
export function inspectOptions(session: WizardSession): ImportOptions | undefined {
  if (!session.path) return undefined;
  const mapping = session.mapping && completeMapping(session.mapping);
  const zone = session.timeZone?.trim();
  return {
    path: session.path,
    ...session.read,
    ...(mapping ? { mapping } : {}),
    ...(session.dateLayout ? { dateLayout: session.dateLayout } : {}),
    ...(zone && isValidTimeZone(zone) ? { timeZone: zone } : {}),
    ...(session.skipBadRows ? { skipBadRows: true } : {}),
  };
}

/**
 * The options to import with: exactly what the preview showed. The roles are always given (the
 * user saw them); the date layout and zone only where the user chose them, so the core can still
 * settle an ambiguous day/month order from the whole file.
 */
export function importOptions(session: WizardSession, preview: ImportPreview): ImportOptions | undefined {
  const base = inspectOptions(session);
  const mapping = session.mapping ? completeMapping(session.mapping) : preview.mapping;
  if (!base || !mapping) return undefined;
  const name = session.templateName.trim();
  return { ...base, mapping, ...(session.saveTemplate && name ? { saveTemplateAs: name } : {}) };
}

export type NextAction =
  | { readonly kind: 'choose'; readonly path: string }
  | { readonly kind: 'step'; readonly to: WizardStep }
  | { readonly kind: 'import'; readonly options: ImportOptions }
  | { readonly kind: 'blocked'; readonly reason: string };

/** What a problem with the step's own inputs is, before the preview is even asked. */
function mappingStepProblem(session: WizardSession): string | undefined {
  const zone = session.timeZone?.trim();
  if (zone && !isValidTimeZone(zone)) return `“${zone}” is not a time zone Loupe knows. Use a name such as Europe/Berlin, or UTC+2.`;
  if (session.saveTemplate && !session.templateName.trim()) return 'Name the template, or untick “Save this mapping as a template”.';
  return session.mapping ? mappingProblem(session.mapping) : undefined;
}

/**
 * What Next (Enter, Alt+N) does now: choose the selected file, go on, or start the import.
 * `preview` is the inspection of the current options, undefined while it is loading or failed
 * (`failed` then says so).
 */
export function nextAction(session: WizardSession, preview: ImportPreview | undefined, failed = false): NextAction {
  const unread = failed ? 'Loupe cannot read the file this way: fix it, or change how it is read.' : 'Loupe has not read the file yet.';
  switch (session.step) {
    case 'file':
      if (session.upload) return { kind: 'blocked', reason: 'Wait for the file to be handed over.' };
      if (session.candidate) return { kind: 'choose', path: session.candidate };
      return session.path ? { kind: 'step', to: 'detect' } : { kind: 'blocked', reason: 'Choose a file to import.' };
    case 'detect':
      return preview ? { kind: 'step', to: 'mapping' } : { kind: 'blocked', reason: unread };
    case 'mapping': {
      const problem = mappingStepProblem(session) ?? (preview && !preview.mapping && !session.mapping ? mappingProblem(undefined) : undefined);
      if (problem) return { kind: 'blocked', reason: problem };
      const options = preview && importOptions(session, preview);
      return options ? { kind: 'import', options } : { kind: 'blocked', reason: preview ? 'The preview is not ready yet.' : unread };
    }
    case 'import':
      return { kind: 'blocked', reason: 'The import is running.' };
    case 'summary':
      return { kind: 'blocked', reason: 'The import is done.' };
  }
}

/** Where Back (Alt+B) goes from here, if anywhere. */
export function previousStep(step: WizardStep): WizardStep | undefined {
  return step === 'detect' ? 'file' : step === 'mapping' ? 'detect' : undefined;
}

/** The data files the importer reads. */
export const DATA_FILE = /\.(csv|tsv|txt|xlsx)$/i;
