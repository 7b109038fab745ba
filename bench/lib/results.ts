import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineInfo } from './machine';
import { RESULTS_DIR } from './paths';
import type { FigureResult } from './runner';

export interface BenchReport {
  readonly startedAt: string;
  readonly seconds: number;
  readonly command: string;
  readonly options: { readonly sizes: readonly string[]; readonly seed: number; readonly runs: number | undefined };
  readonly machine: MachineInfo;
  readonly corpora: readonly { readonly size: string; readonly seed: number; readonly rows: number; readonly bytes: number; readonly sha256: string; readonly generated: boolean; readonly generateSeconds: number }[];
  readonly figures: readonly FigureResult[];
}

/** Writes bench/results/latest.json and a timestamped copy; returns both paths. */
export function writeReport(report: BenchReport, dir = RESULTS_DIR): { latest: string; stamped: string } {
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const latest = join(dir, 'latest.json');
  const stamped = join(dir, `${stamp}.json`);
  writeFileSync(latest, json);
  writeFileSync(stamped, json);
  return { latest, stamped };
}
