import { registerWorkbench } from '../workbench/workbench.contribution';
import { WorkbenchRegistry } from '../workbench/registry';
import { registerAnalysis } from './analysis/analysis.contribution';
import { registerCoding } from './coding/coding.contribution';
import { registerDatasets } from './datasets/datasets.contribution';
import { registerImport } from './import/import.contribution';
import { registerProjects } from './projects/projects.contribution';
import { registerSettings } from './settings/settings.contribution';
import { registerWelcome } from './welcome/welcome.contribution';

/** Builds the registry with the workbench's own commands and every feature's contribution. */
export function createWorkbenchRegistry(): WorkbenchRegistry {
  const registry = new WorkbenchRegistry();
  for (const contribute of [registerWorkbench, registerWelcome, registerProjects, registerDatasets, registerImport, registerAnalysis, registerCoding, registerSettings]) {
    contribute(registry);
  }
  return registry;
}
