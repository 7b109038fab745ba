import { useLayoutStore } from '../layout/layoutStore';
import { CommandIconButton } from '../components/CommandButton';
import { useWorkbench } from '../WorkbenchContext';
import './sidebar.css';

/** The side bar: the active view with its title and actions. */
export function SideBar() {
  const { registry } = useWorkbench();
  const activeView = useLayoutStore((s) => s.activeView);
  const width = useLayoutStore((s) => s.sidebarWidth);
  const view = registry.view(activeView) ?? registry.allViews()[0];
  if (!view) return null;
  const View = view.component;
  return (
    <aside className="sidebar" style={{ width }} aria-label={`${view.title} side bar`} data-part="sidebar" data-view={view.id}>
      <header className="sidebar-title">
        <h2>{view.title}</h2>
        <div className="sidebar-actions">
          {view.actions?.map((commandId) => <CommandIconButton key={commandId} commandId={commandId} />)}
        </div>
      </header>
      <div className="sidebar-content" tabIndex={-1}>
        <View />
      </div>
    </aside>
  );
}
