import { Writable } from 'node:stream';
import { generateSurvey, generateTickets } from '../../../scripts/corpus/index';

/** An in-memory Writable for tests; `delayMs` makes it slow so backpressure is exercised. */
export class Collector extends Writable {
  private chunks: Buffer[] = [];

  constructor(private readonly delayMs = 0, highWaterMark?: number) {
    super(highWaterMark === undefined ? {} : { highWaterMark });
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    if (this.delayMs > 0) setTimeout(done, this.delayMs);
    else done();
  }

  get buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }

  get text(): string {
    return this.buffer.toString('utf8');
  }
}

export interface Generated {
  readonly survey: Collector;
  readonly labels: Collector;
  readonly tickets: Collector;
  readonly history: Collector;
}

export async function generateAll(size: number, seed: number): Promise<Generated> {
  const survey = new Collector();
  const labels = new Collector();
  await generateSurvey({ size, seed, out: survey, labelsOut: labels });
  const tickets = new Collector();
  const history = new Collector();
  await generateTickets({ size, seed, ticketsOut: tickets, historyOut: history });
  return { survey, labels, tickets, history };
}
