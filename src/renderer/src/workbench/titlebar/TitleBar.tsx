import { useCurrentProject } from '../../services/queries';
import { Codicon } from '../components/Codicon';
import { CommandIconButton, useCommandTooltip } from '../components/CommandButton';
import { useLayoutStore } from '../layout/layoutStore';
import { useWorkbench } from '../WorkbenchContext';
import './titlebar.css';

/** The title bar: app name, the command centre (opens quick open), and layout toggles. */
export function TitleBar() {
  const { run } = useWorkbench();
  const project = useCurrentProject();
  const sidebarVisible = useLayoutStore((s) => s.sidebarVisible);
  const panelVisible = useLayoutStore((s) => s.panelVisible);
  const tooltip = useCommandTooltip('loupe.workbench.quickOpen', 'Search projects, editors, datasets and commands');
  return (
    <header className="titlebar">
      <div className="titlebar-left">
        <Codicon name="search" className="titlebar-logo" />
        <span className="titlebar-app">Loupe</span>
      </div>
      <button type="button" className="command-center" title={tooltip} aria-label={tooltip} onClick={() => void run('loupe.workbench.quickOpen', undefined, 'mouse')}>
        <Codicon name="search" />
        <span>{project ? project.name : 'Loupe'}</span>
      </button>
      <div className="titlebar-right">
        <CommandIconButton commandId="loupe.workbench.toggleSidebar" icon={sidebarVisible ? 'layout-sidebar-left' : 'layout-sidebar-left-off'} />
        <CommandIconButton commandId="loupe.workbench.togglePanel" icon={panelVisible ? 'layout-panel' : 'layout-panel-off'} />
      </div>
    </header>
  );
}
