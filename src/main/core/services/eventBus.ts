import type { EventName, EventPayloads } from '../../../shared/api';

type Handler<E extends EventName> = (payload: EventPayloads[E]) => void;

/** In-process fan-out of core events to every host (IPC windows, SSE streams, tests). */
export class EventBus {
  private readonly handlers = new Map<EventName, Set<Handler<EventName>>>();

  subscribe<E extends EventName>(event: E, handler: Handler<E>): () => void {
    let set = this.handlers.get(event);
    if (!set) {
      set = new Set();
      this.handlers.set(event, set);
    }
    set.add(handler as Handler<EventName>);
    return () => {
      set.delete(handler as Handler<EventName>);
    };
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const handler of this.handlers.get(event) ?? []) {
      try {
        handler(payload);
      } catch (error) {
        console.error(`[loupe] ${event} handler failed`, error);
      }
    }
  }
}
