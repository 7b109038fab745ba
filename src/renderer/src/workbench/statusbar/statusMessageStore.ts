import { create } from 'zustand';

interface StatusMessageState {
  /** A transient message in the status bar (e.g. a pending key chord). */
  readonly message?: string;
  setMessage(message: string | undefined): void;
}

export const useStatusMessageStore = create<StatusMessageState>()((set) => ({
  setMessage: (message) => set({ message }),
}));
