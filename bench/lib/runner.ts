import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { ChildReply, ChildRequest } from './child';
import type { Corpus } from './corpus';
import { DESIGN_ROWS, type Figure, type Measurement } from './figure';
import { BENCH_ROOT } from './paths';
import { rowsOf, type CorpusSize } from './sizes';
import { median, summarize } from './stats';

export interface FigureResult {
  readonly id: string;
  readonly title: string;
  readonly designRow: string;
  readonly role: Figure['role'];
  readonly size: CorpusSize;
  readonly unit: string;
  readonly better: 'higher' | 'lower';
  readonly status: 'measured' | 'not yet built' | 'failed';
  readonly note?: string;
  readonly target?: string;
  readonly runs?: number;
  readonly median?: number;
  readonly min?: number;
  readonly max?: number;
  readonly samples?: number[];
  readonly extra?: Record<string, number>;
  readonly peakRssMB?: number;
  /** `paired`: measured in rounds alternating with the target; the ratio is then the median of the rounds' ratios. */
  readonly baseline?: { readonly id: string; readonly median: number; readonly ratio: number; readonly paired?: boolean };
  readonly targetMet?: boolean;
  readonly seconds?: number;
}

export interface RunOptions {
  readonly size: CorpusSize;
  readonly seed: number;
  readonly corpus: Corpus | undefined;
  readonly workDir: string;
  readonly runsOverride: number | undefined;
  /** Results measured earlier in this run, for baselines. */
  readonly earlier: readonly FigureResult[];
  /**
   * The target's baseline figure, when it is part of this run: the two are then measured in
   * alternating rounds (baseline, target, baseline, target, …) and the ratio is the median of
   * the rounds' ratios, so a machine that slows down for a while (shared hosts do) slows both.
   */
  readonly pairWith?: Figure;
}

function runChild(request: ChildRequest): Promise<ChildReply> {
  return new Promise((resolve, reject) => {
    const child = fork(join(BENCH_ROOT, 'lib', 'child.ts'), [JSON.stringify(request)], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let reply: ChildReply | undefined;
    child.on('message', (m) => (reply = m as ChildReply));
    child.on('error', reject);
    child.on('exit', (code) => resolve(reply ?? { ok: false, error: `figure process exited with ${code} and no result` }));
  });
}

function medianExtras(samples: readonly Measurement[]): Record<string, number> | undefined {
  const keys = new Set(samples.flatMap((s) => Object.keys(s.extra ?? {})));
  if (keys.size === 0) return undefined;
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = median(samples.map((s) => s.extra?.[k]).filter((v): v is number => v !== undefined));
  return out;
}

export async function runFigure(figure: Figure, opts: RunOptions): Promise<FigureResult> {
  const base = {
    id: figure.id, title: figure.title, designRow: DESIGN_ROWS[figure.designRow], role: figure.role,
    size: opts.size, unit: figure.unit, better: figure.better, target: figure.target?.text,
  };
  if (figure.available !== true) return { ...base, status: 'not yet built', note: figure.available.notYetBuilt };
  const started = performance.now();
  const runs = opts.runsOverride ?? figure.runs ?? 5;
  const request = (f: Figure, warmups: number, count: number): ChildRequest => ({
    file: join(BENCH_ROOT, 'figures', `${f.id}.ts`),
    ctx: { size: opts.size, rows: rowsOf(opts.size), seed: opts.seed, corpus: opts.corpus, workDir: opts.workDir },
    warmups,
    runs: count,
  });
  let reply: ChildReply;
  let paired: { baselineValues: number[]; ratios: number[] } | undefined;
  if (opts.pairWith) {
    const pair = opts.pairWith;
    paired = { baselineValues: [], ratios: [] };
    const samples: Measurement[] = [];
    let maxRssBytes = 0;
    reply = { ok: true, samples, maxRssBytes };
    for (let round = 0; round < runs; round++) {
      const b = await runChild(request(pair, round === 0 ? (pair.warmups ?? 1) : 0, 1));
      const t = await runChild(request(figure, round === 0 ? (figure.warmups ?? 1) : 0, 1));
      if (!b.ok || !t.ok) {
        reply = !t.ok ? t : b;
        break;
      }
      samples.push(t.samples[0]!);
      maxRssBytes = Math.max(maxRssBytes, t.maxRssBytes);
      paired.baselineValues.push(b.samples[0]!.value);
      paired.ratios.push(t.samples[0]!.value / b.samples[0]!.value);
      reply = { ok: true, samples, maxRssBytes };
    }
  } else {
    reply = await runChild(request(figure, figure.warmups ?? 1, runs));
  }
  const seconds = (performance.now() - started) / 1000;
  if (!reply.ok) return { ...base, status: 'failed', note: reply.error.split('\n')[0], seconds };
  const values = reply.samples.map((s) => s.value);
  const stats = summarize(values);
  const ownPeaks = reply.samples.map((s) => s.peakRssBytes).filter((v): v is number => v !== undefined);
  const peak = ownPeaks.length > 0 ? Math.max(...ownPeaks) : reply.maxRssBytes;
  let baseline: FigureResult['baseline'];
  const baselineId = figure.target?.baseline;
  if (baselineId && paired) {
    baseline = { id: baselineId, median: median(paired.baselineValues), ratio: median(paired.ratios), paired: true };
  } else if (baselineId) {
    const b = opts.earlier.find((r) => r.id === baselineId && r.size === opts.size && r.status === 'measured');
    if (b?.median !== undefined) baseline = { id: baselineId, median: b.median, ratio: stats.median / b.median };
  }
  const met = figure.target?.met;
  return {
    ...base,
    status: 'measured',
    runs,
    ...stats,
    samples: values,
    extra: medianExtras(reply.samples),
    peakRssMB: Math.round(peak / 1024 / 1024),
    baseline,
    targetMet: met && (!baselineId || baseline) ? met(stats.median, baseline?.ratio) : undefined,
    seconds: Math.round(seconds * 10) / 10,
  };
}
