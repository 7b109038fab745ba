import { useCurrentProject, useImports } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { DataTable } from '../../workbench/components/DataTable';
import { EmptyState } from '../../workbench/components/EmptyState';
import { useWorkbench } from '../../workbench/WorkbenchContext';

const date = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '—');

/** Project Overview: what the open project holds. */
export function ProjectOverviewEditor() {
  const { run } = useWorkbench();
  const project = useCurrentProject();
  const imports = useImports().data ?? [];
  if (!project) {
    return (
      <EmptyState icon="folder-library" title="No project is open">
        <p>Open or create a project to see its overview.</p>
      </EmptyState>
    );
  }
  const stats = [
    { label: 'Responses', value: project.responseCount.toLocaleString() },
    { label: 'Verbatims', value: project.verbatimCount.toLocaleString() },
    { label: 'Imports', value: project.importCount.toLocaleString() },
    { label: 'Schema version', value: String(project.schemaVersion) },
    { label: 'Created', value: date(project.createdAt) },
  ];
  return (
    <article className="editor-page" aria-label="Project Overview">
      <h1>{project.name}</h1>
      <p className="subtitle mono">{project.path}</p>
      <div className="stat-cards">
        {stats.map((stat) => (
          <div key={stat.label} className="stat-card" aria-label={`${stat.label}: ${stat.value}`}>
            <span className="stat-card-label">{stat.label}</span>
            <span className="stat-card-value">{stat.value}</span>
          </div>
        ))}
      </div>
      <h2>Data sources</h2>
      {imports.length === 0 ? (
        <p className="muted">No data has been imported into this project yet. Import a survey export (CSV, TSV or XLSX) to start.</p>
      ) : (
        <DataTable
          label="Data sources"
          columns={[
            { key: 'source', title: 'Source file' },
            { key: 'kind', title: 'Kind' },
            { key: 'rows', title: 'Rows', align: 'right' },
            { key: 'range', title: 'Date range' },
          ]}
          rows={imports.map((item) => ({
            key: String(item.id),
            cells: {
              source: item.sourceName,
              kind: `${item.kind} (${item.format})`,
              rows: item.imported.toLocaleString(),
              range: item.firstDate ? `${date(item.firstDate)} – ${date(item.lastDate)}` : '—',
            },
          }))}
          onActivate={(id) => void run('loupe.datasets.show', { id }, 'keyboard')}
        />
      )}
      <div className="page-actions">
        <Button icon="file-add" onClick={() => void run('loupe.import.open', undefined, 'button')}>
          Import Survey Export…
        </Button>
        <Button icon="database" variant="secondary" onClick={() => void run('loupe.datasets.showView', undefined, 'button')}>
          Show Datasets
        </Button>
        <Button icon="close" variant="secondary" onClick={() => void run('loupe.projects.close', undefined, 'button')}>
          Close Project
        </Button>
      </div>
    </article>
  );
}
