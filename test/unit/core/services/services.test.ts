import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobInfo, ProjectInfo, RecentProject, SampleCreated } from '../../../../src/shared/model';
import { createServices, type Services } from '../../../../src/main/core/services/createServices';
import { LATEST_SCHEMA_VERSION } from '../../../../src/main/core/db/migrations';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const fixture = join(__dirname, '..', '..', '..', 'fixtures', 'sample-survey', 'survey.csv');

function setup(): { services: Services; projectsDir: string } {
  const base = tempDir();
  const resourcesDir = join(base, 'resources');
  mkdirSync(join(resourcesDir, 'sample'), { recursive: true });
  copyFileSync(fixture, join(resourcesDir, 'sample', 'survey.csv'));
  const projectsDir = join(base, 'projects');
  const services = createServices({ dataDir: join(base, 'data'), resourcesDir, host: 'in-process', version: '0.0.0-test', defaultProjectDir: projectsDir });
  return { services, projectsDir };
}

function finished(services: Services, id: string): Promise<JobInfo> {
  return new Promise((resolve) => {
    const stop = services.events.subscribe('onJobProgress', (job) => {
      if (job.id === id && job.finishedAt) {
        stop();
        resolve(job);
      }
    });
  });
}

describe('services', () => {
  it('validates every input with its schema and names the bad field', async () => {
    const { services } = setup();
    await expect(services.invoke('projects.open', { path: '' })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('path') });
    await expect(services.invoke('projects.open', { path: 'x', extra: 1 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(services.invoke('no.such', {})).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    await expect(services.invoke('imports.list', {})).rejects.toMatchObject({ code: 'NO_PROJECT_OPEN' });
  });

  it('creates, closes and reopens a project, announcing each change and remembering it as recent', async () => {
    const { services, projectsDir } = setup();
    const changes: (ProjectInfo | undefined)[] = [];
    services.events.subscribe('onProjectChanged', (e) => changes.push(e.project));
    const a = (await services.invoke('projects.create', { path: join(projectsDir, 'Alpha'), name: 'Alpha study' })) as ProjectInfo;
    expect(a).toMatchObject({ name: 'Alpha study', path: join(projectsDir, 'Alpha.loupe'), responseCount: 0, schemaVersion: LATEST_SCHEMA_VERSION });
    const b = (await services.invoke('projects.create', { path: join(projectsDir, 'Beta.loupe') })) as ProjectInfo;
    expect(b.name).toBe('Beta');
    expect(await services.invoke('projects.close', {})).toEqual({ closed: true });
    expect(await services.invoke('projects.current', {})).toEqual({});
    await services.invoke('projects.open', { path: a.path });
    expect(((await services.invoke('projects.current', {})) as { project: ProjectInfo }).project.name).toBe('Alpha study');
    expect(changes.map((p) => p?.name)).toEqual(['Alpha study', 'Beta', undefined, 'Alpha study']);
    const recent = (await services.invoke('projects.recent', {})) as RecentProject[];
    expect(recent.map((r) => r.name)).toEqual(['Alpha study', 'Beta']);
    expect(recent.every((r) => r.exists)).toBe(true);
    await services.close();
  });

  it('keeps the layout per project', async () => {
    const { services, projectsDir } = setup();
    const a = (await services.invoke('projects.create', { path: join(projectsDir, 'A') })) as ProjectInfo;
    expect(await services.invoke('projects.getLayout', {})).toEqual({});
    await services.invoke('projects.saveLayout', { layout: { sidebarWidth: 320, tabs: ['welcome'] } });
    await services.invoke('projects.create', { path: join(projectsDir, 'B') });
    expect(await services.invoke('projects.getLayout', {})).toEqual({});
    await services.invoke('projects.open', { path: a.path });
    expect(await services.invoke('projects.getLayout', {})).toEqual({ layout: { sidebarWidth: 320, tabs: ['welcome'] } });
    await expect(services.invoke('projects.saveLayout', { layout: { big: 'x'.repeat(70_000) } })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await services.close();
  });

  it('a failed open keeps the current project open and says why', async () => {
    const { services, projectsDir } = setup();
    await services.invoke('projects.create', { path: join(projectsDir, 'Keep') });
    const junk = join(projectsDir, 'junk.loupe');
    writeFileSync(junk, 'not a database at all, just text that is long enough to fill the header area of a sqlite file...');
    await expect(services.invoke('projects.open', { path: junk })).rejects.toMatchObject({ code: 'PROJECT_NOT_LOUPE' });
    expect(((await services.invoke('projects.current', {})) as { project: ProjectInfo }).project.name).toBe('Keep');
    await services.close();
  });

  it('creates the sample project as a job with progress, then opens it', async () => {
    const { services, projectsDir } = setup();
    const started = (await services.invoke('jobs.start', { kind: 'sample.create' })) as JobInfo;
    expect(started.state).toBe('running');
    const job = await finished(services, started.id);
    expect(job.state).toBe('succeeded');
    const { project } = job.result as SampleCreated;
    expect(project).toMatchObject({ name: 'Acme NPS sample', path: join(projectsDir, 'Acme NPS sample.loupe'), responseCount: 6, verbatimCount: 5, importCount: 1 });
    const imports = (await services.invoke('imports.list', {})) as { id: number; sourceName: string; imported: number }[];
    expect(imports).toMatchObject([{ sourceName: 'survey.csv', imported: 6 }]);
    const all = (await services.invoke('imports.excluded', { id: imports[0]!.id })) as { rows: { line: number; reason: string }[]; total: number };
    expect(all).toEqual({ total: 2, rows: [expect.objectContaining({ line: 6, reason: 'invalid-score', respondentId: 'R_004' }), expect.objectContaining({ line: 8, reason: 'invalid-score', respondentId: 'R_006' })] });
    expect(await services.invoke('imports.excluded', { id: imports[0]!.id, reason: 'preview' })).toEqual({ total: 0, rows: [] });
    expect(((await services.invoke('imports.excluded', { id: imports[0]!.id, reason: 'invalid-score', limit: 1, offset: 1 })) as { rows: unknown[] }).rows).toEqual([
      expect.objectContaining({ line: 8 }),
    ]);
    const second = (await services.invoke('jobs.start', { kind: 'sample.create' })) as JobInfo;
    expect(((await finished(services, second.id)).result as SampleCreated).project.path).toBe(join(projectsDir, 'Acme NPS sample 2.loupe'));
    expect((await services.invoke('jobs.list', {})) as JobInfo[]).toHaveLength(2);
    await services.close();
  });

  it('a cancelled sample job leaves no project file and no open project change', async () => {
    const { services, projectsDir } = setup();
    const started = (await services.invoke('jobs.start', { kind: 'sample.create' })) as JobInfo;
    await services.invoke('jobs.cancel', { id: started.id });
    const job = await finished(services, started.id);
    expect(job.state).toBe('cancelled');
    expect(await services.invoke('projects.current', {})).toEqual({});
    const listing = (await services.invoke('files.list', { path: projectsDir })) as { entries: unknown[] };
    expect(listing.entries).toEqual([]);
    await expect(services.invoke('jobs.get', { id: 'nope' })).rejects.toMatchObject({ code: 'JOB_NOT_FOUND' });
    await services.close();
  });

  it('lists folders and project files for the picker', async () => {
    const { services, projectsDir } = setup();
    await services.invoke('projects.create', { path: join(projectsDir, 'P') });
    mkdirSync(join(projectsDir, 'sub'));
    writeFileSync(join(projectsDir, 'notes.txt'), 'x');
    writeFileSync(join(projectsDir, '.hidden.loupe'), 'x');
    const listing = (await services.invoke('files.list', { path: projectsDir })) as { path: string; parent: string; entries: { name: string; kind: string }[] };
    expect(listing.entries.map((e) => [e.name, e.kind])).toEqual([
      ['sub', 'directory'],
      ['P.loupe', 'project'],
    ]);
    expect(listing.parent).toBe(join(projectsDir, '..'));
    const data = (await services.invoke('files.list', { path: projectsDir, show: 'data' })) as { entries: { name: string }[] };
    expect(data.entries.map((e) => e.name)).toEqual(['sub', 'notes.txt']);
    await expect(services.invoke('files.list', { path: join(projectsDir, 'nope') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await services.close();
  });

  it('gives a page its total when that is free, and leaves a full page of a search to coding.count', async () => {
    const { services } = setup();
    const started = (await services.invoke('jobs.start', { kind: 'sample.create' })) as JobInfo;
    await finished(services, started.id);
    type Page = { rows: { respondentId?: string }[]; total?: number };
    // Without a full-text query the total comes with every page.
    expect(await services.invoke('coding.page', { offset: 0, limit: 2 })).toMatchObject({ total: 5, rows: [{}, {}] });
    // A search's full page leaves it out; its last page knows it.
    const first = (await services.invoke('coding.page', { offset: 0, limit: 1, query: 'twice OR staff' })) as Page;
    expect(first.rows).toHaveLength(1);
    expect(first.total).toBeUndefined();
    expect(await services.invoke('coding.count', { filter: { query: 'twice OR staff' } })).toEqual({ count: 2 });
    expect(((await services.invoke('coding.page', { offset: 1, limit: 5, query: 'twice OR staff' })) as Page).total).toBe(2);
    expect(((await services.invoke('coding.page', { offset: 0, limit: 5, query: 'zebra' })) as Page).total).toBe(0);
    // Past the end nothing is known, so nothing is claimed.
    expect(((await services.invoke('coding.page', { offset: 9, limit: 5, query: 'twice OR staff' })) as Page).total).toBeUndefined();
    await services.close();
  });

  it('counts an import job in bytes of its file', async () => {
    const { services, projectsDir } = setup();
    await services.invoke('projects.create', { path: join(projectsDir, 'bytes.loupe') });
    const started = (await services.invoke('jobs.start', { kind: 'import', path: fixture })) as JobInfo;
    expect(started.unit).toBe('bytes');
    const job = await finished(services, started.id);
    expect(job).toMatchObject({ state: 'succeeded', unit: 'bytes' });
    expect(job.total).toBe(statSync(fixture).size);
    await services.close();
  });
});
