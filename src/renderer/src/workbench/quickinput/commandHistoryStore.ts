import { create } from 'zustand';

const STORAGE_KEY = 'loupe.commandHistory';
const MAX = 8;

function read(): readonly string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

interface CommandHistoryState {
  /** Command ids run from the palette, most recent first. */
  readonly recent: readonly string[];
  remember(commandId: string): void;
}

/** The palette's "recently used" list, kept across sessions. */
export const useCommandHistoryStore = create<CommandHistoryState>()((set, get) => ({
  recent: read(),
  remember: (commandId) => {
    const recent = [commandId, ...get().recent.filter((id) => id !== commandId)].slice(0, MAX);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(recent));
    } catch {
      // Without storage the history lasts for this session.
    }
    set({ recent });
  },
}));
