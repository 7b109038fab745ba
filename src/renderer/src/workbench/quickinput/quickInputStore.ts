import { create } from 'zustand';

/** One row of a quick pick. */
export interface PickItem {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
  /** Codicon name. */
  readonly icon?: string;
  /** Keybinding to show on the right, as declared ("Ctrl+B"). */
  readonly keybinding?: string;
  /** Group label shown above the first item of a group. */
  readonly group?: string;
  /** Greyed out (e.g. a recent project whose file is gone). */
  readonly muted?: boolean;
}

export interface PickRequest {
  readonly placeholder: string;
  readonly items: readonly PickItem[];
  readonly activeId?: string;
}

type QuickInputView =
  | { readonly mode: 'closed' }
  | { readonly mode: 'main'; readonly value: string; readonly nonce: number }
  | {
      readonly mode: 'pick';
      readonly request: PickRequest;
      readonly nonce: number;
      readonly resolve: (item: PickItem | undefined) => void;
    };

interface QuickInputState {
  readonly view: QuickInputView;
  /** Opens quick open; a value starting with ">" lists commands (the command palette). */
  show(value: string): void;
  /** Shows a list to choose from; resolves with the chosen item, undefined when dismissed. */
  pick(request: PickRequest): Promise<PickItem | undefined>;
  /** Closes it; a pending pick resolves with `item` (undefined = dismissed). */
  close(item?: PickItem): void;
}

export const useQuickInputStore = create<QuickInputState>()((set, get) => ({
  view: { mode: 'closed' },
  show: (value) => {
    get().close();
    set({ view: { mode: 'main', value, nonce: Date.now() } });
  },
  pick: (request) => {
    get().close();
    return new Promise((resolve) => set({ view: { mode: 'pick', request, resolve, nonce: Date.now() } }));
  },
  close: (item) => {
    const { view } = get();
    if (view.mode === 'closed') return;
    set({ view: { mode: 'closed' } });
    if (view.mode === 'pick') view.resolve(item);
  },
}));
