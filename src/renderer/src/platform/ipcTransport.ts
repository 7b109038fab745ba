import type { EventName, EventPayloads, MethodName, Transport } from '../../../shared/api';
import { deserializeError } from '../../../shared/errors';
import type { LoupeBridge } from './loupeBridge';

/** LoupeApi over the desktop preload bridge (`window.loupe`). */
export function createIpcTransport(bridge: LoupeBridge): Transport {
  return {
    async invoke(method: MethodName, input: unknown) {
      const reply = await bridge.invoke(method, input);
      if (reply.ok) return reply.result;
      throw deserializeError(reply.error);
    },
    subscribe<E extends EventName>(event: E, handler: (payload: EventPayloads[E]) => void) {
      return bridge.subscribe(event, (payload) => handler(payload as EventPayloads[E]));
    },
  };
}
