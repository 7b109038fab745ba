export interface ServerSentEvent {
  readonly event: string;
  readonly data: string;
}

/**
 * An incremental parser for a text/event-stream: feed it text as it arrives, in chunks of
 * any size; it calls `onEvent` for every complete event. Comments and `id`/`retry` are ignored.
 */
export function createServerSentEventParser(onEvent: (event: ServerSentEvent) => void): { push(text: string): void } {
  let buffer = '';
  let eventName = '';
  let data: string[] = [];

  const dispatch = () => {
    if (data.length > 0) onEvent({ event: eventName || 'message', data: data.join('\n') });
    eventName = '';
    data = [];
  };

  const handleLine = (line: string) => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') data.push(value);
  };

  return {
    push(text: string) {
      buffer += text;
      for (;;) {
        const match = /\r\n|\r|\n/.exec(buffer);
        // A lone \r at the end may be the first half of \r\n: wait for more text.
        if (match === null || (match[0] === '\r' && match.index === buffer.length - 1)) break;
        handleLine(buffer.slice(0, match.index));
        buffer = buffer.slice(match.index + match[0].length);
      }
    },
  };
}
