import type { Command } from 'commander';
import type { JobInfo, ProjectInfo, RecentProject, SampleCreated } from '../../../shared/model';
import { waitForJob } from '../jobWait';
import { cliServices, type CommonOptions } from '../environment';
import { printResult, reportError } from '../output';

interface ProjectOptions extends CommonOptions {
  readonly project: string;
  readonly name?: string;
  readonly json?: boolean;
}

function describe(p: ProjectInfo): string[] {
  return [
    `${p.name}  (${p.path})`,
    `  schema version ${p.schemaVersion}, created ${p.createdAt}`,
    `  ${p.responseCount.toLocaleString('en')} responses, ${p.verbatimCount.toLocaleString('en')} verbatims, ${p.importCount} imports`,
  ];
}

/** Runs one service call for a command and exits 0 / 1 (bad input) with one JSON object under --json. */
async function run<T extends object>(
  options: CommonOptions & { json?: boolean },
  work: (services: ReturnType<typeof cliServices>) => Promise<T>,
  human: (result: T) => string[],
): Promise<void> {
  const services = cliServices(options);
  try {
    const result = await work(services);
    printResult(Boolean(options.json), result, () => human(result));
    await services.close();
  } catch (error) {
    await services.close();
    process.exitCode = reportError(error, Boolean(options.json));
  }
}

export function registerProject(program: Command): void {
  const project = program.command('project').description('Create, inspect and list Loupe project files');
  const common = (cmd: Command) =>
    cmd
      .requiredOption('--project <file>', 'the .loupe project file')
      .option('--data-dir <dir>', 'folder for per-user state (recent projects)')
      .option('--json', 'print one JSON object');

  common(project.command('create').description('Create an empty project').option('--name <name>', 'display name')).action(
    (options: ProjectOptions) =>
      run(
        options,
        (s) => s.invoke('projects.create', { path: options.project, ...(options.name ? { name: options.name } : {}) }) as Promise<ProjectInfo>,
        (p) => ['Created', ...describe(p)],
      ),
  );

  common(project.command('info').description('Open a project (running its migrations) and describe it')).action((options: ProjectOptions) =>
    run(options, (s) => s.invoke('projects.open', { path: options.project }) as Promise<ProjectInfo>, describe),
  );

  common(project.command('sample').description('Create the sample project (a realistic survey export) at --project')).action(
    (options: ProjectOptions) =>
      run(
        options,
        async (s) => {
          const started = (await s.invoke('jobs.start', { kind: 'sample.create', path: options.project })) as JobInfo;
          return (await waitForJob<SampleCreated>(s, started, Boolean(options.json))).project;
        },
        (p) => ['Created the sample project', ...describe(p)],
      ),
  );

  program
    .command('recent')
    .description('List recently opened projects')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action((options: CommonOptions & { json?: boolean }) =>
      run(
        options,
        async (s) => ({ projects: (await s.invoke('projects.recent', {})) as RecentProject[] }),
        (r) => (r.projects.length === 0 ? ['No recent projects.'] : r.projects.map((p) => `${p.exists ? ' ' : '!'} ${p.name}  ${p.path}`)),
      ),
  );
}
