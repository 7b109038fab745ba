import type { Command } from 'commander';
import type { JobInfo } from '../../../shared/model';
import type { AnalysisResult, VerbatimRow } from '../../../shared/nlp';
import { cliServices, type CommonOptions } from '../environment';
import { waitForJob } from '../jobWait';
import { printResult, reportError } from '../output';

interface AnalyzeCliOptions extends CommonOptions {
  readonly project: string;
  readonly json?: boolean;
  readonly progress?: boolean;
}

interface VerbatimsCliOptions extends CommonOptions {
  readonly project: string;
  readonly query?: string;
  readonly limit?: string;
  readonly json?: boolean;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('run the NLP pipeline (language, sentiment, keyphrases, personal data) over the verbatims not analysed yet')
    .requiredOption('--project <file>', 'the .loupe project')
    .option('--progress', 'print a "progress {json}" line on stderr for every progress update (for scripts)')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action(async (o: AnalyzeCliOptions) => {
      const services = cliServices(o);
      try {
        await services.invoke('projects.open', { path: o.project });
        const started = (await services.invoke('jobs.start', { kind: 'analyze' })) as JobInfo;
        const result = await waitForJob<AnalysisResult>(services, started, Boolean(o.json), Boolean(o.progress));
        printResult(Boolean(o.json), result, () => [
          `Analyzed ${result.analysed.toLocaleString('en')} verbatims in ${(result.ms / 1000).toFixed(1)} s (${result.alreadyAnalysed.toLocaleString('en')} were already analyzed).`,
          `  English: ${result.english.toLocaleString('en')}; other languages (kept, not scored): ${result.otherLanguages.toLocaleString('en')}`,
          `  With personal data (emails, phones, cards, IBANs, IPs): ${result.withPersonalData.toLocaleString('en')}`,
        ]);
      } catch (error) {
        process.exitCode = reportError(error, Boolean(o.json));
      } finally {
        await services.close();
      }
    });

  program
    .command('verbatims')
    .description('list verbatims with their sentiment and keyphrases')
    .requiredOption('--project <file>', 'the .loupe project')
    .option('--query <q>', 'full-text search: words, "phrases", prefix*, AND / OR / NOT')
    .option('--limit <n>', 'at most this many (default 100)')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action(async (o: VerbatimsCliOptions) => {
      const services = cliServices(o);
      try {
        await services.invoke('projects.open', { path: o.project });
        const limit = o.limit === undefined ? undefined : Number(o.limit);
        const result = (await services.invoke('analysis.verbatims', { ...(o.query ? { query: o.query } : {}), ...(limit === undefined ? {} : { limit }) })) as {
          rows: VerbatimRow[];
        };
        printResult(Boolean(o.json), result, () =>
          result.rows.map((r) => {
            const s = r.sentiment ? `${r.sentiment.label.padEnd(8)} ${r.sentiment.score.toFixed(2).padStart(5)}` : `${(r.language ?? '—').padEnd(14)}`;
            return `${(r.respondentId ?? '').padEnd(18).slice(0, 18)} ${s}  ${r.text.replace(/\s+/g, ' ').slice(0, 90)}${r.keyphrases.length ? `  [${r.keyphrases.join(', ')}]` : ''}`;
          }),
        );
      } catch (error) {
        process.exitCode = reportError(error, Boolean(o.json));
      } finally {
        await services.close();
      }
    });
}
