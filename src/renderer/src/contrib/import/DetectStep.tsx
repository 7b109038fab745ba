import type { ReactNode } from 'react';
import { useId } from 'react';
import type { ImportPreview, PlatformId } from '../../../../shared/imports';
import { DELIMITERS, PLATFORM_IDS, TEXT_ENCODINGS } from '../../../../shared/imports';
import { Button } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { DELIMITER_NAMES, ENCODING_NAMES, PLATFORM_NAMES } from './importLabels';
import { InlineError } from './InlineError';
import type { ReadOverrides, WizardSession } from './importWizardStore';
import { useImportWizardStore } from './importWizardStore';
import type { PreviewState } from './usePreviewState';
import './importFields.css';

const HEADER_NOTES: Partial<Record<PlatformId, string>> = {
  qualtrics: 'column names, question texts and import ids',
  'qualtrics-legacy': 'column names and question texts',
  surveymonkey: 'questions, then answer options',
};

interface ChoiceProps {
  readonly label: string;
  readonly value: string;
  /** The first option: let Loupe decide (it says what it found). */
  readonly detected: string;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (value: string | undefined) => void;
  readonly hint?: ReactNode;
  readonly autoFocus?: boolean;
}

/** One detected setting with a select to override it ('' = as detected). */
function Choice({ label, value, detected, options, onChange, hint, autoFocus }: ChoiceProps) {
  const id = useId();
  return (
    <div className="detect-field">
      <label htmlFor={id}>{label}</label>
      <div>
        <select id={id} className="select" value={value} data-autofocus={autoFocus || undefined} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">{detected}</option>
          {options.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
        {hint && <p className="detect-hint">{hint}</p>}
      </div>
    </div>
  );
}

const rowCount = (n: number) => (n === 0 ? 'None' : `${n} row${n === 1 ? '' : 's'}`);

function ReadSettings({ session, preview }: { session: WizardSession; preview: ImportPreview | undefined }) {
  const setRead = useImportWizardStore((s) => s.setRead);
  const change = (key: keyof ReadOverrides) => (value: ReadOverrides[typeof key] | undefined) => {
    const { [key]: _dropped, ...rest } = session.read;
    setRead(value === undefined ? rest : { ...rest, [key]: value });
  };
  const found = (name: string | undefined) => (name ? `Detected: ${name}` : 'Detect automatically');
  const auto = (key: keyof ReadOverrides, name: string | undefined) => (session.read[key] === undefined ? found(name) : 'Detect automatically');
  const csv = preview?.container !== 'xlsx';
  return (
    <div className="detect-grid">
      <Choice
        label="Survey tool"
        value={session.read.platform ?? ''}
        detected={auto('platform', preview?.formatName)}
        options={PLATFORM_IDS.map((id) => [id, PLATFORM_NAMES[id]] as const)}
        onChange={change('platform')}
        hint="Decides how many header rows there are, which columns are the tool's own, and which responses are tests."
        autoFocus
      />
      {csv && (
        <Choice
          label="Encoding"
          value={session.read.encoding ?? ''}
          detected={auto('encoding', preview?.encoding && ENCODING_NAMES[preview.encoding])}
          options={TEXT_ENCODINGS.map((id) => [id, ENCODING_NAMES[id]] as const)}
          onChange={change('encoding')}
          hint={preview?.encodingReason && <>Why: {preview.encodingReason}.</>}
        />
      )}
      {csv && (
        <Choice
          label="Delimiter"
          value={session.read.delimiter ?? ''}
          detected={auto('delimiter', preview?.delimiter && DELIMITER_NAMES[preview.delimiter])}
          options={DELIMITERS.map((id) => [id, DELIMITER_NAMES[id]] as const)}
          onChange={change('delimiter')}
        />
      )}
      {!csv && (
        <Choice
          label="Sheet"
          value={session.read.sheet ?? ''}
          detected={auto('sheet', preview?.sheet)}
          options={(preview?.sheets ?? []).map((name) => [name, name] as const)}
          onChange={change('sheet')}
        />
      )}
      <Choice
        label="Rows above the header"
        value={session.read.skipRows === undefined ? '' : String(session.read.skipRows)}
        detected={auto('skipRows', preview && rowCount(preview.aboveHeader.length))}
        options={Array.from({ length: 11 }, (_, n) => [String(n), rowCount(n)] as const)}
        onChange={(value) => change('skipRows')(value === undefined ? undefined : Number(value))}
        hint={
          preview && preview.aboveHeader.length > 0 ? (
            <>Left out: {preview.aboveHeader.map((text) => `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`).join(', ')}.</>
          ) : (
            'A title or notes above the column names, which Loupe leaves out.'
          )
        }
      />
      <div className="detect-field">
        <span className="detect-label">Header rows</span>
        <div>
          <span className="detect-value" aria-label="Header rows">
            {preview ? preview.headerRows : '…'}
          </span>
          {preview && <p className="detect-hint">{HEADER_NOTES[preview.format] ?? 'column names'}; set by the survey tool above.</p>}
        </div>
      </div>
    </div>
  );
}

function ColumnsRead({ preview }: { preview: ImportPreview }) {
  return (
    <div className="wizard-table-frame">
      <table className="wizard-table fixed" aria-label="Columns read">
        <colgroup>
          <col style={{ width: '24%' }} />
          <col style={{ width: '30%' }} />
          <col style={{ width: '72px' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Question</th>
            <th scope="col" className="number">Filled</th>
            <th scope="col">First values</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column) => (
            <tr key={column.name}>
              <td className="mono wizard-cell-clip" title={column.name}>
                {column.name}
              </td>
              <td className="wizard-cell-clip" title={column.label}>
                {column.label !== column.name ? column.label : ''}
              </td>
              <td className="number">{column.filled.toLocaleString()}</td>
              <td className="wizard-cell-clip">{column.samples.slice(0, 3).map((sample) => sample.replace(/\s+/g, ' ')).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Step 2: how Loupe read the file (survey tool, encoding and why, delimiter or sheet, header rows), each overridable. */
export function DetectStep({ session, preview }: { session: WizardSession; preview: PreviewState }) {
  const { run } = useWorkbench();
  const patch = useImportWizardStore((s) => s.patch);
  const data = preview.data;
  const skip = preview.error && !session.skipBadRows && /line \d+/.test(preview.error.message) && (
    <Button variant="secondary" icon="debug-step-over" onClick={() => patch({ skipBadRows: true })}>
      Skip Bad Rows and Read On
    </Button>
  );
  const error = preview.error && (
    <InlineError error={preview.error} title={`Loupe cannot read “${session.fileName ?? 'the file'}” this way`}>
      {skip}
      <Button variant="secondary" icon="arrow-left" onClick={() => void run('loupe.import.back', undefined, 'button')}>
        Choose Another File
      </Button>
    </InlineError>
  );
  if (!data) {
    return (
      <div className="wizard-step">
        {error ?? (
          <p className="wizard-loading" role="status">
            <Codicon name="loading" spin /> Reading “{session.fileName}”…
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="wizard-step detect-step">
      <p className="wizard-intro">
        This is how Loupe reads <strong>{data.fileName}</strong>. Change anything that looks wrong; the file is read again at once.
      </p>
      {error}
      <ReadSettings session={session} preview={data} />
      <h2>
        Columns found <span className="badge">{data.columns.length}</span>
        {preview.updating && <Codicon name="loading" spin className="wizard-updating" />}
      </h2>
      <ColumnsRead preview={data} />
      {session.skipBadRows && <p className="detect-hint">Rows that cannot be read are skipped and listed after the import.</p>}
    </div>
  );
}
