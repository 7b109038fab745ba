import { useCallback } from 'react';
import type { FileEntry } from '../../../../shared/model';
import { useCurrentProject } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { FileBrowser, formatSize } from '../../workbench/components/FileBrowser';
import { parentFolder } from '../../workbench/components/pathSegments';
import { ProgressBar } from '../../workbench/components/ProgressBar';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { InlineError } from './InlineError';
import type { WizardSession } from './importWizardStore';
import { useImportWizardStore } from './importWizardStore';
import './fileStep.css';

function DropZone({ session }: { session: WizardSession }) {
  const upload = session.upload;
  if (upload) {
    const percent = upload.total > 0 ? Math.floor((100 * upload.loaded) / upload.total) : 0;
    return (
      <div className="wizard-dropzone busy" aria-live="polite">
        <Codicon name="sync" spin />
        <strong>Handing “{upload.name}” over…</strong>
        <ProgressBar done={upload.loaded} total={upload.total} label={`Handing ${upload.name} over`} />
        <span className="muted">
          {percent}% of {formatSize(upload.total)}
        </span>
        <Button variant="secondary" onClick={upload.abort}>
          Stop
        </Button>
      </div>
    );
  }
  return (
    <div className="wizard-dropzone">
      <Codicon name="cloud-upload" />
      <strong>Drop a file here</strong>
      <span className="muted">A CSV, TSV, TXT or XLSX export, up to 2 GiB. The file is read, never changed.</span>
    </div>
  );
}

/** Step 1: pick the export in the in-app browser (Enter or double-click), or drop it on the wizard. */
export function FileStep({ session }: { session: WizardSession }) {
  const { run } = useWorkbench();
  const patch = useImportWizardStore((s) => s.patch);
  const project = useCurrentProject();
  const onSelection = useCallback(
    ({ folder, entry }: { folder?: string; entry?: FileEntry }) => patch({ ...(folder ? { folder } : {}), candidate: entry?.kind === 'file' ? entry.path : undefined }),
    [patch],
  );
  return (
    <div className="wizard-step file-step">
      <p className="wizard-intro">
        Choose the export your survey tool wrote: Qualtrics, SurveyMonkey, Typeform, Google or Microsoft Forms, Delighted, or any table with one
        header row. Nothing is imported until you have checked how Loupe reads it.
      </p>
      <div className="file-step-columns">
        <FileBrowser
          mode="data"
          initialPath={session.folder ?? parentFolder(session.path) ?? parentFolder(project?.path)}
          {...(session.path ? { initialSelection: session.path } : {})}
          onSubmitFile={(path) => void run('loupe.import.open', { path }, 'keyboard')}
          onSelection={onSelection}
        />
        <DropZone session={session} />
      </div>
      {session.fileError && <InlineError error={session.fileError} />}
    </div>
  );
}
