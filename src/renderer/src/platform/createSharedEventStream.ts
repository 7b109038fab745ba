import { createServerSentEventParser } from './createServerSentEventParser';

export interface SharedEventStreamOptions {
  /** Absolute (Node) or same-origin relative (browser) URL of the SSE endpoint. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch: typeof fetch;
  /** First reconnect delay, doubled after each failure up to `maxDelayMs`. */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
}

export interface SharedEventStream {
  subscribe(event: string, handler: (payload: unknown) => void): () => void;
  /**
   * Resolves once the stream is connected (at once when nobody listens), or after
   * `timeoutMs`: a call made after subscribing then sees the events it causes.
   */
  whenConnected(timeoutMs: number): Promise<void>;
  close(): void;
}

/**
 * One `fetch`-read SSE connection shared by every subscriber: opened with the first
 * subscription, closed with the last, reconnected with exponential backoff in between.
 * (Node 20 has no EventSource, and fetch lets the Bearer header through.)
 */
export function createSharedEventStream(options: SharedEventStreamOptions): SharedEventStream {
  const minDelay = options.minDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  let controller: AbortController | undefined;
  let connected = false;
  let waiters: (() => void)[] = [];

  const listenerCount = () => [...handlers.values()].reduce((sum, set) => sum + set.size, 0);
  const setConnected = (value: boolean) => {
    connected = value;
    if (value) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };
  const dispatch = (event: string, data: string) => {
    let payload: unknown;
    try {
      payload = JSON.parse(data) as unknown;
    } catch {
      return;
    }
    for (const handler of [...(handlers.get(event) ?? [])]) {
      try {
        handler(payload);
      } catch (error) {
        console.error(`[loupe] ${event} handler failed`, error);
      }
    }
  };
  const sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    });

  const run = async (signal: AbortSignal) => {
    let delay = minDelay;
    while (!signal.aborted) {
      try {
        const response = await options.fetch(options.url, {
          headers: { ...options.headers, Accept: 'text/event-stream' },
          signal,
          credentials: 'same-origin',
        });
        if (response.status === 401 || response.status === 403) {
          console.error(`[loupe] event stream refused (HTTP ${response.status}); not retrying`);
          break;
        }
        if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status}`);
        setConnected(true);
        delay = minDelay;
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        const parser = createServerSentEventParser(({ event, data }) => dispatch(event, data));
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(decoder.decode(value, { stream: true }));
        }
      } catch {
        // Connection refused, reset or aborted: retry below unless we were closed.
      }
      setConnected(false);
      if (signal.aborted) break;
      await sleep(delay, signal);
      delay = Math.min(delay * 2, maxDelay);
    }
    setConnected(false);
    if (controller?.signal === signal) controller = undefined;
    for (const wake of waiters) wake();
    waiters = [];
  };

  const start = () => {
    if (controller !== undefined) return;
    controller = new AbortController();
    void run(controller.signal);
  };
  const stop = () => {
    controller?.abort();
    controller = undefined;
  };

  return {
    subscribe(event, handler) {
      let set = handlers.get(event);
      if (set === undefined) {
        set = new Set();
        handlers.set(event, set);
      }
      const wrapped = (payload: unknown) => handler(payload);
      set.add(wrapped);
      start();
      return () => {
        set.delete(wrapped);
        if (listenerCount() === 0) stop();
      };
    },
    whenConnected(timeoutMs) {
      if (connected || controller === undefined) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    close() {
      handlers.clear();
      stop();
    },
  };
}
