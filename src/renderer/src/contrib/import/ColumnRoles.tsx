import type { ColumnRole, ImportPreview } from '../../../../shared/imports';
import type { DraftMapping } from './mappingDraft';
import { draftFrom, isAlsoEmail, roleOf, withRole } from './mappingDraft';
import { ROLE_NAMES, ROLE_ORDER } from './importLabels';
import type { WizardSession } from './importWizardStore';
import { useImportWizardStore } from './importWizardStore';
import './importTables.css';

const HELPER_NOTE = 'A column the survey tool adds (metadata, its own scores or text analysis). Ignored unless you give it a role.';

/** Every column with its role: one score, any number of verbatims and segments, the rest ignored. */
export function ColumnRoles({ session, preview }: { session: WizardSession; preview: ImportPreview }) {
  const patch = useImportWizardStore((s) => s.patch);
  const draft: DraftMapping = session.mapping ?? draftFrom(preview.mapping);
  const order = preview.columns.map((column) => column.name);
  const setRole = (name: string, role: ColumnRole) => patch({ mapping: withRole(draft, name, role, order), failure: undefined });
  return (
    <div className="wizard-table-frame roles-frame">
      <table className="wizard-table fixed roles-table" aria-label="Column roles">
        <colgroup>
          <col style={{ width: '40%' }} />
          <col style={{ width: '196px' }} />
          <col style={{ width: '64px' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Role</th>
            <th scope="col" className="number" title="Rows with a value, of the rows Loupe sampled">
              Filled
            </th>
            <th scope="col">Sample values</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column, index) => {
            const role = roleOf(draft, column.name);
            return (
              <tr key={column.name} className={`role-${role} ${column.helper ? 'helper' : ''}`}>
                <th scope="row" className="roles-column" title={column.label && column.label !== column.name ? `${column.name}\n${column.label}` : column.name}>
                  <div className="roles-column-inner">
                    <span className="roles-name mono">{column.name}</span>
                    {column.label && column.label !== column.name && <span className="roles-label">{column.label}</span>}
                    <span className="roles-tags">
                      {isAlsoEmail(draft, column.name) && (
                        <span className="tag" title="Also read as the respondent's email address">
                          also email
                        </span>
                      )}
                      {column.helper && (
                        <span className="tag" title={HELPER_NOTE}>
                          helper
                        </span>
                      )}
                    </span>
                  </div>
                </th>
                <td className="roles-role">
                  <select
                    className="select"
                    aria-label={`Role of ${column.name}`}
                    value={role}
                    data-autofocus={index === 0 || undefined}
                    onChange={(e) => setRole(column.name, e.target.value as ColumnRole)}
                  >
                    {ROLE_ORDER.map((option) => (
                      <option key={option} value={option}>
                        {ROLE_NAMES[option]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="number" title={`${column.distinct.toLocaleString()} different values`}>
                  {column.filled.toLocaleString()}
                </td>
                <td className="wizard-cell-clip">
                  {column.samples.slice(0, 4).map((sample, i) => (
                    <span key={i} className="sample">
                      {sample.replace(/\s+/g, ' ')}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
