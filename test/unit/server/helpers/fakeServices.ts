import { AppError } from '../../../../src/shared/errors';
import { EventBus } from '../../../../src/main/core/services/eventBus';
import type { HostedServices } from '../../../../src/main/server/hostedServices';

export interface FakeServices {
  readonly services: HostedServices;
  readonly events: EventBus;
  /** Every call that reached the services, in order. */
  readonly calls: { method: string; input: unknown }[];
}

/**
 * Services stand-in: echoes its input, except `projects.open` (an expected AppError)
 * and `jobs.get` (an unexpected Error).
 */
export function createFakeServices(): FakeServices {
  const events = new EventBus();
  const calls: { method: string; input: unknown }[] = [];
  const services: HostedServices = {
    events,
    invoke: async (method, input) => {
      calls.push({ method, input });
      if (method === 'projects.open') throw new AppError('PROJECT_NOT_FOUND', 'No such project', { detail: '/nowhere.loupe' });
      if (method === 'jobs.get') throw new Error('boom');
      return { method, input };
    },
  };
  return { services, events, calls };
}
