import { useState } from 'react';
import { serializeError } from '../../../../shared/errors';
import { useImportExcluded, useImports } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { EmptyState } from '../../workbench/components/EmptyState';
import type { EditorProps } from '../../workbench/registry';
import { formatInstant, reasonLabel } from './importLabels';
import { InlineError } from './InlineError';
import './importSummary.css';
import './importTables.css';

const PAGE = 100;

/** "Show Excluded Rows": the responses of one import that do not count for NPS, and why, a page at a time. */
export function ExcludedRowsEditor({ input }: EditorProps) {
  // The resource is "<import id>" or "<import id>/<reason>" (from a reason's link in a summary).
  const [idText, onlyReason] = (input.resource ?? '').split('/', 2) as [string, string | undefined];
  const id = Number(idText);
  const imports = useImports();
  const item = imports.data?.find((candidate) => candidate.id === id);
  const [offset, setOffset] = useState(0);
  const [reason, setReason] = useState(onlyReason);
  const page = useImportExcluded(id, offset, PAGE, reason);
  if (!item) {
    return (
      <EmptyState icon="filter" title={imports.isPending ? 'Loading…' : 'This import is not in the open project'}>
        {!imports.isPending && <p>It was removed, or belongs to another project. Close this tab to continue.</p>}
      </EmptyState>
    );
  }
  const total = page.data?.total ?? 0;
  const rows = page.data?.rows ?? [];
  const last = Math.min(offset + PAGE, total);
  return (
    <article className="editor-page excluded-page" aria-label={`Excluded rows of ${item.sourceName}`}>
      <h1 className="import-page-title">
        <Codicon name="filter" />
        <span>Excluded rows</span>
      </h1>
      <p className="subtitle">
        Responses of {item.sourceName} that are in the project but do not count for NPS: survey previews, tests, spam, repeats, and rows
        without a 0–10 score.
      </p>
      {reason && (
        <p className="excluded-filter">
          Showing only: <span className="chip excluded">{reasonLabel(reason)}</span>{' '}
          <Button variant="secondary" icon="clear-all" onClick={() => { setReason(undefined); setOffset(0); }}>
            Show all reasons
          </Button>
        </p>
      )}
      {page.error && <InlineError error={serializeError(page.error)} title="Could not list the excluded rows" />}
      {page.isPending && (
        <p className="wizard-loading" role="status">
          <Codicon name="loading" spin /> Loading…
        </p>
      )}
      {page.data && total === 0 && <p className="muted">Every response of this import counts for NPS.</p>}
      {total > 0 && (
        <>
          <div className="pager" role="group" aria-label="Pages">
            <span aria-live="polite">
              {(offset + 1).toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
            </span>
            {total > PAGE && (
              <>
                <Button variant="secondary" icon="chevron-left" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                  Previous
                </Button>
                <Button variant="secondary" icon="chevron-right" disabled={last >= total} onClick={() => setOffset(offset + PAGE)}>
                  Next
                </Button>
              </>
            )}
          </div>
          <table className="wizard-table excluded-table" aria-label="Excluded rows">
            <thead>
              <tr>
                <th scope="col" className="number">Line</th>
                <th scope="col">Respondent</th>
                <th scope="col">Why it does not count</th>
                <th scope="col" className="number">Score</th>
                <th scope="col">Date</th>
              </tr>
            </thead>
            <tbody className={page.isPlaceholderData ? 'stale' : undefined}>
              {rows.map((row) => (
                <tr key={row.line}>
                  <td className="number">{row.line.toLocaleString()}</td>
                  <td className="mono">{row.respondentId ?? <span className="muted">—</span>}</td>
                  <td>
                    <span className="chip excluded">{reasonLabel(row.reason)}</span>
                  </td>
                  <td className="number">{row.score ?? <span className="muted">—</span>}</td>
                  <td title={row.date}>{row.date ? formatInstant(row.date) : <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </article>
  );
}
