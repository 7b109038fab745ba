import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { LayoutState, ProjectInfo } from '../../../shared/model';
import { createProjectDatabase, openProjectDatabase, type ConnectionOptions, type ProjectDb } from '../db/connection';
import { catchUpFullTextIndex } from '../db/fullTextIndex';
import { ImportRepository } from '../db/importRepository';
import { ProjectRepository } from '../db/projectRepository';
import { PROJECT_EXTENSION } from '../db/projectFile';
import type { EventBus } from './eventBus';
import type { RecentProjects } from './recentProjects';

export interface OpenProject {
  readonly path: string;
  readonly db: ProjectDb;
  readonly meta: ProjectRepository;
  readonly imports: ImportRepository;
}

/** Adds the .loupe extension when the user left it out. */
export function normaliseProjectPath(path: string): string {
  return extname(path).toLowerCase() === PROJECT_EXTENSION ? path : `${path}${PROJECT_EXTENSION}`;
}

export function defaultProjectName(path: string): string {
  return basename(path, extname(path));
}

/** The one open project of this Loupe process, and the commands that change which one it is. */
export class ProjectService {
  private active?: OpenProject;

  constructor(
    private readonly events: EventBus,
    private readonly recent: RecentProjects,
    private readonly connection: ConnectionOptions,
  ) {}

  async create(path: string, name?: string, fill?: (db: ProjectDb) => Promise<void>): Promise<ProjectInfo> {
    const target = normaliseProjectPath(path);
    const db = await createProjectDatabase(target, {
      ...this.connection,
      memoryMap: true,
      prepare: async (fresh) => {
        const meta = new ProjectRepository(fresh);
        meta.setMeta('name', name ?? defaultProjectName(target));
        meta.setMeta('created_at', new Date().toISOString());
        await fill?.(fresh);
      },
    });
    return this.adopt(target, db);
  }

  open(path: string): ProjectInfo {
    if (this.active?.path === path) return this.info();
    const db = openProjectDatabase(path, { ...this.connection, memoryMap: true });
    return this.adopt(path, db);
  }

  close(): boolean {
    if (!this.active) return false;
    this.active.db.close();
    this.active = undefined;
    this.events.emit('onProjectChanged', {});
    return true;
  }

  current(): ProjectInfo | undefined {
    return this.active ? this.info() : undefined;
  }

  require(): OpenProject {
    if (!this.active) throw new AppError('NO_PROJECT_OPEN', 'No project is open.', { detail: 'Open or create a project first.' });
    return this.active;
  }

  getLayout(): LayoutState | undefined {
    return this.require().meta.getLayout();
  }

  /** Saves the layout; while an import holds the write lock the save is skipped (the next one catches up). */
  saveLayout(layout: LayoutState): boolean {
    try {
      this.require().meta.saveLayout(layout, new Date().toISOString());
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
      throw error;
    }
  }

  info(): ProjectInfo {
    const { path, meta } = this.require();
    const counts = meta.counts();
    return {
      path,
      name: meta.getMeta('name') ?? defaultProjectName(path),
      schemaVersion: meta.schemaVersion(),
      createdAt: meta.getMeta('created_at') ?? '',
      responseCount: counts.responses,
      verbatimCount: counts.verbatims,
      importCount: counts.imports,
    };
  }

  private adopt(path: string, db: ProjectDb): ProjectInfo {
    // Imports write from a worker's connection for as long as they run: the UI's own writes
    // (layout, say) must fail fast rather than block this thread waiting for the lock.
    db.pragma('busy_timeout = 200');
    catchUpFullTextIndex(db);
    this.active?.db.close();
    this.active = { path, db, meta: new ProjectRepository(db), imports: new ImportRepository(db) };
    const info = this.info();
    this.recent.remember(path, info.name);
    this.events.emit('onProjectChanged', { project: info });
    return info;
  }
}
