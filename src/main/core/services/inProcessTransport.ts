import type { EventName, EventPayloads, MethodName, Transport } from '../../../shared/api';
import { deserializeError, serializeError } from '../../../shared/errors';
import type { Services } from './createServices';

/**
 * A Transport straight onto the services, for tests and scripts. Inputs,
 * results and errors are passed through structuredClone, as IPC would.
 */
export function createInProcessTransport(services: Services): Transport {
  return {
    async invoke(method: MethodName, input: unknown) {
      try {
        return structuredClone(await services.invoke(method, structuredClone(input)));
      } catch (error) {
        throw deserializeError(structuredClone(serializeError(error)));
      }
    },
    subscribe<E extends EventName>(event: E, handler: (payload: EventPayloads[E]) => void) {
      return services.events.subscribe(event, (payload) => handler(structuredClone(payload)));
    },
  };
}
