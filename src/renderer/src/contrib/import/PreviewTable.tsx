import type { ImportPreview, PreviewRow } from '../../../../shared/imports';
import { formatInstant, GROUP_NAMES, reasonLabel } from './importLabels';
import './importTables.css';

function GroupChip({ row }: { row: PreviewRow }) {
  if (row.excluded) {
    return (
      <span className="chip excluded" title="Imported, but does not count for NPS">
        {reasonLabel(row.excluded)}
      </span>
    );
  }
  return row.group ? <span className={`chip ${row.group}`}>{GROUP_NAMES[row.group]}</span> : null;
}

/** The first rows exactly as they will be imported: score, NPS group or why excluded, date, comments, segments. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  if (preview.rows.length === 0) return <p className="muted">No rows to preview: choose the score column first.</p>;
  return (
    <div className="wizard-table-frame preview-frame">
      <table className="wizard-table preview-table" aria-label="Preview of the first rows">
        <thead>
          <tr>
            <th scope="col" className="number">
              Line
            </th>
            <th scope="col">Respondent</th>
            <th scope="col" className="number">
              Score
            </th>
            <th scope="col">Group</th>
            <th scope="col">Date</th>
            <th scope="col">Verbatims</th>
            <th scope="col">Segments</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line} className={row.excluded ? 'excluded' : undefined} data-line={row.line}>
              <td className="number muted">{row.line}</td>
              <td className="preview-id mono" title={row.respondentId}>
                {row.respondentId ?? <span className="muted">—</span>}
              </td>
              <td className="number preview-score">{row.score ?? <span className="muted">—</span>}</td>
              <td>
                <GroupChip row={row} />
              </td>
              <td className="preview-date" title={row.date}>
                {row.date ? formatInstant(row.date) : <span className="muted">—</span>}
              </td>
              <td className="preview-verbatims">
                {row.verbatims.length === 0 && <span className="muted">no comment</span>}
                {row.verbatims.map((text, i) => (
                  <p key={i}>{text}</p>
                ))}
              </td>
              <td className="preview-segments">
                {Object.entries(row.segments).map(([name, value]) =>
                  value ? (
                    <span key={name} className="segment" title={`${name}: ${value}`}>
                      <span className="segment-name">{name}</span>
                      {value}
                    </span>
                  ) : null,
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
