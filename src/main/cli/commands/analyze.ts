import type { Command } from 'commander';
import type { JobInfo } from '../../../shared/model';
import type { AnalysisResult, VerbatimRow } from '../../../shared/nlp';
import { waitForJob } from '../jobWait';
import { withProject, type ProjectCliOptions } from '../withProject';

interface AnalyzeCliOptions extends ProjectCliOptions {
  readonly progress?: boolean;
}

interface VerbatimsCliOptions extends ProjectCliOptions {
  readonly query?: string;
  readonly limit?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('run the NLP pipeline (language, sentiment, keyphrases, personal data) over the verbatims not analysed yet, then suggest themes')
    .requiredOption('--project <file>', 'the .loupe project')
    .option('--progress', 'print a "progress {json}" line on stderr for every progress update (for scripts)')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((o: AnalyzeCliOptions) =>
      withProject(
        o,
        async (services) => {
          const started = (await services.invoke('jobs.start', { kind: 'analyze' })) as JobInfo;
          return waitForJob<AnalysisResult & { suggestions: number; vectors: boolean }>(services, started, Boolean(o.json), Boolean(o.progress));
        },
        (result) => [
          `Analyzed ${result.analysed.toLocaleString('en')} verbatims in ${(result.ms / 1000).toFixed(1)} s (${result.alreadyAnalysed.toLocaleString('en')} were already analyzed).`,
          `  English: ${result.english.toLocaleString('en')}; other languages (kept, not scored): ${result.otherLanguages.toLocaleString('en')}`,
          `  With personal data (emails, phones, cards, IBANs, IPs): ${result.withPersonalData.toLocaleString('en')}`,
          `  Suggested themes: ${result.suggestions}${result.vectors ? '' : ' (without word vectors)'}; list them with loupe themes --suggested`,
        ],
      ),
    );

  program
    .command('verbatims')
    .description('list verbatims with their sentiment and keyphrases')
    .requiredOption('--project <file>', 'the .loupe project')
    .option('--query <q>', 'full-text search: words, "phrases", prefix*, AND / OR / NOT')
    .option('--limit <n>', 'at most this many (default 100)')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((o: VerbatimsCliOptions) =>
      withProject(
        o,
        async ({ invoke }) => {
          const limit = o.limit === undefined ? undefined : Number(o.limit);
          return (await invoke('analysis.verbatims', { ...(o.query ? { query: o.query } : {}), ...(limit === undefined ? {} : { limit }) })) as { rows: VerbatimRow[] };
        },
        (result) =>
          result.rows.map((r) => {
            const s = r.sentiment ? `${r.sentiment.label.padEnd(8)} ${r.sentiment.score.toFixed(2).padStart(5)}` : `${(r.language ?? '—').padEnd(14)}`;
            return `${(r.respondentId ?? '').padEnd(18).slice(0, 18)} ${s}  ${r.text.replace(/\s+/g, ' ').slice(0, 90)}${r.keyphrases.length ? `  [${r.keyphrases.join(', ')}]` : ''}`;
          }),
      ),
    );
}
