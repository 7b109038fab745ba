import { create } from 'zustand';

export type OutputLevel = 'info' | 'warn' | 'error';

export interface OutputLine {
  readonly id: number;
  readonly time: Date;
  readonly level: OutputLevel;
  readonly message: string;
}

const MAX_LINES = 2000;

interface OutputState {
  readonly lines: readonly OutputLine[];
  readonly nextId: number;
  append(message: string, level?: OutputLevel): void;
  clear(): void;
}

/** The Output panel's log: what the app did, newest last. */
export const useOutputStore = create<OutputState>()((set) => ({
  lines: [],
  nextId: 1,
  append: (message, level = 'info') =>
    set((state) => ({
      nextId: state.nextId + 1,
      lines: [...state.lines.slice(-(MAX_LINES - 1)), { id: state.nextId, time: new Date(), level, message }],
    })),
  clear: () => set({ lines: [] }),
}));

export function logOutput(message: string, level: OutputLevel = 'info'): void {
  useOutputStore.getState().append(message, level);
}
