/**
 * Runs one figure at one size in its own process, so each figure starts from a
 * clean heap and its peak RSS is its own. Started by runner.ts via fork().
 */
import type { FigureContext, Measurement } from './figure';
import { loadFigure } from './load-figures';

export interface ChildRequest {
  readonly file: string;
  readonly ctx: Omit<FigureContext, 'warmup'>;
  readonly warmups: number;
  readonly runs: number;
}

export type ChildReply =
  | { readonly ok: true; readonly samples: Measurement[]; readonly maxRssBytes: number }
  | { readonly ok: false; readonly error: string };

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as ChildRequest;
  const figure = await loadFigure(request.file);
  const base = request.ctx;
  const state: unknown = await figure.setup?.({ ...base, warmup: true });
  const samples: Measurement[] = [];
  for (let i = 0; i < request.warmups + request.runs; i++) {
    collect();
    const ctx: FigureContext = { ...base, warmup: i < request.warmups };
    const m = await figure.measure(ctx, state);
    if (!ctx.warmup) samples.push(m);
  }
  await figure.teardown?.({ ...base, warmup: false }, state);
  const reply: ChildReply = { ok: true, samples, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  process.send?.(reply);
}

main().catch((error: unknown) => {
  const reply: ChildReply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  process.send?.(reply);
  process.exitCode = 1;
});
