import { useImports } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { EmptyState } from '../../workbench/components/EmptyState';
import type { EditorProps } from '../../workbench/registry';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { dateRange, DATASET_ICONS, DATASET_KINDS } from './datasetFormat';

/** One import's summary: source, format, rows read and imported, date range. */
export function DatasetEditor({ input }: EditorProps) {
  const { run } = useWorkbench();
  const imports = useImports();
  const item = imports.data?.find((candidate) => String(candidate.id) === input.resource);
  if (!item) {
    return (
      <EmptyState icon="database" title={imports.isPending ? 'Loading…' : 'This dataset is not in the open project'}>
        {!imports.isPending && <p>It may belong to another project. Close this tab, or open the project it came from.</p>}
      </EmptyState>
    );
  }
  const counts: [string, string][] = [
    ['Rows read', item.rowsRead.toLocaleString()],
    ['Rows imported', item.imported.toLocaleString()],
    ['Skipped or excluded', (item.rowsRead - item.imported).toLocaleString()],
  ];
  const facts: [string, string][] = [
    ['Kind', DATASET_KINDS[item.kind]],
    ['Format', item.format],
    ['Responses dated', dateRange(item)],
    ['Imported', new Date(item.importedAt).toLocaleString()],
  ];
  return (
    <article className="editor-page" aria-label={`Dataset ${item.sourceName}`}>
      <h1 className="dataset-title">
        <Codicon name={DATASET_ICONS[item.kind]} />
        <span>{item.sourceName}</span>
      </h1>
      <p className="subtitle">{DATASET_KINDS[item.kind]}</p>
      <div className="stat-cards">
        {counts.map(([label, value]) => (
          <div key={label} className="stat-card" aria-label={`${label}: ${value}`}>
            <span className="stat-card-label">{label}</span>
            <span className="stat-card-value">{value}</span>
          </div>
        ))}
      </div>
      <h2>Details</h2>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} className="facts-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="page-actions">
        <Button variant="secondary" icon="info" onClick={() => void run('loupe.import.showSummary', { id: item.id }, 'button')}>
          Show Import Summary
        </Button>
        <Button variant="secondary" icon="filter" onClick={() => void run('loupe.import.showExcluded', { id: item.id }, 'button')}>
          Show Excluded Rows
        </Button>
        <Button variant="secondary" icon="trash" onClick={() => void run('loupe.import.remove', { id: item.id }, 'button')}>
          Remove Import…
        </Button>
      </div>
    </article>
  );
}
