import { serializeError } from '../../../../shared/errors';
import type { ImportNps, ImportResult } from '../../../../shared/imports';
import type { ImportDetails } from '../../../../shared/model';
import { useImportDetails } from '../../services/queries';
import { Codicon } from '../../workbench/components/Codicon';
import { EmptyState } from '../../workbench/components/EmptyState';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { DATE_LAYOUT_NAMES, DELIMITER_NAMES, ENCODING_NAMES, formatNps, formatShare, PLATFORM_NAMES, reasonLabel } from './importLabels';
import { InlineError } from './InlineError';
import './importSummary.css';

const count = (n: number) => n.toLocaleString();

function NpsPanel({ nps }: { nps: ImportNps }) {
  const groups = [
    { key: 'promoters', label: 'Promoters', value: nps.promoters },
    { key: 'passives', label: 'Passives', value: nps.passives },
    { key: 'detractors', label: 'Detractors', value: nps.detractors },
  ] as const;
  return (
    <section className="nps-panel" aria-label={`NPS ${formatNps(nps.nps)} from ${count(nps.n)} responses`}>
      <div className="nps-figure">
        <span className="nps-value">{formatNps(nps.nps)}</span>
        <span className="nps-caption">
          NPS of the {count(nps.n)} imported responses that count
          {nps.n < 30 && nps.n > 0 && <span className="tag warning">small base</span>}
        </span>
      </div>
      <div className="nps-bar" aria-hidden="true">
        {groups.map((group) => (group.value > 0 ? <span key={group.key} className={group.key} style={{ flexGrow: group.value }} /> : null))}
      </div>
      <ul className="nps-legend">
        {groups.map((group) => (
          <li key={group.key} className={group.key}>
            <span className="nps-swatch" aria-hidden="true" />
            {group.label} <strong>{count(group.value)}</strong> <span className="muted">{formatShare(group.value, nps.n)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function facts(result: ImportResult): [string, string][] {
  const { mapping } = result;
  return [
    ['Survey tool', PLATFORM_NAMES[result.format]],
    ['Read as', result.encoding === 'xlsx' ? `Excel workbook${result.sheet ? `, sheet “${result.sheet}”` : ''}` : `${ENCODING_NAMES[result.encoding]}${result.delimiter ? `, ${DELIMITER_NAMES[result.delimiter].toLowerCase()}` : ''}`],
    ...(result.aboveHeader?.length ? [['Above the header', `Left out: ${result.aboveHeader.map((text) => `“${text}”`).join(', ')}`] as [string, string]] : []),
    ['Score', mapping.score],
    ['Verbatims', mapping.verbatims.join(', ') || 'none'],
    ['Segments', mapping.segments.join(', ') || 'none'],
    ['Dates', mapping.date ? `${mapping.date}${result.dateLayout ? `, ${DATE_LAYOUT_NAMES[result.dateLayout]}` : ''}${result.timeZone ? `, ${result.timeZone}` : ''}` : 'none'],
    ['Respondent ID', mapping.respondentId ?? 'none'],
  ];
}

function SummaryBody({ details }: { details: ImportDetails }) {
  const { run } = useWorkbench();
  const { summary, result } = details;
  const id = summary.id;
  const excluded = Object.entries(result?.excluded ?? {}).sort((a, b) => b[1] - a[1]);
  const excludedTotal = excluded.reduce((sum, [, n]) => sum + n, 0);
  const cards: [string, number][] = [
    ['Rows read', result?.rowsRead ?? summary.rowsRead],
    ['Imported', result?.imported ?? summary.imported],
    ['Already there', result?.alreadyThere ?? 0],
    ['Excluded from NPS', excludedTotal],
    ['Skipped', details.skippedCount],
  ];
  const skipped = result?.skipped ?? [];
  return (
    <div className="import-summary">
      <div className="stat-cards">
        {cards.map(([label, value]) => (
          <div key={label} className="stat-card" aria-label={`${label}: ${count(value)}`}>
            <span className="stat-card-label">{label}</span>
            <span className="stat-card-value">{count(value)}</span>
          </div>
        ))}
      </div>
      {result && <NpsPanel nps={result.nps} />}
      <div className="summary-columns">
        <section aria-labelledby={`excluded-${id}`}>
          <h2 id={`excluded-${id}`}>Excluded from NPS</h2>
          {excluded.length === 0 ? (
            <p className="muted">Every imported response counts for NPS.</p>
          ) : (
            <ul className="reason-list" aria-label="Excluded by reason">
              {excluded.map(([reason, n]) => (
                <li key={reason}>
                  <button type="button" className="link" onClick={() => void run('loupe.import.showExcluded', { id, reason }, 'button')}>
                    {reasonLabel(reason)}
                  </button>
                  <span className="reason-count">{count(n)}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="muted summary-note">Excluded responses are kept in the project, but do not count for NPS.</p>
        </section>
        {result && (
          <section aria-labelledby={`read-${id}`}>
            <h2 id={`read-${id}`}>How it was read</h2>
            <dl className="facts summary-facts">
              {facts(result).map(([label, value]) => (
                <div key={label} className="facts-row">
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>
      {details.skippedCount > 0 && (
        <section aria-labelledby={`skipped-${id}`}>
          <h2 id={`skipped-${id}`}>Skipped rows</h2>
          {skipped.length < details.skippedCount && (
            <p className="muted">
              The first {count(skipped.length)} of {count(details.skippedCount)} skipped rows:
            </p>
          )}
          <table className="wizard-table skipped-table" aria-label="Skipped rows">
            <thead>
              <tr>
                <th scope="col" className="number">Line</th>
                <th scope="col" className="number">Column</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {skipped.map((row, i) => (
                <tr key={`${row.line}-${i}`}>
                  <td className="number">{row.line}</td>
                  <td className="number">{row.column ?? '—'}</td>
                  <td className="selectable">{row.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {result && result.warnings.length > 0 && (
        <section aria-labelledby={`warnings-${id}`}>
          <h2 id={`warnings-${id}`}>Warnings</h2>
          <ul className="wizard-warnings">
            {result.warnings.map((warning) => (
              <li key={warning}>
                <Codicon name="warning" />
                <span>{warning}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** What one import did: counts, NPS of its responses, exclusions by reason, skipped rows, warnings. */
export function ImportSummaryView({ importId }: { importId: number }) {
  const details = useImportDetails(importId);
  if (details.data) return <SummaryBody details={details.data} />;
  if (details.error) {
    const error = serializeError(details.error);
    return error.code === 'NOT_FOUND' ? (
      <EmptyState icon="database" title="This import is not in the project any more">
        <p>It was removed, or belongs to another project.</p>
      </EmptyState>
    ) : (
      <InlineError error={error} title="Could not read the import’s summary" />
    );
  }
  return (
    <p className="wizard-loading" role="status">
      <Codicon name="loading" spin /> Reading the import’s summary…
    </p>
  );
}
