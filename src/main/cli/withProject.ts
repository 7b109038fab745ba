import type { Services } from '../core/services/createServices';
import { cliServices, type CommonOptions } from './environment';
import { printResult, reportError } from './output';

export interface ProjectCliOptions extends CommonOptions {
  readonly project: string;
  readonly json?: boolean;
}

/** Opens the project, runs `work`, prints its result; errors become exit codes (DESIGN.md section 3). */
export async function withProject<T extends object>(o: ProjectCliOptions, work: (services: Services) => Promise<T>, lines: (result: T) => string[]) {
  const services = cliServices(o);
  try {
    await services.invoke('projects.open', { path: o.project });
    const result = await work(services);
    printResult(Boolean(o.json), result, () => lines(result));
  } catch (error) {
    process.exitCode = reportError(error, Boolean(o.json));
  } finally {
    await services.close();
  }
}
