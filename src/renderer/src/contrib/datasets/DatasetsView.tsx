import type { KeyboardEvent } from 'react';
import type { ImportSummary } from '../../../../shared/model';
import { useCurrentProject, useImports } from '../../services/queries';
import { Codicon } from '../../workbench/components/Codicon';
import { EmptyState } from '../../workbench/components/EmptyState';
import { Button, IconButton } from '../../workbench/components/Button';
import { navigateList } from '../../workbench/components/listNavigation';
import type { MenuEntry } from '../../workbench/components/Menu';
import { Menu } from '../../workbench/components/Menu';
import { useMenu } from '../../workbench/components/useMenu';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { dateRange, DATASET_ICONS } from './datasetFormat';

/** What can be done with one import: commands of the datasets and import features, by id. */
function datasetMenu(id: number): MenuEntry[] {
  return [
    { commandId: 'loupe.datasets.show', args: { id }, label: 'Open Dataset' },
    { commandId: 'loupe.import.showSummary', args: { id }, label: 'Show Import Summary' },
    { commandId: 'loupe.import.showExcluded', args: { id }, label: 'Show Excluded Rows' },
    'separator',
    { commandId: 'loupe.import.remove', args: { id }, label: 'Remove Import…' },
  ];
}

function DatasetRow({ item }: { item: ImportSummary }) {
  const { run } = useWorkbench();
  const menu = useMenu();
  const open = () => void run('loupe.datasets.show', { id: item.id }, 'mouse');
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') open();
    else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      menu.openBelow(event.currentTarget);
    } else if (event.key === 'Delete') void run('loupe.import.remove', { id: item.id }, 'keyboard');
  };
  return (
    <li
      className="dataset-row"
      tabIndex={0}
      data-nav-item
      data-dataset={item.sourceName}
      title={`${item.sourceName}\n${item.imported.toLocaleString()} of ${item.rowsRead.toLocaleString()} rows imported`}
      onClick={open}
      onKeyDown={onKeyDown}
      onContextMenu={menu.openAtEvent}
    >
      <Codicon name={DATASET_ICONS[item.kind]} />
      <div className="dataset-row-text">
        <span className="dataset-row-name">{item.sourceName}</span>
        <span className="dataset-row-meta">
          {item.format} · {item.imported.toLocaleString()} rows · {dateRange(item)}
        </span>
      </div>
      <span className="dataset-row-actions">
        <IconButton
          icon="ellipsis"
          label={`Actions for ${item.sourceName} (Shift+F10)`}
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            menu.openBelow(e.currentTarget);
          }}
        />
      </span>
      {menu.position && (
        <span onClick={(e) => e.stopPropagation()}>
          <Menu label={`Actions for ${item.sourceName}`} entries={datasetMenu(item.id)} {...menu.position} onClose={menu.close} />
        </span>
      )}
    </li>
  );
}

/** The Datasets view: every import of the open project. */
export function DatasetsView() {
  const { run } = useWorkbench();
  const project = useCurrentProject();
  const imports = useImports();
  if (!project) {
    return (
      <EmptyState icon="database" title="No project is open">
        <p>Datasets belong to a project. Open or create one to see its imports.</p>
        <Button icon="folder-opened" onClick={() => void run('loupe.projects.open', undefined, 'button')}>
          Open Project…
        </Button>
      </EmptyState>
    );
  }
  if (imports.isPending) return <p className="view-welcome muted">Loading datasets…</p>;
  if (imports.isError) {
    return (
      <EmptyState icon="warning" title="Could not list the datasets">
        <p>See the Problems panel for what went wrong.</p>
      </EmptyState>
    );
  }
  if (imports.data.length === 0) {
    return (
      <EmptyState icon="database" title="No datasets yet">
        <p>This project has no imported data. Import a survey export (CSV, TSV or XLSX) to start.</p>
        <Button icon="file-add" onClick={() => void run('loupe.import.open', undefined, 'button')}>
          Import Survey Export…
        </Button>
      </EmptyState>
    );
  }
  return (
    <ul className="list dataset-list" aria-label="Datasets" onKeyDown={navigateList}>
      {imports.data.map((item) => (
        <DatasetRow key={item.id} item={item} />
      ))}
    </ul>
  );
}
