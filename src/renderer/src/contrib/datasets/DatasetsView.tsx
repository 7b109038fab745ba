import type { ImportSummary } from '../../../../shared/model';
import { useCurrentProject, useImports } from '../../services/queries';
import { Codicon } from '../../workbench/components/Codicon';
import { EmptyState } from '../../workbench/components/EmptyState';
import { Button } from '../../workbench/components/Button';
import { navigateList } from '../../workbench/components/listNavigation';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { dateRange, DATASET_ICONS } from './datasetFormat';

function DatasetRow({ item }: { item: ImportSummary }) {
  const { run } = useWorkbench();
  const open = () => void run('loupe.datasets.show', { id: item.id }, 'mouse');
  return (
    <li
      className="dataset-row"
      tabIndex={0}
      data-nav-item
      title={`${item.sourceName}\n${item.imported.toLocaleString()} of ${item.rowsRead.toLocaleString()} rows imported`}
      onClick={open}
      onKeyDown={(e) => e.key === 'Enter' && open()}
    >
      <Codicon name={DATASET_ICONS[item.kind]} />
      <div className="dataset-row-text">
        <span className="dataset-row-name">{item.sourceName}</span>
        <span className="dataset-row-meta">
          {item.format} · {item.imported.toLocaleString()} rows · {dateRange(item)}
        </span>
      </div>
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
        <p>This project has no imported data. Survey exports and ticket logs are added with the import feature, then listed here.</p>
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
