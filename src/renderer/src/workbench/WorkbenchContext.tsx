import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { CommandServices } from '../commands/commandTypes';
import type { CommandOutcome, CommandSource } from '../commands/runCommand';
import type { WorkbenchRegistry } from './registry';

export interface WorkbenchContextValue {
  readonly registry: WorkbenchRegistry;
  readonly services: CommandServices;
  /** Runs a command by id (the one path every UI action takes). */
  readonly run: (commandId: string, args?: unknown, source?: CommandSource) => Promise<CommandOutcome>;
}

const WorkbenchContext = createContext<WorkbenchContextValue | undefined>(undefined);

export function WorkbenchProvider({ value, children }: { value: WorkbenchContextValue; children: ReactNode }) {
  return <WorkbenchContext value={value}>{children}</WorkbenchContext>;
}

export function useWorkbench(): WorkbenchContextValue {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench must be used inside <WorkbenchProvider>');
  return value;
}

export function useRunCommand(): WorkbenchContextValue['run'] {
  return useWorkbench().run;
}
