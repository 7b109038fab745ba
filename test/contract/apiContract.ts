import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../src/shared/api';
import { AppError, type ErrorCode } from '../../src/shared/errors';
import type { JobInfo, ProjectInfo, SampleCreated } from '../../src/shared/model';
import type { ContractHost } from './contractHosts';

/** The AppError a call rejects with (fails the test when it resolves or throws something else). */
async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`Expected an AppError, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(AppError);
  return outcome.error as AppError;
}

async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  const error = await errorOf(promise);
  expect(error.code, error.message).toBe(code);
  expect(typeof error.message).toBe('string');
}

/**
 * One behavioural suite for every ApiClient: the in-process one and the HTTP one run the
 * same expectations, so the hosts cannot drift apart.
 */
export function defineApiContract(name: string, createHost: () => Promise<ContractHost>): void {
  describe(`LoupeApi contract: ${name}`, () => {
    let h: ContractHost;
    const path = (file: string) => join(h.projectDir, file);
    beforeAll(async () => {
      h = await createHost();
      await mkdir(h.projectDir, { recursive: true });
    });
    afterAll(() => h.close());

    it('app.info describes the host', async () => {
      const info = await h.client.api.app.info({});
      expect(info).toMatchObject({ name: 'Loupe', version: '0.0.0-test', host: h.host, defaultProjectDir: h.projectDir });
      expect(typeof info.platform).toBe('string');
    });

    it('creates, shows, closes and reopens a project, announcing each change', async () => {
      const changes: { project?: ProjectInfo }[] = [];
      const off = h.client.on('onProjectChanged', (payload) => changes.push(payload));
      const created = await h.client.api.projects.create({ path: path('alpha.loupe'), name: 'Alpha' });
      expect(created).toMatchObject({ path: path('alpha.loupe'), name: 'Alpha', responseCount: 0, verbatimCount: 0, importCount: 0 });
      expect(created.schemaVersion).toBeGreaterThan(0);
      expect((await h.client.api.projects.current({})).project).toEqual(created);
      expect(await h.client.api.projects.close({})).toEqual({ closed: true });
      expect((await h.client.api.projects.current({})).project).toBeUndefined();
      expect(await h.client.api.projects.close({})).toEqual({ closed: false });
      const opened = await h.client.api.projects.open({ path: path('alpha.loupe') });
      expect(opened).toMatchObject({ path: created.path, name: 'Alpha', createdAt: created.createdAt });
      await expect.poll(() => changes.length).toBeGreaterThanOrEqual(3);
      off();
      expect(changes[0]?.project?.name).toBe('Alpha');
      expect(changes[1]?.project).toBeUndefined();
      expect(changes[2]?.project?.path).toBe(created.path);
    });

    it('lists recent projects, most recently opened first', async () => {
      await h.client.api.projects.create({ path: path('beta.loupe'), name: 'Beta' });
      await h.client.api.projects.open({ path: path('alpha.loupe') });
      const recent = await h.client.api.projects.recent({});
      expect(recent.map((r) => r.path).slice(0, 2)).toEqual([path('alpha.loupe'), path('beta.loupe')]);
      expect(recent.every((r) => r.exists)).toBe(true);
      expect(recent[0]?.name).toBe('Alpha');
    });

    it('keeps a layout per project', async () => {
      const alphaLayout = { sideBar: { width: 320, visible: true }, panel: 'jobs' };
      await h.client.api.projects.open({ path: path('alpha.loupe') });
      expect(await h.client.api.projects.saveLayout({ layout: alphaLayout })).toEqual({ saved: true });
      await h.client.api.projects.open({ path: path('beta.loupe') });
      expect((await h.client.api.projects.getLayout({})).layout).toBeUndefined();
      await h.client.api.projects.saveLayout({ layout: { panel: 'problems' } });
      await h.client.api.projects.open({ path: path('alpha.loupe') });
      expect((await h.client.api.projects.getLayout({})).layout).toEqual(alphaLayout);
      await h.client.api.projects.open({ path: path('beta.loupe') });
      expect((await h.client.api.projects.getLayout({})).layout).toEqual({ panel: 'problems' });
    });

    it('files.list shows the project files', async () => {
      const listing = await h.client.api.files.list({ path: h.projectDir, show: 'projects' });
      expect(listing.path).toBe(h.projectDir);
      expect(listing.entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'alpha.loupe', kind: 'project', path: path('alpha.loupe') }),
          expect.objectContaining({ name: 'beta.loupe', kind: 'project' }),
        ]),
      );
    });

    it('refuses schema-violating input with BAD_INPUT', async () => {
      const call = (method: MethodName, input: unknown) => h.client.call(method, input as never);
      await expectCode(call('projects.open', {}), 'BAD_INPUT');
      await expectCode(call('projects.open', { path: 42 }), 'BAD_INPUT');
      await expectCode(call('projects.open', { path: '   ' }), 'BAD_INPUT');
      await expectCode(call('projects.open', { path: path('alpha.loupe'), extra: true }), 'BAD_INPUT');
      await expectCode(call('projects.saveLayout', { layout: 'wide' }), 'BAD_INPUT');
      await expectCode(call('jobs.start', { kind: 'rm -rf' }), 'BAD_INPUT');
      await expectCode(call('app.info', []), 'BAD_INPUT');
      const error = await errorOf(call('projects.create', { path: 7 }));
      expect(error.expected).toBe(true);
    });

    it('refuses unknown methods with UNKNOWN_METHOD', async () => {
      await expectCode(h.client.call('projects.drop' as MethodName, {} as never), 'UNKNOWN_METHOD');
    });

    it('refuses missing and non-Loupe files with the same codes', async () => {
      await expectCode(h.client.api.projects.open({ path: path('missing.loupe') }), 'PROJECT_NOT_FOUND');
      await writeFile(path('notes.loupe'), 'just some text, not a database\n'.repeat(10));
      await expectCode(h.client.api.projects.open({ path: path('notes.loupe') }), 'PROJECT_NOT_LOUPE');
      await writeFile(path('empty.loupe'), '');
      await expectCode(h.client.api.projects.open({ path: path('empty.loupe') }), 'PROJECT_NOT_LOUPE');
      await expectCode(h.client.api.projects.open({ path: h.projectDir }), 'PROJECT_NOT_LOUPE');
      await expectCode(h.client.api.projects.create({ path: path('alpha.loupe') }), 'PROJECT_EXISTS');
      // A refused open leaves the open project as it was.
      expect((await h.client.api.projects.current({})).project?.path).toBe(path('beta.loupe'));
    });

    it('imports.list needs an open project', async () => {
      await h.client.api.projects.close({});
      await expectCode(h.client.api.imports.list({}), 'NO_PROJECT_OPEN');
    });

    it(
      'creates the sample project as a job, reporting progress',
      async () => {
        const progress: JobInfo[] = [];
        const off = h.client.on('onJobProgress', (job) => progress.push(job));
        const started = await h.client.api.jobs.start({ kind: 'sample.create', path: path('sample.loupe') });
        expect(started).toMatchObject({ kind: 'sample.create' });
        expect(['queued', 'running']).toContain(started.state);
        await expect
          .poll(() => progress.find((job) => job.id === started.id && job.state !== 'queued' && job.state !== 'running'), { timeout: 90_000, interval: 100 })
          .toBeDefined();
        off();
        const mine = progress.filter((job) => job.id === started.id);
        const final = mine[mine.length - 1];
        expect(final?.error).toBeUndefined();
        expect(final?.state).toBe('succeeded');
        expect(mine.length).toBeGreaterThan(1);
        const sample = final?.result as SampleCreated;
        expect(sample.project.path).toBe(path('sample.loupe'));
        expect(sample.project.responseCount).toBeGreaterThan(1000);
        expect((await h.client.api.jobs.get({ id: started.id })).state).toBe('succeeded');
        expect((await h.client.api.jobs.list({})).map((job) => job.id)).toContain(started.id);
        expect((await h.client.api.projects.current({})).project?.path).toBe(path('sample.loupe'));
        const imports = await h.client.api.imports.list({});
        expect(imports.length).toBeGreaterThan(0);
        expect(imports[0]?.imported).toBeGreaterThan(1000);
      },
      120_000,
    );

    it('jobs.get of an unknown id is JOB_NOT_FOUND', async () => {
      await expectCode(h.client.api.jobs.get({ id: 'no-such-job' }), 'JOB_NOT_FOUND');
    });
  });
}
