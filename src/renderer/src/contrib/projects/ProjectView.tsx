import { useCurrentProject } from '../../services/queries';
import { Button, IconButton } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { CommandIconButton } from '../../workbench/components/CommandButton';
import { navigateList } from '../../workbench/components/listNavigation';
import { ViewSection } from '../../workbench/components/ViewSection';
import { editorKey } from '../../workbench/editor/editorInput';
import { useEditorStore } from '../../workbench/editor/editorStore';
import { useWorkbench } from '../../workbench/WorkbenchContext';

function OpenEditors() {
  const { registry, run } = useWorkbench();
  const tabs = useEditorStore((s) => s.tabs);
  const activeKey = useEditorStore((s) => s.activeKey);
  if (tabs.length === 0) return <p className="view-welcome muted">No editors are open.</p>;
  return (
    <ul className="list" aria-label="Open editors" onKeyDown={navigateList}>
      {tabs.map((tab) => {
        const key = editorKey(tab);
        const descriptor = registry.editor(tab.kind);
        const title = tab.label ?? descriptor?.title ?? tab.kind;
        return (
          <li
            key={key}
            className={`list-row ${key === activeKey ? 'selected' : ''}`}
            tabIndex={0}
            data-nav-item
            onClick={() => void run('loupe.editor.activate', { key }, 'mouse')}
            onKeyDown={(e) => e.key === 'Enter' && void run('loupe.editor.activate', { key }, 'keyboard')}
          >
            <Codicon name={descriptor?.icon ?? 'file'} />
            <span className="list-row-label">{title}</span>
            <span className="list-row-actions">
              <IconButton
                icon="close"
                label={`Close ${title}`}
                onClick={(e) => {
                  e.stopPropagation();
                  void run('loupe.editor.close', { key }, 'mouse');
                }}
              />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The Project view: the open project's facts and open editors, or how to get a project. */
export function ProjectView() {
  const { run } = useWorkbench();
  const project = useCurrentProject();
  if (!project) {
    return (
      <div className="view-welcome">
        <p>You have not opened a project yet. A project is one .loupe file holding your survey responses, themes and notes.</p>
        <Button icon="new-folder" onClick={() => void run('loupe.projects.new', undefined, 'button')}>
          New Project…
        </Button>
        <Button icon="folder-opened" onClick={() => void run('loupe.projects.open', undefined, 'button')}>
          Open Project…
        </Button>
        <p>
          New to Loupe?{' '}
          <button type="button" className="link" onClick={() => void run('loupe.welcome.openSample', undefined, 'button')}>
            Open the sample project
          </button>{' '}
          to explore a realistic survey.
        </p>
      </div>
    );
  }
  return (
    <>
      <ViewSection
        title="Project"
        actions={
          <>
            <CommandIconButton commandId="loupe.projects.showOverview" />
            <CommandIconButton commandId="loupe.projects.close" />
          </>
        }
      >
        <div className="view-project-header">
          <span className="view-project-name">
            <Codicon name="folder-library" />
            <span>{project.name}</span>
          </span>
          <span className="view-project-path">{project.path}</span>
        </div>
        <dl className="view-facts">
          <dt>Responses</dt>
          <dd>{project.responseCount.toLocaleString()}</dd>
          <dt>Verbatims</dt>
          <dd>{project.verbatimCount.toLocaleString()}</dd>
          <dt>Imports</dt>
          <dd>{project.importCount.toLocaleString()}</dd>
        </dl>
      </ViewSection>
      <ViewSection title="Open Editors" actions={<CommandIconButton commandId="loupe.editor.closeAll" />}>
        <OpenEditors />
      </ViewSection>
    </>
  );
}
