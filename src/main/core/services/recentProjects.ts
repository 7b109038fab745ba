import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from './files';
import { join } from 'node:path';
import type { RecentProject } from '../../../shared/model';

const MAX_RECENT = 12;

/** The user's recently opened projects, kept in `<dataDir>/recent-projects.json` (written atomically). */
export class RecentProjects {
  private readonly file: string;

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'recent-projects.json');
  }

  list(): RecentProject[] {
    return this.read().map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  remember(path: string, name: string): void {
    const rest = this.read().filter((r) => r.path !== path);
    this.write([{ path, name, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT));
  }

  forget(path: string): RecentProject[] {
    this.write(this.read().filter((r) => r.path !== path));
    return this.list();
  }

  private read(): Omit<RecentProject, 'exists'>[] {
    try {
      const value: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      if (!Array.isArray(value)) return [];
      return value.filter(
        (r): r is Omit<RecentProject, 'exists'> =>
          typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.name === 'string' && typeof r.openedAt === 'string',
      );
    } catch {
      return [];
    }
  }

  private write(entries: readonly Omit<RecentProject, 'exists'>[]): void {
    mkdirSync(this.dataDir, { recursive: true });
    writeFileAtomically(this.file, JSON.stringify(entries, null, 2));
  }
}
