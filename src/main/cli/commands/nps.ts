import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import type { NpsFigures, NpsReport } from '../../../shared/model';
import { withProject, type ProjectCliOptions } from '../withProject';

interface NpsCliOptions extends ProjectCliOptions {
  readonly by?: string;
  readonly period?: string;
}

function line(label: string, f: NpsFigures): string {
  const nps = f.nps === undefined ? '   n/a' : f.nps.toFixed(1).padStart(6);
  const ci = f.ci95 ? `  [${f.ci95[0].toFixed(1)}, ${f.ci95[1].toFixed(1)}]` : '';
  return `${label.padEnd(28).slice(0, 28)} ${nps}${ci.padEnd(18)}  n = ${f.n}${f.smallBase ? '  (small base)' : ''}`;
}

export function registerNps(program: Command): void {
  program
    .command('nps')
    .description('NPS with its 95% interval, overall and by a segment and/or period')
    .requiredOption('--project <file>', 'the .loupe project')
    .option('--by <field>', "a segment's column name, as the export's first header row writes it")
    .option('--period <period>', 'week|month, from the response date in the export time zone')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((o: NpsCliOptions) =>
      withProject(
        o,
        async ({ invoke }) => {
          if (o.period !== undefined && o.period !== 'week' && o.period !== 'month') {
            throw new AppError('BAD_INPUT', `--period must be week or month, not "${o.period}".`);
          }
          return (await invoke('nps.report', { ...(o.by ? { by: o.by } : {}), ...(o.period ? { period: o.period } : {}) })) as NpsReport;
        },
        (report) => [
          line('All responses', report),
          ...report.groups.map((g) => line([g.value === '' ? '(blank)' : g.value, g.period].filter((x) => x !== undefined).join(' · '), g)),
        ],
      ),
    );
}
