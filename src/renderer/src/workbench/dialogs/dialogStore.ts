import { create } from 'zustand';

interface DialogState {
  /** The id of the open modal dialog (as registered by a contribution), if any. */
  readonly dialogId?: string;
  readonly args?: unknown;
  open(dialogId: string, args?: unknown): void;
  close(): void;
}

export const useDialogStore = create<DialogState>()((set) => ({
  open: (dialogId, args) => set({ dialogId, args }),
  close: () => set({ dialogId: undefined, args: undefined }),
}));
