import { useId } from 'react';
import type { DateLayout, ImportPreview } from '../../../../shared/imports';
import { DATE_LAYOUTS } from '../../../../shared/imports';
import { Codicon } from '../../workbench/components/Codicon';
import { ColumnRoles } from './ColumnRoles';
import { DATE_LAYOUT_NAMES } from './importLabels';
import { InlineError } from './InlineError';
import type { WizardSession } from './importWizardStore';
import { useImportWizardStore } from './importWizardStore';
import { draftFrom, isValidTimeZone, mappingProblem } from './mappingDraft';
import { PreviewTable } from './PreviewTable';
import type { PreviewState } from './usePreviewState';
import './importFields.css';

const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

function mappingSource(session: WizardSession, preview: ImportPreview): string {
  if (session.mapping) return 'Your choices';
  if (preview.mappingSource === 'template') return `From your template “${preview.templateName ?? ''}”`;
  return preview.mappingSource === 'none' ? 'No score column found' : 'Suggested by Loupe';
}

function DateSettings({ session, preview }: { session: WizardSession; preview: ImportPreview }) {
  const patch = useImportWizardStore((s) => s.patch);
  const layoutId = useId();
  const zoneId = useId();
  const hasDate = (session.mapping ?? draftFrom(preview.mapping)).date !== undefined;
  const zone = session.timeZone ?? '';
  const badZone = zone.trim() !== '' && !isValidTimeZone(zone);
  const detected = session.dateLayout === undefined && preview.dateLayout ? `Detected: ${DATE_LAYOUT_NAMES[preview.dateLayout]}` : 'Detect automatically';
  return (
    <div className="date-settings">
      <div className={`detect-field ${preview.dateAmbiguous ? 'ambiguous' : ''}`}>
        <label htmlFor={layoutId}>Date layout</label>
        <div>
          <select
            id={layoutId}
            className="select"
            disabled={!hasDate}
            aria-invalid={preview.dateAmbiguous || undefined}
            value={session.dateLayout ?? ''}
            onChange={(e) => patch(e.target.value ? { dateLayout: e.target.value as DateLayout } : { dateLayout: undefined })}
          >
            <option value="">{detected}</option>
            {DATE_LAYOUTS.map((layout) => (
              <option key={layout} value={layout}>
                {DATE_LAYOUT_NAMES[layout]}
              </option>
            ))}
          </select>
          {preview.dateAmbiguous ? (
            <p className="detect-hint warning">
              <Codicon name="warning" /> Day and month cannot be told apart in these dates: month first (US) was assumed. Choose “Day first” for a European
              export.
            </p>
          ) : (
            <p className="detect-hint">{hasDate ? 'How the response date column writes its dates.' : 'Give a column the role “Response date” to read dates.'}</p>
          )}
        </div>
      </div>
      <div className="detect-field">
        <label htmlFor={zoneId}>Time zone</label>
        <div>
          <input
            id={zoneId}
            className="text-input"
            list={`${zoneId}-zones`}
            spellCheck={false}
            disabled={!hasDate}
            placeholder={preview.timeZone ? `${preview.timeZone} (from the export)` : 'UTC'}
            aria-invalid={badZone || undefined}
            value={zone}
            onChange={(e) => patch(e.target.value.trim() ? { timeZone: e.target.value } : { timeZone: undefined })}
          />
          <datalist id={`${zoneId}-zones`}>
            {ZONES.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <p className={`detect-hint ${badZone ? 'error' : ''}`}>
            {badZone ? `“${zone.trim()}” is not a time zone. Use a name such as Europe/Berlin, or UTC+2.` : 'Dates without their own offset are read in this zone.'}
          </p>
        </div>
      </div>
    </div>
  );
}

function ImportOptionsFields({ session }: { session: WizardSession }) {
  const patch = useImportWizardStore((s) => s.patch);
  const nameId = useId();
  return (
    <div className="import-options">
      <label className="checkbox">
        <input type="checkbox" checked={session.skipBadRows} onChange={(e) => patch({ skipBadRows: e.target.checked })} />
        <span>
          Skip bad rows <span className="muted">— import the rows that can be read, and list the others with their line, instead of stopping.</span>
        </span>
      </label>
      <div className="checkbox template-option">
        <input
          type="checkbox"
          id={`${nameId}-save`}
          checked={session.saveTemplate}
          onChange={(e) => patch({ saveTemplate: e.target.checked })}
        />
        <label htmlFor={`${nameId}-save`}>Save this mapping as a template named</label>
        <input
          className="text-input"
          aria-label="Template name"
          maxLength={200}
          placeholder="e.g. Qualtrics relationship NPS"
          value={session.templateName}
          onChange={(e) => patch({ templateName: e.target.value, saveTemplate: e.target.value.trim() !== '' || session.saveTemplate })}
        />
      </div>
    </div>
  );
}

/** Step 3: column roles, dates, warnings, and the first rows as they will be imported, refreshed on every change. */
export function MappingStep({ session, preview }: { session: WizardSession; preview: PreviewState }) {
  const data = preview.data;
  if (!data) {
    return (
      <div className="wizard-step">
        {preview.error ? (
          <InlineError error={preview.error} title="Loupe cannot read the file with these settings" />
        ) : (
          <p className="wizard-loading" role="status">
            <Codicon name="loading" spin /> Reading “{session.fileName}”…
          </p>
        )}
      </div>
    );
  }
  const problem = mappingProblem(session.mapping ?? draftFrom(data.mapping));
  const stale = !preview.current;
  return (
    <div className="wizard-step mapping-step">
      {session.failure && <InlineError error={session.failure} title="Nothing was imported" />}
      {preview.error && <InlineError error={preview.error} title="The preview could not be made with these choices" />}
      <h2>
        Columns <span className="mapping-source">{mappingSource(session, data)}</span>
      </h2>
      <ColumnRoles session={session} preview={data} />
      <h2>Dates</h2>
      <DateSettings session={session} preview={data} />
      {data.warnings.length > 0 && (
        <ul className="wizard-warnings" aria-label="Warnings">
          {data.warnings.map((warning) => (
            <li key={warning}>
              <Codicon name="warning" />
              <span>{warning}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>
        Preview <span className="mapping-source">the first {data.rows.length} rows as they will be imported</span>
        {preview.updating && <Codicon name="loading" spin className="wizard-updating" />}
      </h2>
      {problem ? (
        <p className="detect-hint warning" role="status">
          <Codicon name="warning" /> {problem}
        </p>
      ) : (
        <div className={stale ? 'stale' : undefined} aria-busy={stale || undefined}>
          <PreviewTable preview={data} />
        </div>
      )}
      <h2>Options</h2>
      <ImportOptionsFields session={session} />
    </div>
  );
}
