import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient, MethodInput, MethodOutputs } from '../../../shared/api';
import type { ImportOptions, ImportPreview } from '../../../shared/imports';
import type { JobInfo, ProjectInfo } from '../../../shared/model';
import { useApi } from './ApiProvider';

/** Query keys for server data; events invalidate them (see useServerEvents). */
export const queryKeys = {
  appInfo: ['app.info'] as const,
  current: ['projects.current'] as const,
  recent: ['projects.recent'] as const,
  imports: (projectPath: string | undefined) => ['imports.list', projectPath ?? ''] as const,
  importsAll: ['imports.list'] as const,
  importDetails: (projectPath: string | undefined, id: number) => ['imports.details', projectPath ?? '', id] as const,
  importExcluded: (projectPath: string | undefined, id: number, offset: number, limit: number, reason: string | undefined) =>
    ['imports.excluded', projectPath ?? '', id, offset, limit, reason ?? ''] as const,
  /** How a file would import into the project (its templates count): one entry per set of options. */
  importPreview: (projectPath: string | undefined, options: ImportOptions) => ['imports.inspect', projectPath ?? '', options] as const,
  keyphrases: (projectPath: string | undefined) => ['analysis.keyphrases', projectPath ?? ''] as const,
  suggestions: (projectPath: string | undefined) => ['analysis.suggestions', projectPath ?? ''] as const,
  themes: (projectPath: string | undefined) => ['codebook.list', projectPath ?? ''] as const,
  segments: (projectPath: string | undefined) => ['coding.segments', projectPath ?? ''] as const,
  coders: (projectPath: string | undefined) => ['coding.coders', projectPath ?? ''] as const,
  views: (projectPath: string | undefined) => ['views.list', projectPath ?? ''] as const,
  response: (projectPath: string | undefined, verbatimId: number) => ['coding.response', projectPath ?? '', verbatimId] as const,
  jobs: ['jobs.list'] as const,
};

/** Queries whose key starts [method, projectPath, ...]: refreshed when the project changes. */
const PROJECT_SCOPED = ['imports.list', 'imports.details', 'imports.excluded', 'analysis.keyphrases', 'codebook.list', 'coding.segments', 'coding.coders', 'views.list', 'coding.response', 'analysis.suggestions', 'rules.list', 'analysis.classifier'] as const;

export const isJobActive = (job: JobInfo) => job.state === 'queued' || job.state === 'running';

export function useAppInfo() {
  const client = useApi();
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => client.api.app.info({}), staleTime: Infinity, meta: { label: 'Reading the app information' } });
}

export function useCurrentProjectQuery() {
  const client = useApi();
  return useQuery({ queryKey: queryKeys.current, queryFn: () => client.api.projects.current({}), meta: { label: 'Reading the open project' } });
}

/** The open project, undefined when none is open (or while loading). */
export function useCurrentProject(): ProjectInfo | undefined {
  return useCurrentProjectQuery().data?.project;
}

export function useRecentProjects() {
  const client = useApi();
  return useQuery({ queryKey: queryKeys.recent, queryFn: () => client.api.projects.recent({}), meta: { label: 'Listing the recent projects' } });
}

/** A query of the open project's data: keyed by the project's path, off while no project is open. */
function useProjectQuery<T>(key: (projectPath: string | undefined) => readonly unknown[], fetch: (client: ApiClient) => Promise<T>, label: string) {
  const client = useApi();
  const project = useCurrentProject();
  return useQuery({ queryKey: key(project?.path), queryFn: () => fetch(client), enabled: project !== undefined, meta: { label } });
}

export function useImports() {
  return useProjectQuery(queryKeys.imports, (client) => client.api.imports.list({}), 'Listing the datasets');
}

/** The open project's keyphrases, most detractor-leaning first (empty until its verbatims are analysed). */
export function useKeyphrases() {
  return useProjectQuery(queryKeys.keyphrases, (client) => client.api.analysis.keyphrases({ minFrequency: 2, limit: 500 }), 'Reading the keyphrases');
}

/** The open project's codebook: themes with paths and counts. */
export function useThemes() {
  return useProjectQuery(queryKeys.themes, (client) => client.api.codebook.list({}), 'Reading the codebook');
}

/** ImportOptions as the API takes them (its schema's arrays are mutable; the contract's types are readonly). */
export function importInput(options: ImportOptions): MethodInput<'imports.inspect'> {
  const { mapping, ...rest } = options;
  return mapping ? { ...rest, mapping: { ...mapping, verbatims: [...mapping.verbatims], segments: [...mapping.segments] } } : rest;
}

/** One import's details (its summary and full result), by id. */
export function useImportDetails(id: number) {
  const client = useApi();
  const project = useCurrentProject();
  return useQuery({
    queryKey: queryKeys.importDetails(project?.path, id),
    queryFn: () => client.api.imports.details({ id }),
    enabled: project !== undefined,
    // A removed import is not a problem to report: the editor says it is gone.
    meta: { silent: true },
  });
}

