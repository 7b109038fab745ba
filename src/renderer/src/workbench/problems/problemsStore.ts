import { create } from 'zustand';
import type { ErrorCode } from '../../../../shared/errors';

export interface Problem {
  readonly id: number;
  readonly severity: 'error' | 'warning';
  readonly code: ErrorCode;
  readonly message: string;
  readonly detail?: string;
  /** The action that raised it, e.g. "Project: Open Project…". */
  readonly source: string;
  readonly time: Date;
  /** How many times the same problem was raised. */
  readonly count: number;
}

export type NewProblem = Omit<Problem, 'id' | 'time' | 'count'>;

interface ProblemsState {
  readonly problems: readonly Problem[];
  readonly nextId: number;
  add(problem: NewProblem): void;
  remove(id: number): void;
  clear(): void;
}

const sameProblem = (a: NewProblem, b: NewProblem) =>
  a.code === b.code && a.message === b.message && a.detail === b.detail && a.source === b.source;

/** Errors raised by actions, newest first; the same problem raised again is counted, not repeated. */
export const useProblemsStore = create<ProblemsState>()((set) => ({
  problems: [],
  nextId: 1,
  add: (problem) =>
    set((state) => {
      const existing = state.problems.find((p) => sameProblem(p, problem));
      const rest = state.problems.filter((p) => p !== existing);
      const entry: Problem = existing
        ? { ...existing, time: new Date(), count: existing.count + 1 }
        : { ...problem, id: state.nextId, time: new Date(), count: 1 };
      return { nextId: state.nextId + 1, problems: [entry, ...rest].slice(0, 500) };
    }),
  remove: (id) => set((state) => ({ problems: state.problems.filter((p) => p.id !== id) })),
  clear: () => set({ problems: [] }),
}));
