import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import type { MethodOutputs } from '../../../shared/api';
import type { JobInfo, ProjectInfo } from '../../../shared/model';
import { useApi } from './ApiProvider';

/** Query keys for server data; events invalidate them (see useServerEvents). */
export const queryKeys = {
  appInfo: ['app.info'] as const,
  current: ['projects.current'] as const,
  recent: ['projects.recent'] as const,
  imports: (projectPath: string | undefined) => ['imports.list', projectPath ?? ''] as const,
  importsAll: ['imports.list'] as const,
  jobs: ['jobs.list'] as const,
};

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

export function useImports() {
  const client = useApi();
  const project = useCurrentProject();
  return useQuery({
    queryKey: queryKeys.imports(project?.path),
    queryFn: () => client.api.imports.list({}),
    enabled: project !== undefined,
    meta: { label: 'Listing the datasets' },
  });
}

export function useJobs() {
  const client = useApi();
  return useQuery({
    queryKey: queryKeys.jobs,
    queryFn: () => client.api.jobs.list({}),
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
    return index < 0 ? [job, ...jobs] : jobs.map((j, i) => (i === index ? job : j));
  });
}

/**
 * Refreshes the open project's data (its datasets) and drops what was cached for other projects,
 * so nothing asks the core about a project that is no longer open.
 */
export function refreshProjectData(queryClient: QueryClient): void {
  const path = cachedProject(queryClient)?.path;
  queryClient.removeQueries({ queryKey: queryKeys.importsAll, predicate: (query) => query.queryKey[1] !== (path ?? '') });
  if (path !== undefined) void queryClient.invalidateQueries({ queryKey: queryKeys.imports(path) });
}

/** Records a newly current project (or none) and refreshes what depends on it. */
export function setCurrentProject(queryClient: QueryClient, project: ProjectInfo | undefined): void {
  queryClient.setQueryData<MethodOutputs['projects.current']>(queryKeys.current, project ? { project } : {});
  void queryClient.invalidateQueries({ queryKey: queryKeys.recent });
  refreshProjectData(queryClient);
}
