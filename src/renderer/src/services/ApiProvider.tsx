import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { ApiClient } from '../../../shared/api';

const ApiContext = createContext<ApiClient | undefined>(undefined);

/** Gives the workbench its ApiClient; nothing below knows whether it talks IPC or HTTP. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext value={client}>{children}</ApiContext>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi must be used inside <ApiProvider>');
  return client;
}
