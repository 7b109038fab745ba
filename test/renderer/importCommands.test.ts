import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src/shared/api';
import type { ImportPreview } from '../../src/shared/imports';
import type { ImportSummary, JobInfo } from '../../src/shared/model';
import type { CommandServices } from '../../src/renderer/src/commands/commandTypes';
import { runCommand } from '../../src/renderer/src/commands/runCommand';
import { createWorkbenchRegistry } from '../../src/renderer/src/contrib/contributions';
import { useImportWizardStore } from '../../src/renderer/src/contrib/import/importWizardStore';
import { mergeJobs, queryKeys } from '../../src/renderer/src/services/queries';
import { useDialogStore } from '../../src/renderer/src/workbench/dialogs/dialogStore';
import { useEditorStore } from '../../src/renderer/src/workbench/editor/editorStore';

const PROJECT = { path: '/p/study.loupe', name: 'study', schemaVersion: 2, createdAt: '', responseCount: 0, verbatimCount: 0, importCount: 1 };
const PREVIEW = { path: '/data/q.csv', mapping: { score: 'Q1', verbatims: ['Q2'], segments: [] } } as unknown as ImportPreview;
const IMPORT: ImportSummary = { id: 3 as ImportSummary['id'], sourceName: 'q.csv', kind: 'survey', format: 'qualtrics', rowsRead: 10, imported: 10, importedAt: '' };
const job = (patch: Partial<JobInfo>): JobInfo => ({ id: 'job-1' as JobInfo['id'], kind: 'import', title: 'Import q.csv', state: 'running', done: 0, total: 0, message: '', startedAt: '', ...patch });

const registry = createWorkbenchRegistry();

/** The import commands against a fake API: what they ask the core, and what the wizard shows after. */
describe('import commands', () => {
  let queryClient: QueryClient;
  let calls: { method: string; input: unknown }[];
  let services: CommandServices;
  let errors: unknown[];
  const run = (id: string, args?: unknown) => runCommand(registry.commands, services, id, args, 'button');

  beforeEach(() => {
    queryClient = new QueryClient();
    queryClient.setQueryData(queryKeys.current, { project: PROJECT });
    queryClient.setQueryData(queryKeys.imports(PROJECT.path), [IMPORT]);
    calls = [];
    errors = [];
    const invoke = async (method: string, input: unknown) => {
      if (method === 'imports.list') return [IMPORT];
      calls.push({ method, input });
      return method === 'jobs.start' ? job({ kind: (input as { kind: JobInfo['kind'] }).kind }) : [];
    };
    const api = new Proxy({}, { get: (_, ns: string) => new Proxy({}, { get: (__, fn: string) => (input: unknown) => invoke(`${ns}.${fn}`, input) }) });
    services = {
      client: { api, call: invoke, on: () => () => undefined } as unknown as ApiClient,
      queryClient,
      contextKeys: () => ({ projectOpen: true }),
      log: () => undefined,
      notify: () => undefined,
      reportError: (error) => errors.push(error),
      flushLayout: async () => undefined,
    };
    useEditorStore.getState().apply({ tabs: [] });
    useImportWizardStore.getState().reset();
    useDialogStore.getState().close();
  });
  afterEach(() => {
    delete (globalThis as { loupe?: unknown }).loupe;
  });

  it('opens the wizard on a file, and Next starts the import with the roles the preview showed', async () => {
    await run('loupe.import.open', { path: '/data/q.csv' });
    expect(useEditorStore.getState().activeKey).toBe('import.wizard');
    expect(useImportWizardStore.getState()).toMatchObject({ step: 'detect', path: '/data/q.csv' });
    queryClient.setQueryData(queryKeys.importPreview(PROJECT.path, { path: '/data/q.csv' }), PREVIEW);
    await run('loupe.import.next');
    expect(useImportWizardStore.getState().step).toBe('mapping');
    await run('loupe.import.next');
    expect(calls).toEqual([{ method: 'jobs.start', input: { kind: 'import', path: '/data/q.csv', mapping: { score: 'Q1', verbatims: ['Q2'], segments: [] } } }]);
    expect(useImportWizardStore.getState()).toMatchObject({ step: 'import', jobId: 'job-1' });
    expect(queryClient.getQueryData(queryKeys.jobs)).toEqual([job({})]);
    // Escape (Cancel) while it runs cancels the job, and keeps the wizard.
    await run('loupe.import.cancel');
    expect(calls.at(-1)).toEqual({ method: 'jobs.cancel', input: { id: 'job-1' } });
    expect(useEditorStore.getState().activeKey).toBe('import.wizard');
  });

  it('does nothing on Next while the wizard is not the active editor', async () => {
    useImportWizardStore.getState().patch({ candidate: '/data/q.csv' });
    await run('loupe.import.next');
    expect(useImportWizardStore.getState().step).toBe('file');
  });

  it('refuses a dropped file it cannot import, and takes a desktop file by its own path', async () => {
    const outcome = await run('loupe.import.open', { file: new File(['%PDF'], 'report.pdf') });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '“report.pdf” is not a survey export Loupe reads.' } });
    expect(useImportWizardStore.getState().fileError?.code).toBe('BAD_INPUT');
    (globalThis as { loupe?: unknown }).loupe = { pathForFile: (file: File) => `/home/ana/${file.name}` };
    await run('loupe.import.open', { file: new File(['a,b'], 'export.csv') });
    expect(useImportWizardStore.getState()).toMatchObject({ step: 'detect', path: '/home/ana/export.csv', fileName: 'export.csv', fileError: undefined });
    expect(calls).toEqual([]);
  });

  it('asks before removing an import, then removes it as a job', async () => {
    await run('loupe.import.remove', { id: 3 });
    expect(useDialogStore.getState()).toMatchObject({ dialogId: 'import.remove', args: { id: 3 } });
    expect(calls).toEqual([]);
    await run('loupe.import.remove', { id: 3, confirmed: true });
    expect(calls).toEqual([{ method: 'jobs.start', input: { kind: 'import.remove', id: 3 } }]);
    const missing = await run('loupe.import.remove', { id: 99, confirmed: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('opens an import’s summary and excluded rows as editors', async () => {
    await run('loupe.import.showSummary', { id: 3 });
    await run('loupe.import.showExcluded', { id: '3' });
    expect(useEditorStore.getState().tabs).toEqual([
      { kind: 'import.summary', resource: '3', label: 'Summary: q.csv' },
      { kind: 'import.excluded', resource: '3', label: 'Excluded: q.csv' },
    ]);
    expect(errors).toEqual([]);
  });
});

describe('the jobs list', () => {
  it('never brings a finished job back to running (a list fetched before its end event)', () => {
    const done = job({ state: 'succeeded', finishedAt: 'x' });
    expect(mergeJobs([job({})], [done])).toEqual([done]);
    expect(mergeJobs([done], [job({})])).toEqual([done]);
    expect(mergeJobs([job({ done: 5 })], [job({})])).toEqual([job({ done: 5 })]);
  });
});
