import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useApi } from '../../../services/ApiProvider';
import { useCurrentProject } from '../../../services/queries';

/** The project's double-coding samples. */
export function useSamples() {
  const client = useApi();
  const project = useCurrentProject();
  return useQuery({ queryKey: ['samples.list', project?.path ?? ''], queryFn: () => client.api.samples.list({}), enabled: project !== undefined, meta: { label: 'Reading the samples' } });
}

/** One sample as this coder sees it (blind). */
export function useSampleItems(id: number | undefined) {
  const client = useApi();
  const project = useCurrentProject();
  return useQuery({
    queryKey: ['samples.items', project?.path ?? '', id ?? 0],
    queryFn: () => client.api.samples.items({ id: id! }),
    enabled: project !== undefined && id !== undefined,
    meta: { label: 'Reading the sample' },
  });
}

/** A sample with each coder's progress. */
export function useSample(id: number | undefined) {
  const client = useApi();
  const project = useCurrentProject();
  return useQuery({
    queryKey: ['samples.get', project?.path ?? '', id ?? 0],
    queryFn: () => client.api.samples.get({ id: id! }),
    enabled: project !== undefined && id !== undefined,
    meta: { label: 'Reading the sample' },
  });
}

/** Everything read about samples is read again (after coding, a done mark, settling). */
export function refreshSamples(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('samples.') });
}
