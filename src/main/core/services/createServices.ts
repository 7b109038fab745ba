// Placeholder signature; the implementation lands in the next commit.
import type { HostKind } from '../../../shared/model';
import { AppError } from '../../../shared/errors';
import { EventBus } from './eventBus';

export interface ServicesOptions {
  /** Where Loupe keeps per-user state (recent projects). */
  readonly dataDir: string;
  /** Folder holding resources/ (the sample files). */
  readonly resourcesDir: string;
  readonly host: HostKind;
  readonly version: string;
  /** Where new projects go by default; ~/Loupe when absent. */
  readonly defaultProjectDir?: string;
}

export interface Services {
  readonly events: EventBus;
  /** Validates `input` with the method's schema and runs it; throws AppError. */
  invoke(method: string, input: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export function createServices(_options: ServicesOptions): Services {
  const events = new EventBus();
  return {
    events,
    invoke: async (method) => {
      throw new AppError('UNKNOWN_METHOD', `Not implemented yet: ${method}`);
    },
    close: async () => {},
  };
}
