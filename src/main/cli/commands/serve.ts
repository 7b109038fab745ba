import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { pruneUploads, startWebHost } from '../../server';
import { appRoot, cliServices, defaultDataDir, type CommonOptions } from '../environment';
import { EXIT_BAD_INPUT, reportError } from '../output';

interface ServeOptions extends CommonOptions {
  readonly project?: string;
  readonly port: string;
  readonly open: boolean;
  readonly json?: boolean;
}

/** Opens the default browser where the machine has one; silently does nothing otherwise. */
export function openInBrowser(url: string): boolean {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const onPath = (process.env.PATH ?? '').split(process.platform === 'win32' ? ';' : ':').some((dir) => existsSync(join(dir, opener)));
  if (!onPath || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)) return false;
  try {
    spawn(opener, [url], { detached: true, stdio: 'ignore' }).on('error', () => {}).unref();
    return true;
  } catch {
    return false;
  }
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the workbench in a browser on 127.0.0.1 (token-protected URL printed on start)')
    .option('--project <file>', 'open this project first')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--no-open', 'do not open the default browser')
    .option('--data-dir <dir>', 'folder for per-user state (recent projects)')
    .option('--projects-dir <dir>', 'default folder for new projects (default ~/Loupe)')
    .option('--json', 'print {"url","port"} as one JSON line once listening')
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`loupe: --port must be a whole number from 0 to 65535, not "${options.port}"\n`);
        process.exit(2);
      }
      const services = cliServices(options, 'web');
      try {
        if (options.project) await services.invoke('projects.open', { path: options.project });
        const dataDir = options.dataDir ? resolve(options.dataDir) : defaultDataDir();
        const uploadDir = join(dataDir, 'uploads');
        await pruneUploads(uploadDir);
        const host = await startWebHost({ services, rendererDir: join(appRoot(), 'out', 'renderer'), port, uploadDir });
        if (options.json) process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port })}\n`);
        else {
          process.stdout.write(`Loupe is running at ${host.url}\n`);
          process.stdout.write('Open that address in your browser: it carries the access key for this run, so keep it to yourself. Press Ctrl+C to stop.\n');
        }
        if (options.open) openInBrowser(host.url);
        const stop = async () => {
          await host.close();
          await services.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      } catch (error) {
        await services.close();
        process.exit(reportError(error, Boolean(options.json)) || EXIT_BAD_INPUT);
      }
    });
}
