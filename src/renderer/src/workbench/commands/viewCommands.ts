import type { CommandDefinition } from '../../commands/commandTypes';
import { focusPart } from '../focusPart';
import type { PanelTab } from '../layout/layoutStore';
import { useLayoutStore } from '../layout/layoutStore';
import { useNotificationStore } from '../notifications/notificationStore';
import { useOutputStore } from '../output/outputStore';
import { useProblemsStore } from '../problems/problemsStore';
import { useQuickInputStore } from '../quickinput/quickInputStore';

const showPanel = (tab: PanelTab) => () => {
  useLayoutStore.getState().showPanel(tab);
  focusPart('panel');
};

/** Layout, panel, palette and notification commands. */
export const viewCommands: readonly CommandDefinition[] = [
  {
    id: 'loupe.workbench.showCommands',
    title: 'Show All Commands',
    category: 'View',
    keybinding: ['Ctrl+Shift+P', 'F1'],
    icon: 'terminal',
    handler: () => useQuickInputStore.getState().show('>'),
  },
  {
    id: 'loupe.workbench.quickOpen',
    title: 'Go to Project, Editor or Dataset…',
    category: 'View',
    keybinding: 'Ctrl+P',
    icon: 'search',
    handler: () => useQuickInputStore.getState().show(''),
  },
  {
    id: 'loupe.workbench.toggleSidebar',
    title: 'Toggle Side Bar Visibility',
    category: 'View',
    keybinding: 'Ctrl+B',
    icon: 'layout-sidebar-left',
    handler: () => useLayoutStore.getState().toggleSidebar(),
  },
  {
    id: 'loupe.workbench.togglePanel',
    title: 'Toggle Panel Visibility',
    category: 'View',
    keybinding: 'Ctrl+J',
    icon: 'layout-panel',
    handler: () => useLayoutStore.getState().togglePanel(),
  },
  {
    id: 'loupe.workbench.focusSideBar',
    title: 'Focus into Side Bar',
    category: 'View',
    keybinding: 'Ctrl+0',
    handler: () => {
      useLayoutStore.setState({ sidebarVisible: true });
      focusPart('sidebar');
    },
  },
  {
    id: 'loupe.workbench.focusEditor',
    title: 'Focus into Editor',
    category: 'View',
    keybinding: 'Ctrl+1',
    handler: () => focusPart('editor'),
  },
  {
    id: 'loupe.panel.showProblems',
    title: 'Show Problems',
    category: 'View',
    keybinding: 'Ctrl+Shift+M',
    icon: 'error',
    handler: showPanel('problems'),
  },
  {
    id: 'loupe.panel.showOutput',
    title: 'Show Output',
    category: 'View',
    keybinding: 'Ctrl+Shift+U',
    icon: 'output',
    handler: showPanel('output'),
  },
  {
    id: 'loupe.panel.showJobs',
    title: 'Show Jobs',
    category: 'View',
    keybinding: 'Ctrl+K J',
    icon: 'tasklist',
    handler: showPanel('jobs'),
  },
  {
    id: 'loupe.problems.clear',
    title: 'Clear Problems',
    category: 'Problems',
    icon: 'clear-all',
    handler: () => useProblemsStore.getState().clear(),
  },
  {
    id: 'loupe.output.clear',
    title: 'Clear Output',
    category: 'Output',
    icon: 'clear-all',
    handler: () => useOutputStore.getState().clear(),
  },
  {
    id: 'loupe.notifications.toggleCenter',
    title: 'Toggle Notifications',
    category: 'Notifications',
    icon: 'bell',
    handler: () => {
      const { centerOpen, setCenterOpen } = useNotificationStore.getState();
      setCenterOpen(!centerOpen);
    },
  },
  {
    id: 'loupe.notifications.clearAll',
    title: 'Clear All Notifications',
    category: 'Notifications',
    icon: 'clear-all',
    handler: () => useNotificationStore.getState().clearAll(),
  },
];
