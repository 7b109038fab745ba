import { ActivityBar } from './activitybar/ActivityBar';
import { DialogHost } from './dialogs/DialogHost';
import { EditorArea } from './editor/EditorArea';
import { DEFAULT_LAYOUT, PANEL_MAX, PANEL_MIN, SIDEBAR_MAX, SIDEBAR_MIN, useLayoutStore } from './layout/layoutStore';
import { Sash } from './layout/Sash';
import { Notifications } from './notifications/Notifications';
import { Panel } from './panel/Panel';
import { QuickInput } from './quickinput/QuickInput';
import { SideBar } from './sidebar/SideBar';
import { StatusBar } from './statusbar/StatusBar';
import { TitleBar } from './titlebar/TitleBar';
import './workbench.css';

/** The workbench layout: title bar, activity bar, side bar, editors over the panel, status bar. */
export function Workbench({ ready }: { ready: boolean }) {
  const sidebarVisible = useLayoutStore((s) => s.sidebarVisible);
  const sidebarWidth = useLayoutStore((s) => s.sidebarWidth);
  const panelVisible = useLayoutStore((s) => s.panelVisible);
  const panelHeight = useLayoutStore((s) => s.panelHeight);
  const setSidebarWidth = useLayoutStore((s) => s.setSidebarWidth);
  const setPanelHeight = useLayoutStore((s) => s.setPanelHeight);

  return (
    <div className="workbench" data-ready={ready}>
      <TitleBar />
      <div className="workbench-body">
        <ActivityBar />
        {ready && sidebarVisible && (
          <>
            <SideBar />
            <Sash
              orientation="vertical"
              label="Resize side bar"
              value={sidebarWidth}
              min={SIDEBAR_MIN}
              max={SIDEBAR_MAX}
              onChange={setSidebarWidth}
              onReset={() => setSidebarWidth(DEFAULT_LAYOUT.sidebarWidth)}
            />
          </>
        )}
        <main className="workbench-main">
          {ready ? <EditorArea /> : <div className="editor-area" aria-busy="true" />}
          {ready && panelVisible && (
            <>
              <Sash
                orientation="horizontal"
                label="Resize panel"
                invert
                value={panelHeight}
                min={PANEL_MIN}
                max={PANEL_MAX}
                onChange={setPanelHeight}
                onReset={() => setPanelHeight(DEFAULT_LAYOUT.panelHeight)}
              />
              <Panel />
            </>
          )}
        </main>
      </div>
      <StatusBar />
      <QuickInput />
      <DialogHost />
      <Notifications />
    </div>
  );
}
