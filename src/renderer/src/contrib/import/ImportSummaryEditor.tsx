import { useImports } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { EmptyState } from '../../workbench/components/EmptyState';
import type { EditorProps } from '../../workbench/registry';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { ImportSummaryView } from './ImportSummaryView';
import './importSummary.css';

/** "Show Import Summary": what one import of the project did, as the wizard showed it at the end. */
export function ImportSummaryEditor({ input }: EditorProps) {
  const { run } = useWorkbench();
  const imports = useImports();
  const id = Number(input.resource);
  const item = imports.data?.find((candidate) => candidate.id === id);
  if (!item) {
    return (
      <EmptyState icon="info" title={imports.isPending ? 'Loading…' : 'This import is not in the open project'}>
        {!imports.isPending && <p>It was removed, or belongs to another project. Close this tab to continue.</p>}
      </EmptyState>
    );
  }
  const go = (commandId: string) => () => void run(commandId, { id }, 'button');
  return (
    <article className="editor-page import-summary-page" aria-label={`Import summary of ${item.sourceName}`}>
      <h1 className="import-page-title">
        <Codicon name="info" />
        <span>{item.sourceName}</span>
      </h1>
      <p className="subtitle">Imported {new Date(item.importedAt).toLocaleString()}</p>
      <ImportSummaryView importId={id} />
      <div className="page-actions">
        <Button icon="database" onClick={go('loupe.datasets.show')}>
          Open Dataset
        </Button>
        <Button variant="secondary" icon="filter" onClick={go('loupe.import.showExcluded')}>
          Show Excluded Rows
        </Button>
        <Button variant="secondary" icon="trash" onClick={go('loupe.import.remove')}>
          Remove Import…
        </Button>
      </div>
    </article>
  );
}
