import type { ApiClient } from '../../../../shared/api';
import type { ProjectInfo } from '../../../../shared/model';
import type { ContextKeys } from '../../commands/whenClause';
import { editorKey } from '../editor/editorInput';
import type { EditorSnapshot } from '../editor/editorStore';
import { useEditorStore } from '../editor/editorStore';
import { logOutput } from '../output/outputStore';
import type { WorkbenchRegistry } from '../registry';
import type { SavedLayout } from './layoutSchema';
import { parseSavedLayout } from './layoutSchema';
import { DEFAULT_LAYOUT, layoutSnapshot, useLayoutStore } from './layoutStore';

const STORAGE_KEY = 'loupe.layout.noProject';
const SAVE_DELAY_MS = 400;
export const WELCOME_EDITOR = 'welcome';
export const PROJECT_OVERVIEW_EDITOR = 'project.overview';

interface Target {
  readonly projectPath?: string;
}

/**
 * Remembers the workbench layout: per project through projects.saveLayout (debounced), in
 * localStorage when no project is open. `attach` switches to a project and restores its layout;
 * nothing is saved while a restore is in flight, so one project's layout never lands in another.
 */
export class LayoutPersistence {
  private target: Target | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSaved = '';
  private attachSeq = 0;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly client: ApiClient,
    private readonly registry: WorkbenchRegistry,
    private readonly contextKeys: () => ContextKeys,
  ) {}

  /** Starts watching the layout and editor stores for changes to save. */
  start(): void {
    this.unsubscribe?.();
    const offLayout = useLayoutStore.subscribe(() => this.schedule());
    const offEditors = useEditorStore.subscribe(() => this.schedule());
    // Leaving the page writes what is pending (synchronously for localStorage).
    const onHide = () => void this.flush();
    window.addEventListener('pagehide', onHide);
    this.unsubscribe = () => {
      offLayout();
      offEditors();
      window.removeEventListener('pagehide', onHide);
    };
  }

  /** Stops watching; a pending change is written first. */
  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    void this.flush();
  }

  /** Switches to `project` (or to no project) and restores the layout remembered for it. */
  async attach(project: ProjectInfo | undefined): Promise<void> {
    const seq = ++this.attachSeq;
    if (this.timer) clearTimeout(this.timer);
    this.target = undefined;
    const saved = await this.read(project);
    if (seq !== this.attachSeq) return;
    this.restore(saved, project !== undefined);
    this.lastSaved = JSON.stringify(this.snapshot());
    this.target = project ? { projectPath: project.path } : {};
  }

  /** Writes a pending change now. */
  async flush(): Promise<void> {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.save();
  }

  private schedule(): void {
    if (!this.target) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  private snapshot(): SavedLayout {
    const { tabs, activeKey } = useEditorStore.getState();
    return { version: 1, layout: layoutSnapshot(useLayoutStore.getState()), editors: { tabs, ...(activeKey ? { activeKey } : {}) } };
  }

  private async save(): Promise<void> {
    const target = this.target;
    if (!target) return;
    const layout = this.snapshot();
    const json = JSON.stringify(layout);
    if (json === this.lastSaved) return;
    this.lastSaved = json;
    if (target.projectPath === undefined) {
      try {
        localStorage.setItem(STORAGE_KEY, json);
      } catch {
        // No storage: the layout lasts for this session only.
      }
      return;
    }
    try {
      await this.client.api.projects.saveLayout({ layout: layout as unknown as Record<string, unknown> });
    } catch (error) {
      this.lastSaved = '';
      logOutput(`Could not save the layout: ${error instanceof Error ? error.message : String(error)}`, 'warn');
    }
  }

  private async read(project: ProjectInfo | undefined): Promise<SavedLayout | undefined> {
    try {
      if (project) return parseSavedLayout((await this.client.api.projects.getLayout({})).layout);
      const stored = localStorage.getItem(STORAGE_KEY);
      return stored ? parseSavedLayout(JSON.parse(stored)) : undefined;
    } catch (error) {
      logOutput(`Could not read the saved layout, using the default: ${error instanceof Error ? error.message : String(error)}`, 'warn');
      return undefined;
    }
  }

  private restore(saved: SavedLayout | undefined, projectOpen: boolean): void {
    const keys = { ...this.contextKeys(), projectOpen };
    const layout = saved?.layout ?? DEFAULT_LAYOUT;
    const activeView = this.registry.view(layout.activeView) ? layout.activeView : DEFAULT_LAYOUT.activeView;
    useLayoutStore.getState().apply({ ...layout, activeView });

    const fallback: EditorSnapshot = { tabs: [{ kind: projectOpen ? PROJECT_OVERVIEW_EDITOR : WELCOME_EDITOR }] };
    const editors = saved?.editors ?? fallback;
    const tabs = editors.tabs.filter((tab) => this.registry.editor(tab.kind)?.enabled(keys));
    let activeKey = editors.activeKey;
    if (!projectOpen && !tabs.some((tab) => tab.kind === WELCOME_EDITOR)) tabs.unshift({ kind: WELCOME_EDITOR });
    if (!projectOpen) activeKey = WELCOME_EDITOR;
    useEditorStore.getState().apply({ tabs, ...(activeKey ? { activeKey } : {}) });
    const restored = tabs.map((tab) => tab.label ?? this.registry.editor(tab.kind)?.title ?? editorKey(tab)).join(', ') || 'no editors';
    logOutput(saved ? `Restored the layout (${restored})` : `Using the default layout (${restored})`);
  }
}
