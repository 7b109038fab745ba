import { QueryCache, QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../../shared/api';
import type { CommandServices } from '../commands/commandTypes';
import { runCommand } from '../commands/runCommand';
import { useKeybindingDispatcher } from '../commands/useKeybindingDispatcher';
import { ApiProvider, useApi } from '../services/ApiProvider';
import { useAppInfo, useCurrentProjectQuery } from '../services/queries';
import { useJobAnnouncements, useServerEvents } from '../services/useServerEvents';
import { readContextKeys } from './contextKeys';
import { LayoutPersistence } from './layout/LayoutPersistence';
import { notify } from './notifications/notificationStore';
import { logOutput } from './output/outputStore';
import type { WorkbenchRegistry } from './registry';
import { reportError } from './reportError';
import { useStatusMessageStore } from './statusbar/statusMessageStore';
import { useThemeSync } from './theme/useThemeSync';
import { Workbench } from './Workbench';
import type { WorkbenchContextValue } from './WorkbenchContext';
import { WorkbenchProvider } from './WorkbenchContext';

function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      // Queries marked silent show their own error inline (the file browser).
      onError: (error, query) => {
        if (query.meta?.silent) return;
        reportError(error, typeof query.meta?.label === 'string' ? query.meta.label : `Loading ${String(query.queryKey[0])}`);
      },
    }),
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
  });
}

/** The root: API and query cache providers around the workbench. */
export function WorkbenchApp({ client, registry }: { client: ApiClient; registry: WorkbenchRegistry }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ApiProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <WorkbenchRoot registry={registry} />
      </QueryClientProvider>
    </ApiProvider>
  );
}

function WorkbenchRoot({ registry }: { registry: WorkbenchRegistry }) {
  const client = useApi();
  const queryClient = useQueryClient();
  const contextKeys = useCallback(() => readContextKeys(queryClient), [queryClient]);
  const [persistence] = useState(() => new LayoutPersistence(client, registry, contextKeys));
  const [ready, setReady] = useState(false);
  const setStatus = useStatusMessageStore((s) => s.setMessage);

  const services: CommandServices = useMemo(
    () => ({
      client,
      queryClient,
      contextKeys,
      log: logOutput,
      notify: (severity, message, detail) => void notify({ severity, message, ...(detail ? { detail } : {}) }),
      reportError,
      flushLayout: () => persistence.flush(),
    }),
    [client, queryClient, contextKeys, persistence],
  );
  const value: WorkbenchContextValue = useMemo(
    () => ({ registry, services, run: (id, args, source) => runCommand(registry.commands, services, id, args, source) }),
    [registry, services],
  );
  const runFromKeyboard = useCallback((id: string) => void value.run(id, undefined, 'keyboard'), [value]);

  useServerEvents();
  useJobAnnouncements();
  useThemeSync();
  useKeybindingDispatcher({ registry: registry.commands, contextKeys, run: runFromKeyboard, setStatus });

  useEffect(() => {
    persistence.start();
    return () => persistence.dispose();
  }, [persistence]);

  const current = useCurrentProjectQuery();
  const settled = !current.isPending;
  const project = current.data?.project;
  const projectPath = project?.path;
  useEffect(() => {
    if (!settled) return;
    void persistence.attach(projectPath === undefined ? undefined : project).then(() => setReady(true));
    // Re-attach only when the project itself changes, not when its counts do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled, projectPath, persistence]);

  const appInfo = useAppInfo().data;
  useEffect(() => {
    if (appInfo) logOutput(`${appInfo.name} ${appInfo.version} (${appInfo.host} host, ${appInfo.platform})`);
  }, [appInfo]);

  return (
    <WorkbenchProvider value={value}>
      <Workbench ready={ready} />
    </WorkbenchProvider>
  );
}
