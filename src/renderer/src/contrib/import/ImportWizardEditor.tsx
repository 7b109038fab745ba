import type { DragEvent, KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../../../shared/imports';
import { useCurrentProject, useJobs } from '../../services/queries';
import { Codicon } from '../../workbench/components/Codicon';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { DetectStep } from './DetectStep';
import { FileStep } from './FileStep';
import type { WizardStep } from './importWizardStore';
import { useImportWizardStore, WIZARD_STEPS } from './importWizardStore';
import { MappingStep } from './MappingStep';
import { ProgressStep } from './ProgressStep';
import { ImportSummaryView } from './ImportSummaryView';
import { WizardFooter } from './WizardFooter';
import { usePreviewState } from './usePreviewState';
import { inspectOptions, nextAction } from './wizardFlow';
import './importWizard.css';

const STEP_TITLES: Readonly<Record<WizardStep, string>> = {
  file: 'File',
  detect: 'Format',
  mapping: 'Columns',
  import: 'Import',
  summary: 'Summary',
};

/** Keys that are the control's own when it has focus: Enter on these never means Next. */
const OWN_ENTER = 'button, a, textarea, [role="option"], [role="listbox"], [role="menuitem"]';

/** Starts the wizard over when it is shown for another project than the one it was filled in for. */
function useProjectScope(): void {
  const projectPath = useCurrentProject()?.path;
  useEffect(() => {
    if (projectPath === undefined) return;
    const wizard = useImportWizardStore.getState();
    if (wizard.projectPath === projectPath || wizard.step === 'import') return;
    if (wizard.projectPath !== undefined) wizard.reset();
    useImportWizardStore.getState().patch({ projectPath });
  }, [projectPath]);
}

/** Moves the wizard on when its import job ends (also when the tab was away while it ran). */
function useJobOutcome(): void {
  const { jobId, step, succeeded, stopped } = useImportWizardStore();
  const job = useJobs().data?.find((candidate) => candidate.id === jobId);
  useEffect(() => {
    if (step !== 'import' || !job) return;
    if (job.state === 'succeeded') succeeded((job.result as ImportResult).importId);
    else if (job.state === 'cancelled') stopped({ code: 'JOB_CANCELLED', message: 'The import was cancelled; nothing was imported.', expected: true });
    else if (job.state === 'failed') stopped(job.error ?? { code: 'INTERNAL', message: job.message || 'The import failed.', expected: false });
  }, [job, step, succeeded, stopped]);
}

/**
 * The import wizard: choose a file (browse or drop), check how it was read, give the columns
 * their roles while watching the first rows as they will be imported, import, read the summary.
 * Enter or Alt+N goes on, Alt+B goes back, Escape cancels.
 */
export function ImportWizardEditor() {
  const { run } = useWorkbench();
  const session = useImportWizardStore();
  const inspecting = session.step === 'detect' || session.step === 'mapping';
  const preview = usePreviewState(inspecting ? inspectOptions(session) : undefined);
  const next = nextAction(session, preview.current, preview.error !== undefined);
  const [dragging, setDragging] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useJobOutcome();
  useProjectScope();

  // Each step starts with the keyboard where its work is: at once, or when its content arrives
  // (unless the user has moved on to something else by then).
  const shown = !inspecting || preview.data !== undefined || preview.error !== undefined;
  const focusedStep = useRef<string | undefined>(undefined);
  useEffect(() => {
    const node = root.current;
    if (!node) return;
    const body = node.querySelector<HTMLElement>('.wizard-body');
    const active = document.activeElement;
    const idle = active === null || active === document.body || active === body || !node.contains(active);
    if (focusedStep.current === session.step && !idle) return;
    focusedStep.current = session.step;
    const target = node.querySelector<HTMLElement>('.wizard-body [data-autofocus], .wizard-footer [data-autofocus]') ?? body;
    target?.focus();
  }, [session.step, shown]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      // A field with suggestions (the time zone) takes Escape to close them; the next one cancels.
      if (target instanceof HTMLInputElement && target.list) root.current?.querySelector<HTMLElement>('.wizard-body')?.focus();
      else void run('loupe.import.cancel', undefined, 'keyboard');
    } else if (event.key === 'Enter' && !target.closest(OWN_ENTER) && next.kind !== 'blocked') {
      event.preventDefault();
      void run('loupe.import.next', undefined, 'keyboard');
    }
  };

  const acceptsDrop = session.step !== 'import';
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = acceptsDrop ? 'copy' : 'none';
    setDragging(acceptsDrop);
  };
  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && acceptsDrop) void run('loupe.import.open', { file }, 'mouse');
  };

  const stepIndex = WIZARD_STEPS.indexOf(session.step);
  return (
    <div
      ref={root}
      className={`import-wizard ${dragging ? 'dragging' : ''}`}
      role="region"
      aria-label="Import Survey Export"
      onKeyDown={onKeyDown}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && setDragging(false)}
      onDrop={onDrop}
    >
      <header className="wizard-header">
        <div className="wizard-title">
          <h1>Import Survey Export</h1>
          {session.fileName && session.step !== 'file' && (
            <span className="wizard-file" title={session.path}>
              <Codicon name="table" />
              <span>{session.fileName}</span>
            </span>
          )}
        </div>
        <ol className="wizard-steps" aria-label="Steps">
          {WIZARD_STEPS.map((step, index) => (
            <li key={step} className={index < stepIndex ? 'done' : index === stepIndex ? 'current' : ''} aria-current={index === stepIndex ? 'step' : undefined}>
              <span className="wizard-step-number" aria-hidden="true">
                {index < stepIndex ? <Codicon name="check" /> : index + 1}
              </span>
              <span className="wizard-step-title">{STEP_TITLES[step]}</span>
            </li>
          ))}
        </ol>
        <p className="visually-hidden" aria-live="polite">
          Step {stepIndex + 1} of {WIZARD_STEPS.length}: {STEP_TITLES[WIZARD_STEPS[stepIndex] ?? 'file']}
        </p>
      </header>
      <div className="wizard-body" tabIndex={-1}>
        {session.step === 'file' && <FileStep session={session} />}
        {session.step === 'detect' && <DetectStep session={session} preview={preview} />}
        {session.step === 'mapping' && <MappingStep session={session} preview={preview} />}
        {session.step === 'import' && <ProgressStep session={session} />}
        {session.step === 'summary' && session.importId !== undefined && (
          <div className="wizard-step">
            <h2 className="wizard-done">
              <Codicon name="pass-filled" />
              <span>Imported “{session.fileName}”</span>
            </h2>
            <ImportSummaryView importId={session.importId} />
          </div>
        )}
      </div>
      <WizardFooter session={session} next={next} />
      {dragging && (
        <div className="wizard-drop-overlay" aria-hidden="true">
          <Codicon name="cloud-upload" />
          <span>Drop the file to import it</span>
        </div>
      )}
    </div>
  );
}
