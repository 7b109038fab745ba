import { create } from 'zustand';
import type { EditorInput } from './editorInput';
import { editorKey } from './editorInput';

const MAX_CLOSED = 30;

export interface EditorSnapshot {
  readonly tabs: readonly EditorInput[];
  readonly activeKey?: string;
}

interface EditorState extends EditorSnapshot {
  /** Recently closed tabs, most recent last (for "Reopen Closed Editor"). */
  readonly closed: readonly EditorInput[];
  /** Opens a tab (or focuses it when already open), right of the active one. */
  open(input: EditorInput): void;
  activate(key: string): void;
  close(key: string): void;
  closeAll(): void;
  closeOthers(key: string): void;
  reopenClosed(): EditorInput | undefined;
  /** Moves a tab by `delta` places (-1 left, +1 right), clamped to the ends. */
  move(key: string, delta: number): void;
  /** Moves a tab to `index` (drag and drop). */
  moveTo(key: string, index: number): void;
  /** Activates the tab `delta` places away, wrapping around. */
  cycle(delta: number): void;
  apply(snapshot: EditorSnapshot): void;
}

function indexOfKey(tabs: readonly EditorInput[], key: string | undefined): number {
  return key === undefined ? -1 : tabs.findIndex((tab) => editorKey(tab) === key);
}

/** The editor area's tabs, their order and the active one. Editors are never dirty. */
export const useEditorStore = create<EditorState>()((set, get) => ({
  tabs: [],
  activeKey: undefined,
  closed: [],
  open: (input) => {
    const key = editorKey(input);
    const { tabs, activeKey } = get();
    const existing = indexOfKey(tabs, key);
    if (existing >= 0) {
      set({ activeKey: key, tabs: tabs.map((tab, i) => (i === existing ? { ...tab, ...input } : tab)) });
      return;
    }
    const at = indexOfKey(tabs, activeKey) + 1 || tabs.length;
    set({ tabs: [...tabs.slice(0, at), input, ...tabs.slice(at)], activeKey: key });
  },
  activate: (key) => {
    if (indexOfKey(get().tabs, key) >= 0) set({ activeKey: key });
  },
  close: (key) => {
    const { tabs, activeKey, closed } = get();
    const index = indexOfKey(tabs, key);
    const tab = tabs[index];
    if (!tab) return;
    const rest = tabs.filter((_, i) => i !== index);
    const neighbour = rest[Math.min(index, rest.length - 1)];
    set({
      tabs: rest,
      activeKey: key !== activeKey ? activeKey : neighbour && editorKey(neighbour),
      closed: [...closed.filter((c) => editorKey(c) !== key), tab].slice(-MAX_CLOSED),
    });
  },
  closeAll: () => {
    const { tabs, closed } = get();
    set({ tabs: [], activeKey: undefined, closed: [...closed, ...tabs].slice(-MAX_CLOSED) });
  },
  closeOthers: (key) => {
    const { tabs, closed } = get();
    const keep = tabs.filter((tab) => editorKey(tab) === key);
    const gone = tabs.filter((tab) => editorKey(tab) !== key);
    if (keep.length > 0) set({ tabs: keep, activeKey: key, closed: [...closed, ...gone].slice(-MAX_CLOSED) });
  },
  reopenClosed: () => {
    const { closed } = get();
    const last = closed[closed.length - 1];
    if (!last) return undefined;
    set({ closed: closed.slice(0, -1) });
    get().open(last);
    return last;
  },
  move: (key, delta) => {
    const index = indexOfKey(get().tabs, key);
    if (index >= 0) get().moveTo(key, index + delta);
  },
  moveTo: (key, target) => {
    const tabs = [...get().tabs];
    const index = indexOfKey(tabs, key);
    if (index < 0) return;
    const to = Math.max(0, Math.min(tabs.length - 1, target));
    if (to === index) return;
    const [tab] = tabs.splice(index, 1);
    if (tab) tabs.splice(to, 0, tab);
    set({ tabs });
  },
  cycle: (delta) => {
    const { tabs, activeKey } = get();
    if (tabs.length === 0) return;
    const index = Math.max(0, indexOfKey(tabs, activeKey));
    const next = tabs[(index + delta + tabs.length) % tabs.length];
    if (next) set({ activeKey: editorKey(next) });
  },
  apply: (snapshot) => {
    const activeKey = indexOfKey(snapshot.tabs, snapshot.activeKey) >= 0 ? snapshot.activeKey : snapshot.tabs[0] && editorKey(snapshot.tabs[0]);
    set({ tabs: snapshot.tabs, activeKey, closed: [] });
  },
}));
