import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';

/**
 * Batches small strings into larger writes and honours backpressure: when the
 * destination's buffer is full, `write` waits for 'drain' before going on.
 */
export class ChunkWriter {
  private parts: string[] = [];
  private pending = 0;
  private written = 0;

  constructor(
    private readonly out: Writable,
    private readonly batchChars = 64 * 1024,
  ) {}

  /** Bytes handed to the destination so far (UTF-8). */
  get bytes(): number {
    return this.written;
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= this.batchChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.pending = 0;
    this.written += chunk.length;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}

export interface FileSink {
  readonly stream: Writable;
  /** Ends the stream and resolves once every byte is on disk. */
  close(): Promise<void>;
}

export function openFileSink(path: string): FileSink {
  const stream = createWriteStream(path);
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', () => resolve());
    stream.on('error', reject);
  });
  return {
    stream,
    close: async () => {
      stream.end();
      await finished;
    },
  };
}

/** A destination that only counts bytes: for throughput measurements. */
export class CountingSink extends Writable {
  bytes = 0;

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    done();
  }
}