/** One page of an import's excluded rows. */
export function useImportExcluded(id: number, offset: number, limit: number, reason?: string) {
  const client = useApi();
  const project = useCurrentProject();
  return useQuery({
    queryKey: queryKeys.importExcluded(project?.path, id, offset, limit, reason),
    queryFn: () => client.api.imports.excluded({ id, offset, limit, ...(reason ? { reason } : {}) }),
    enabled: project !== undefined,
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

/**
 * What importing a file with these options would do (imports.inspect). Errors are the file's
 * (a stray quote at line 12) and are shown where the file was chosen, not as problems. While a
 * changed option is re-inspected, the previous preview of the same file stays on screen.
 */
export function useImportPreview(options: ImportOptions | undefined) {
  const client = useApi();
  const project = useCurrentProject();
  return useQuery({
    queryKey: queryKeys.importPreview(project?.path, options ?? { path: '' }),
    queryFn: () => client.api.imports.inspect(importInput(options ?? { path: '' })),
    enabled: project !== undefined && options !== undefined,
    placeholderData: (previous: ImportPreview | undefined) => (previous && previous.path === options?.path ? previous : undefined),
    staleTime: 0,
    meta: { silent: true },
  });
}

/**
 * A fetched jobs list, where a job the cache already knows as finished stays finished: a list
 * requested before an event said a job ended must not bring it back to life (and announce its
 * end a second time). A job only ever moves from queued or running to an end.
 */
export function mergeJobs(fetched: readonly JobInfo[], cached: readonly JobInfo[] | undefined): readonly JobInfo[] {
  const known = new Map((cached ?? []).map((job) => [job.id, job]));
  return fetched.map((job) => {
    const before = known.get(job.id);
    return before && !isJobActive(before) && isJobActive(job) ? before : job;
  });
}

export function useJobs() {
  const client = useApi();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.jobs,
    queryFn: async () => mergeJobs(await client.api.jobs.list({}), queryClient.getQueryData<readonly JobInfo[]>(queryKeys.jobs)),
    meta: { label: 'Listing the jobs' },
    // Events keep the list current; polling is the safety net while something runs.
    refetchInterval: (query) => (query.state.data?.some(isJobActive) ? 1500 : false),
  });
}

/** The open project as the query cache knows it, for code outside React (commands). */
export function cachedProject(queryClient: QueryClient): ProjectInfo | undefined {
  return queryClient.getQueryData<MethodOutputs['projects.current']>(queryKeys.current)?.project;
}

/** Puts one job's latest state into the cached jobs list (newest first). */
export function upsertJob(queryClient: QueryClient, job: JobInfo): void {
  queryClient.setQueryData<readonly JobInfo[]>(queryKeys.jobs, (jobs = []) => {
    const index = jobs.findIndex((j) => j.id === job.id);
    // jobs.start can answer after the event that the (quick) job already ended: keep the end.
    return index < 0 ? [job, ...jobs] : jobs.map((j, i) => (i === index ? (mergeJobs([job], [j])[0] ?? job) : j));
  });
}

/**
 * Refreshes the open project's data (its datasets and what is shown of each) and drops what was
 * cached for other projects, so nothing asks the core about a project that is no longer open.
 */
export function refreshProjectData(queryClient: QueryClient): void {
  const path = cachedProject(queryClient)?.path;
  for (const method of PROJECT_SCOPED) {
    queryClient.removeQueries({ queryKey: [method], predicate: (query) => query.queryKey[1] !== (path ?? '') });
    if (path !== undefined) void queryClient.invalidateQueries({ queryKey: [method, path] });
  }
}

/** Records a newly current project (or none) and refreshes what depends on it. */
export function setCurrentProject(queryClient: QueryClient, project: ProjectInfo | undefined): void {
  queryClient.setQueryData<MethodOutputs['projects.current']>(queryKeys.current, project ? { project } : {});
  void queryClient.invalidateQueries({ queryKey: queryKeys.recent });
  refreshProjectData(queryClient);
}

/** The open project's segments with their values (for the grid's filters and columns). */
export function useSegments() {
  return useProjectQuery(queryKeys.segments, (client) => client.api.coding.segments({}), 'Reading the segments');
}

/** Everyone who has coded in the open project. */
export function useCoders() {
  return useProjectQuery(queryKeys.coders, (client) => client.api.coding.coders({}), 'Reading the coders');
}

/** The verbatim grid's saved views. */
export function useGridViews() {
  return useProjectQuery(queryKeys.views, (client) => client.api.views.list({}), 'Reading the saved views');
}

/** The whole response a verbatim belongs to (off while no verbatim is given). */
export function useResponseDetail(verbatimId: number | undefined) {
  const client = useApi();
  const project = useCurrentProject();
  return useQuery({
    queryKey: queryKeys.response(project?.path, verbatimId ?? 0),
    queryFn: () => client.api.coding.response({ verbatimId: verbatimId! }),
    enabled: project !== undefined && verbatimId !== undefined,
    placeholderData: keepPreviousData,
    meta: { label: 'Reading the response' },
  });
}

/** The suggested themes of the last run (empty until the verbatims are analysed). */
export function useSuggestions() {
  return useProjectQuery(queryKeys.suggestions, (client) => client.api.analysis.suggestions({}), 'Reading the suggested themes');
}
