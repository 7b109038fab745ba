import { create } from 'zustand';

export type PanelTab = 'problems' | 'output' | 'jobs';
export const PANEL_TABS: readonly PanelTab[] = ['problems', 'output', 'jobs'];

export const SIDEBAR_MIN = 170;
export const SIDEBAR_MAX = 800;
export const PANEL_MIN = 100;
export const PANEL_MAX = 1200;

export interface LayoutSnapshot {
  readonly sidebarVisible: boolean;
  readonly sidebarWidth: number;
  readonly activeView: string;
  readonly panelVisible: boolean;
  readonly panelHeight: number;
  readonly panelTab: PanelTab;
}

export const DEFAULT_LAYOUT: LayoutSnapshot = {
  sidebarVisible: true,
  sidebarWidth: 260,
  activeView: 'project',
  panelVisible: false,
  panelHeight: 220,
  panelTab: 'problems',
};

interface LayoutState extends LayoutSnapshot {
  toggleSidebar(): void;
  /** Shows a side bar view; when it is already showing, `toggle` hides the side bar instead. */
  showView(viewId: string, toggle?: boolean): void;
  setSidebarWidth(width: number): void;
  togglePanel(): void;
  /** Opens the panel on a tab. */
  showPanel(tab: PanelTab): void;
  hidePanel(): void;
  setPanelHeight(height: number): void;
  apply(snapshot: LayoutSnapshot): void;
}

const clamp = (value: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, value)));

/** Side bar, panel and active view: what the user arranged, remembered per project. */
export const useLayoutStore = create<LayoutState>()((set, get) => ({
  ...DEFAULT_LAYOUT,
  toggleSidebar: () => set((s) => ({ sidebarVisible: !s.sidebarVisible })),
  showView: (viewId, toggle = false) => {
    const { activeView, sidebarVisible } = get();
    if (toggle && sidebarVisible && activeView === viewId) set({ sidebarVisible: false });
    else set({ activeView: viewId, sidebarVisible: true });
  },
  setSidebarWidth: (width) => set({ sidebarWidth: clamp(width, SIDEBAR_MIN, SIDEBAR_MAX) }),
  togglePanel: () => set((s) => ({ panelVisible: !s.panelVisible })),
  showPanel: (panelTab) => set({ panelTab, panelVisible: true }),
  hidePanel: () => set({ panelVisible: false }),
  setPanelHeight: (height) => set({ panelHeight: clamp(height, PANEL_MIN, PANEL_MAX) }),
  apply: (snapshot) =>
    set({
      ...snapshot,
      sidebarWidth: clamp(snapshot.sidebarWidth, SIDEBAR_MIN, SIDEBAR_MAX),
      panelHeight: clamp(snapshot.panelHeight, PANEL_MIN, PANEL_MAX),
    }),
}));

export function layoutSnapshot(state: LayoutSnapshot): LayoutSnapshot {
  const { sidebarVisible, sidebarWidth, activeView, panelVisible, panelHeight, panelTab } = state;
  return { sidebarVisible, sidebarWidth, activeView, panelVisible, panelHeight, panelTab };
}
