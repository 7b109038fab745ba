import type { Theme } from '../../../../shared/coding';
import { useCurrentProject, useThemes } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { Menu, type MenuEntry } from '../../workbench/components/Menu';
import { useMenu } from '../../workbench/components/useMenu';
import { useCodebookSelection } from './codebookSelection';
import { EmptyState } from '../../workbench/components/EmptyState';
import { navigateList } from '../../workbench/components/listNavigation';
import { useWorkbench } from '../../workbench/WorkbenchContext';

function depth(theme: Theme): number {
  return theme.path.split(' > ').length - 1;
}

/** What a theme's context menu offers (each entry is a command, run on that theme). */
function themeMenu(id: number): MenuEntry[] {
  const args = { id };
  return [
    { commandId: 'loupe.coding.editTheme', args },
    { commandId: 'loupe.coding.newChildTheme', args },
    { commandId: 'loupe.coding.themeRules', args },
    { commandId: 'loupe.coding.learnTheme', args },
    'separator',
    { commandId: 'loupe.coding.moveTheme', args },
    { commandId: 'loupe.coding.mergeTheme', args },
    'separator',
    { commandId: 'loupe.coding.deleteTheme', args },
  ];
}

/**
 * The codebook in the side bar: the theme tree with colours, shortcuts and live counts. The
 * focused theme is the one F2 (edit), Delete and the context menu act on.
 */
export function CodebookView() {
  const { run } = useWorkbench();
  const menu = useMenu();
  const selected = useCodebookSelection((s) => s.themeId);
  const select = useCodebookSelection((s) => s.select);
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
        <p>Create the themes you code verbatims with, or import a codebook: a REFI-QDA .qdc from NVivo, ATLAS.ti, MAXQDA or QualCoder, or a CSV.</p>
        <Button icon="add" onClick={() => void run('loupe.coding.newTheme', undefined, 'button')}>
          New Theme…
        </Button>
        <Button variant="secondary" icon="cloud-download" onClick={() => void run('loupe.coding.importCodebook', undefined, 'button')}>
          Import Codebook…
        </Button>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="list codebook-list" aria-label="Codebook" onKeyDown={navigateList}>
        {themes.data.map((theme) => (
          <li
            key={theme.id}
            className={`list-row codebook-row${theme.id === selected ? ' selected' : ''}`}
            tabIndex={0}
            data-nav-item
            data-theme-path={theme.path}
            aria-selected={theme.id === selected}
            title={`${theme.path}${theme.description ? `\n${theme.description}` : ''}`}
            style={{ paddingLeft: 8 + depth(theme) * 14 }}
            onFocus={() => select(theme.id)}
            onDoubleClick={() => void run('loupe.coding.showVerbatims', undefined, 'mouse')}
            onContextMenu={(e) => {
              select(theme.id);
              menu.openAtEvent(e);
            }}
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
      {menu.position && selected !== undefined && <Menu label="Theme actions" entries={themeMenu(selected)} {...menu.position} onClose={menu.close} />}
    </>
  );
}
