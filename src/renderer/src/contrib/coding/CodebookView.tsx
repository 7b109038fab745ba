import type { Theme } from '../../../../shared/coding';
import { useCurrentProject, useThemes } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { EmptyState } from '../../workbench/components/EmptyState';
import { navigateList } from '../../workbench/components/listNavigation';
import { useWorkbench } from '../../workbench/WorkbenchContext';

function depth(theme: Theme): number {
  return theme.path.split(' > ').length - 1;
}

/** The codebook in the side bar: the theme tree with colours, shortcuts and live counts. */
export function CodebookView() {
  const { run } = useWorkbench();
  const project = useCurrentProject();
  const themes = useThemes();
  if (!project) {
    return (
      <EmptyState icon="tag" title="No project is open">
        <p>The codebook belongs to a project. Open or create one to code its verbatims.</p>
      </EmptyState>
    );
  }
  if (themes.isPending) return <p className="view-welcome muted">Loading the codebook…</p>;
  if (!themes.data || themes.data.length === 0) {
    return (
      <EmptyState icon="tag" title="No themes yet">
        <p>Create the themes you code verbatims with, or import a codebook (REFI-QDA .qdc or CSV) with loupe codebook import.</p>
        <Button icon="add" onClick={() => void run('loupe.coding.newTheme', undefined, 'button')}>
          New Theme…
        </Button>
      </EmptyState>
    );
  }
  return (
    <ul className="list codebook-list" aria-label="Codebook" onKeyDown={navigateList}>
      {themes.data.map((theme) => (
        <li
          key={theme.id}
          className="list-row codebook-row"
          tabIndex={0}
          data-nav-item
          data-theme-path={theme.path}
          title={`${theme.path}${theme.description ? `\n${theme.description}` : ''}`}
          style={{ paddingLeft: 8 + depth(theme) * 14 }}
          onDoubleClick={() => void run('loupe.coding.showVerbatims', undefined, 'mouse')}
        >
          <span className="theme-swatch" style={{ background: theme.color }} aria-hidden />
          <span className="list-row-label">{theme.name}</span>
          {theme.shortcut && <kbd className="theme-shortcut" aria-label={`shortcut ${theme.shortcut}`}>{theme.shortcut.toUpperCase()}</kbd>}
          <span className="codebook-count" aria-label={`${theme.count} verbatims`}>
            {theme.count.toLocaleString()}
          </span>
        </li>
      ))}
    </ul>
  );
}
