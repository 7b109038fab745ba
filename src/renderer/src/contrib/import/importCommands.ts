import { z } from 'zod';
import { AppError, serializeError } from '../../../../shared/errors';
import type { ImportPreview } from '../../../../shared/imports';
import type { ImportSummary } from '../../../../shared/model';
import { readArgs } from '../../commands/commandArgs';
import type { CommandDefinition, CommandServices } from '../../commands/commandTypes';
import { pathForLocalFile } from '../../services/localFiles';
import { cachedProject, importInput, queryKeys, upsertJob } from '../../services/queries';
import { useDialogStore } from '../../workbench/dialogs/dialogStore';
import { useEditorStore } from '../../workbench/editor/editorStore';
import { useQuickInputStore } from '../../workbench/quickinput/quickInputStore';
import { reasonLabel } from './importLabels';
import { useImportWizardStore } from './importWizardStore';
import { DATA_FILE, inspectOptions, nextAction, previousStep } from './wizardFlow';

export const IMPORT_WIZARD_EDITOR = 'import.wizard';
export const IMPORT_SUMMARY_EDITOR = 'import.summary';
export const EXCLUDED_ROWS_EDITOR = 'import.excluded';
export const REMOVE_IMPORT_DIALOG = 'import.remove';

const openArgs = z.object({ path: z.string().min(1).optional(), file: z.instanceof(File).optional(), restart: z.boolean().optional() });
const reasonArgs = z.object({ reason: z.string().min(1).max(100).optional() });
const importArgs = z.object({ id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]) });
const removeArgs = importArgs.extend({ confirmed: z.boolean().optional() });

const isWizardActive = () => useEditorStore.getState().activeKey === IMPORT_WIZARD_EDITOR;
const importRunning = () => {
  const { step, jobId } = useImportWizardStore.getState();
  return step === 'import' && jobId !== undefined;
};

/** The import a command acts on: the one in its arguments, else one the user picks. */
async function pickImport(services: CommandServices, args: unknown, placeholder: string): Promise<ImportSummary | undefined> {
  const imports = await services.queryClient.fetchQuery({
    queryKey: queryKeys.imports(cachedProject(services.queryClient)?.path),
    queryFn: () => services.client.api.imports.list({}),
  });
  let id = readArgs(importArgs, args)?.id;
  if (id === undefined) {
    const picked = await useQuickInputStore.getState().pick({
      placeholder: imports.length ? placeholder : 'This project has no imports yet',
      items: imports.map((item) => ({ id: String(item.id), label: item.sourceName, description: `${item.format} · ${item.imported.toLocaleString()} rows`, icon: 'database' })),
    });
    id = picked ? Number(picked.id) : undefined;
  }
  if (id === undefined) return undefined;
  const item = imports.find((candidate) => candidate.id === id);
  if (!item) throw new AppError('NOT_FOUND', `The project has no import ${id}.`, { detail: 'It may have been removed. Refresh the Datasets view.' });
  return item;
}

/** A dropped file becomes a path the core can read: its own in the desktop app, an upload in the browser. */
async function receiveFile(services: CommandServices, file: File): Promise<void> {
  const wizard = useImportWizardStore.getState();
  if (!DATA_FILE.test(file.name)) {
    const error = new AppError('BAD_INPUT', `“${file.name}” is not a survey export Loupe reads.`, { detail: 'Drop a .csv, .tsv, .txt or .xlsx file.' });
    wizard.patch({ fileError: error.toData() });
    throw error;
  }
  wizard.upload?.abort();
  const controller = new AbortController();
  const abort = () => controller.abort();
  wizard.patch({ step: 'file', fileError: undefined, upload: { name: file.name, loaded: 0, total: file.size, abort } });
  try {
    const local = await pathForLocalFile(file, ({ loaded, total }) => useImportWizardStore.getState().patch({ upload: { name: file.name, loaded, total, abort } }), controller.signal);
    services.log(local.uploaded ? `Handed “${file.name}” (${file.size.toLocaleString()} bytes) to the Loupe host: ${local.path}` : `Dropped ${local.path}`);
    useImportWizardStore.getState().choose(local.path, file.name);
  } catch (error) {
    const data = serializeError(error);
    useImportWizardStore.getState().patch({ upload: undefined, ...(data.code === 'JOB_CANCELLED' ? {} : { fileError: data }) });
    if (data.code === 'JOB_CANCELLED') services.log(data.message, 'warn');
    else throw error;
  }
}

