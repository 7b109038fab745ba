import { editorCommands } from './commands/editorCommands';
import { jobCommands } from './commands/jobCommands';
import { themeCommands } from './commands/themeCommands';
import { viewCommands } from './commands/viewCommands';
import type { Contribution } from './registry';

/** The workbench's own commands (layout, editors, theme, jobs). */
export const registerWorkbench: Contribution = (registry) => {
  for (const command of [...viewCommands, ...editorCommands(registry), ...themeCommands, ...jobCommands]) {
    registry.commands.register(command);
  }
};
