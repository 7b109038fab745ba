import type { Command } from 'commander';
import type { CodeResult, Theme } from '../../../shared/coding';
import type { ThemeSuggestion } from '../../../shared/nlp';
import { AppError } from '../../../shared/errors';
import { withProject, type ProjectCliOptions } from '../withProject';

export function registerCoding(program: Command): void {
  const codebook = program.command('codebook').description('the codebook: import themes');
  codebook
    .command('import')
    .description('import a codebook: a REFI-QDA codebook (.qdc), or CSV with one theme per row in a "name" column ("Billing > Double charge" makes the tree)')
    .argument('<file>', 'the codebook file')
    .requiredOption('--project <file>', 'the .loupe project')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((file: string, o: ProjectCliOptions) =>
      withProject(
        o,
        async ({ invoke }) => (await invoke('codebook.import', { path: file })) as { created: number; themes: number },
        (r) => [`Created ${r.created} theme${r.created === 1 ? '' : 's'}; the codebook holds ${r.themes}.`],
      ),
    );

  program
    .command('export')
    .description('export from the project: the codebook as a REFI-QDA codebook (qdc)')
    .requiredOption('--project <file>', 'the .loupe project')
    .requiredOption('--format <format>', 'qdc (csv, xlsx and qdpx come with the researchers\' tables)')
    .requiredOption('--out <file>', 'the file to write')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((o: ProjectCliOptions & { format: string; out: string }) =>
      withProject(
        o,
        async ({ invoke }) => {
          if (o.format !== 'qdc') throw new AppError('BAD_INPUT', `Exporting as ${o.format} is not available yet: use --format qdc for the codebook.`);
          return (await invoke('codebook.export', { path: o.out, format: 'qdc' })) as { themes: number; path: string };
        },
        (r) => [`Wrote ${r.themes} theme${r.themes === 1 ? '' : 's'} to ${r.path}.`],
      ),
    );

  program
    .command('themes')
    .description("the codebook's themes with how many verbatims carry each")
    .requiredOption('--project <file>', 'the .loupe project')
    .option('--suggested', 'the themes the NLP analysis suggests (run loupe analyze first)')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((o: ProjectCliOptions & { suggested?: boolean }) =>
      withProject(
        o,
        async ({ invoke }) => {
          if (o.suggested) {
            const { suggestions } = (await invoke('analysis.suggestions', {})) as { suggestions: ThemeSuggestion[] };
            if (suggestions.length === 0) {
              throw new AppError('BAD_INPUT', 'The project has no suggested themes yet.', { detail: 'Run loupe analyze first: it analyses the verbatims and suggests themes.' });
            }
            return {
              suggestions: await Promise.all(
                suggestions
                  .filter((s) => s.state !== 'dropped')
                  .map(async (s) => ({
                    id: s.id,
                    label: s.label,
                    phrases: s.phrases.map((p) => p.label),
                    volume: s.volume,
                    detractorShare: s.detractorShare,
                    members: (await invoke('analysis.suggestionMembers', { id: s.id })) as string[],
                  })),
              ),
            };
          }
          const themes = (await invoke('codebook.list', {})) as Theme[];
          return { themes: themes.map((t) => ({ id: t.id, name: t.name, path: t.path, ...(t.parentId === undefined ? {} : { parentId: t.parentId }), count: t.count })) };
        },
        (r) =>
          'suggestions' in r && r.suggestions
            ? r.suggestions.map((s) => `${s.id}  ${(100 * s.volume).toFixed(1).padStart(5)}%  detractors ${(100 * s.detractorShare).toFixed(0).padStart(3)}%  ${s.label}`)
            : r.themes.length
              ? r.themes.map((t) => `${String(t.count).padStart(8)}  ${t.path}`)
              : ['The codebook is empty.'],
      ),
    );

  program
    .command('code')
    .description('code every verbatim matching a full-text query with a theme, as a saved rule (a second run codes nothing new)')
    .requiredOption('--project <file>', 'the .loupe project')
    .requiredOption('--theme <name>', 'the theme, by name or path ("Billing > Double charge")')
    .option('--query <q>', 'full-text search: words, "phrases", prefix*, AND / OR / NOT')
    .option('--suggestion <id>', 'a suggested theme (its id, as loupe themes --suggested lists it): code its verbatims')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((o: ProjectCliOptions & { theme: string; query?: string; suggestion?: string }) =>
      withProject(
        o,
        async ({ invoke }) => {
          if (o.suggestion !== undefined && o.query !== undefined) throw new AppError('BAD_INPUT', 'Give --query or --suggestion, not both.');
          if (o.suggestion !== undefined) return (await invoke('coding.fromSuggestion', { theme: o.theme, suggestion: o.suggestion })) as CodeResult;
          if (o.query === undefined) throw new AppError('BAD_INPUT', 'Say which verbatims to code with --query or --suggestion.');
          return (await invoke('coding.rule', { theme: o.theme, query: o.query })) as CodeResult;
        },
        (r) => [`Coded ${r.coded.toLocaleString('en')} verbatim${r.coded === 1 ? '' : 's'} with “${r.theme}” (${r.alreadyCoded.toLocaleString('en')} already had it).`],
      ),
    );
}