/** The import wizard's commands, and what can be done with an import once it is in the project. */
export const importCommands: readonly CommandDefinition[] = [
  {
    id: 'loupe.import.open',
    title: 'Import Survey Export…',
    category: 'Project',
    when: 'projectOpen',
    icon: 'file-add',
    handler: async (services, args) => {
      const input = readArgs(openArgs, args);
      useEditorStore.getState().open({ kind: IMPORT_WIZARD_EDITOR });
      if (!input?.path && !input?.file && !input?.restart) return;
      if (importRunning()) {
        throw new AppError('BAD_INPUT', 'An import is running in the wizard.', { detail: 'Wait for it to finish, or cancel it, before importing another file.' });
      }
      if (input.restart) useImportWizardStore.getState().reset();
      if (input.file) await receiveFile(services, input.file);
      else if (input.path) {
        const { path, step } = useImportWizardStore.getState();
        if (path === input.path && step === 'file') useImportWizardStore.getState().patch({ step: 'detect' });
        else useImportWizardStore.getState().choose(input.path);
        services.log(`Reading ${input.path}`);
      }
    },
  },
  {
    id: 'loupe.import.next',
    title: 'Next Step',
    category: 'Import',
    keybinding: 'Alt+N',
    when: 'projectOpen',
    icon: 'arrow-right',
    handler: async (services) => {
      if (!isWizardActive()) return services.log('Next Step: the import wizard is not the active editor', 'warn');
      const session = useImportWizardStore.getState();
      const options = inspectOptions(session);
      const project = cachedProject(services.queryClient)?.path;
      const preview = options && services.queryClient.getQueryData<ImportPreview>(queryKeys.importPreview(project, options));
      const action = nextAction(session, preview);
      if (action.kind === 'blocked') return services.log(`Next Step: ${action.reason}`, 'warn');
      if (action.kind === 'choose') {
        if (action.path === session.path) session.patch({ step: 'detect', candidate: undefined });
        else session.choose(action.path);
        return services.log(`Reading ${action.path}`);
      }
      if (action.kind === 'step') return session.patch({ step: action.to });
      const job = await services.client.api.jobs.start({ kind: 'import', ...importInput(action.options) });
      upsertJob(services.queryClient, job);
      useImportWizardStore.getState().started(job.id);
      services.log(`Started job: ${job.title}`);
    },
  },
  {
    id: 'loupe.import.back',
    title: 'Previous Step',
    category: 'Import',
    keybinding: 'Alt+B',
    when: 'projectOpen',
    icon: 'arrow-left',
    handler: (services) => {
      if (!isWizardActive()) return services.log('Previous Step: the import wizard is not the active editor', 'warn');
      const to = previousStep(useImportWizardStore.getState().step);
      if (to) useImportWizardStore.getState().patch({ step: to });
    },
  },
  {
    id: 'loupe.import.cancel',
    title: 'Cancel Import',
    category: 'Import',
    when: 'projectOpen',
    icon: 'debug-stop',
    handler: async (services) => {
      const session = useImportWizardStore.getState();
      if (importRunning() && session.jobId) {
        const job = await services.client.api.jobs.cancel({ id: session.jobId });
        upsertJob(services.queryClient, job);
        return services.log(`Asked to cancel ${job.title}`);
      }
      session.upload?.abort();
      session.reset();
      useEditorStore.getState().close(IMPORT_WIZARD_EDITOR);
    },
  },
  {
    id: 'loupe.import.showSummary',
    title: 'Show Import Summary…',
    category: 'Datasets',
    when: 'projectOpen',
    icon: 'info',
    handler: async (services, args) => {
      const item = await pickImport(services, args, 'Select an import to summarise');
      if (item) useEditorStore.getState().open({ kind: IMPORT_SUMMARY_EDITOR, resource: String(item.id), label: `Summary: ${item.sourceName}` });
    },
  },
  {
    id: 'loupe.import.showExcluded',
    title: 'Show Excluded Rows…',
    category: 'Datasets',
    when: 'projectOpen',
    icon: 'filter',
    handler: async (services, args) => {
      const item = await pickImport(services, args, 'Select an import to list its excluded rows');
      const reason = readArgs(reasonArgs, args)?.reason;
      if (item) {
        useEditorStore.getState().open({
          kind: EXCLUDED_ROWS_EDITOR,
          resource: reason ? `${item.id}/${reason}` : String(item.id),
          label: reason ? `Excluded (${reasonLabel(reason)}): ${item.sourceName}` : `Excluded: ${item.sourceName}`,
        });
      }
    },
  },
  {
    id: 'loupe.import.remove',
    title: 'Remove Import…',
    category: 'Datasets',
    when: 'projectOpen',
    icon: 'trash',
    handler: async (services, args) => {
      const item = await pickImport(services, args, 'Select an import to remove');
      if (!item) return;
      if (!readArgs(removeArgs, args)?.confirmed) return useDialogStore.getState().open(REMOVE_IMPORT_DIALOG, { id: item.id });
      const job = await services.client.api.jobs.start({ kind: 'import.remove', id: item.id });
      upsertJob(services.queryClient, job);
      services.log(`Started job: ${job.title} (“${item.sourceName}”, ${item.imported.toLocaleString()} responses)`);
    },
  },
];
