import type { Command } from 'commander';
import type { CodeResult, Theme } from '../../../shared/coding';
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
    .option('--suggested', 'the suggested themes of the NLP analysis (not available yet)')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((o: ProjectCliOptions & { suggested?: boolean }) =>
      withProject(
        o,
        async ({ invoke }) => {
          if (o.suggested) {
            throw new AppError('BAD_INPUT', 'Theme suggestions are not available yet.', { detail: 'See the keyphrases that lean to detractors with the Keyphrases view for now.' });
          }
          const themes = (await invoke('codebook.list', {})) as Theme[];
          return { themes: themes.map((t) => ({ id: t.id, name: t.name, path: t.path, ...(t.parentId === undefined ? {} : { parentId: t.parentId }), count: t.count })) };
        },
        (r) => (r.themes.length ? r.themes.map((t) => `${String(t.count).padStart(8)}  ${t.path}`) : ['The codebook is empty.']),
      ),
    );

  program
    .command('code')
    .description('code every verbatim matching a full-text query with a theme, as a saved rule (a second run codes nothing new)')
    .requiredOption('--project <file>', 'the .loupe project')
    .requiredOption('--theme <name>', 'the theme, by name or path ("Billing > Double charge")')
    .option('--query <q>', 'full-text search: words, "phrases", prefix*, AND / OR / NOT')
    .option('--suggestion <id>', 'a suggested theme (not available yet)')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((o: ProjectCliOptions & { theme: string; query?: string; suggestion?: string }) =>
      withProject(
        o,
        async ({ invoke }) => {
          if (o.suggestion !== undefined) throw new AppError('BAD_INPUT', 'Coding from a suggestion is not available yet; use --query.');
          if (o.query === undefined) throw new AppError('BAD_INPUT', 'Say which verbatims to code with --query.');
          return (await invoke('coding.rule', { theme: o.theme, query: o.query })) as CodeResult;
        },
        (r) => [`Coded ${r.coded.toLocaleString('en')} verbatim${r.coded === 1 ? '' : 's'} with “${r.theme}” (${r.alreadyCoded.toLocaleString('en')} already had it).`],
      ),
    );
}
