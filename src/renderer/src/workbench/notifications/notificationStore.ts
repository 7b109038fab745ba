import { create } from 'zustand';

export type Severity = 'info' | 'warning' | 'error';

export interface NotificationAction {
  readonly label: string;
  readonly commandId: string;
  readonly args?: unknown;
}

export interface Notification {
  readonly id: number;
  readonly severity: Severity;
  readonly message: string;
  readonly detail?: string;
  readonly source?: string;
  readonly actions: readonly NotificationAction[];
  readonly time: Date;
  /** Shown as a toast; false once it timed out or the centre was closed (still listed there). */
  readonly toast: boolean;
}

export type NewNotification = Pick<Notification, 'severity' | 'message'> &
  Partial<Pick<Notification, 'detail' | 'source' | 'actions'>>;

interface NotificationState {
  readonly items: readonly Notification[];
  readonly centerOpen: boolean;
  readonly nextId: number;
  notify(notification: NewNotification): number;
  dismiss(id: number): void;
  hideToast(id: number): void;
  clearAll(): void;
  setCenterOpen(open: boolean): void;
}

/** Notifications: toasts bottom-right, and the notification centre listing them all. */
export const useNotificationStore = create<NotificationState>()((set, get) => ({
  items: [],
  centerOpen: false,
  nextId: 1,
  notify: (notification) => {
    const id = get().nextId;
    const item: Notification = { actions: [], ...notification, id, time: new Date(), toast: true };
    set((state) => ({ nextId: id + 1, items: [item, ...state.items].slice(0, 100) }));
    return id;
  },
  dismiss: (id) => set((state) => ({ items: state.items.filter((n) => n.id !== id) })),
  hideToast: (id) => set((state) => ({ items: state.items.map((n) => (n.id === id ? { ...n, toast: false } : n)) })),
  clearAll: () => set({ items: [], centerOpen: false }),
  setCenterOpen: (open) =>
    set((state) => ({ centerOpen: open, items: open ? state.items.map((n) => ({ ...n, toast: false })) : state.items })),
}));

export function notify(notification: NewNotification): number {
  return useNotificationStore.getState().notify(notification);
}
