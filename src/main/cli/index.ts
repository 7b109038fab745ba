import { Command, CommanderError } from 'commander';
import { registerProject } from './commands/project';
import { registerServe } from './commands/serve';
import { registerImport } from './commands/import';
import { registerNps } from './commands/nps';
import { registerAnalyze } from './commands/analyze';
import { registerCoding } from './commands/coding';
import { LOUPE_VERSION } from './environment';
import { EXIT_USAGE } from './output';

/** The `loupe` command line (DESIGN.md section 3): a thin layer over the core services. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command('loupe')
    .description('Loupe: offline NPS verbatim theme analysis')
    .version(LOUPE_VERSION)
    .showHelpAfterError('(run "loupe help <command>" for its options)')
    .exitOverride();
  registerServe(program);
  registerProject(program);
  registerImport(program);
  registerNps(program);
  registerAnalyze(program);
  registerCoding(program);
  try {
    await program.parseAsync(argv as string[], { from: 'node' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      process.exitCode = ok ? 0 : EXIT_USAGE;
      return;
    }
    throw error;
  }
}

void main(process.argv);
