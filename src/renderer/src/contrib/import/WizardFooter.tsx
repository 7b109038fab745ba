import { Button } from '../../workbench/components/Button';
import { KeybindingLabel } from '../../workbench/components/KeybindingLabel';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import type { WizardSession } from './importWizardStore';
import type { NextAction } from './wizardFlow';
import { previousStep } from './wizardFlow';

function KeyHints({ back }: { back: boolean }) {
  return (
    <span className="wizard-keys" aria-hidden="true">
      <KeybindingLabel keybinding="Enter" /> next
      {back && (
        <>
          <KeybindingLabel keybinding="Alt+B" /> back
        </>
      )}
      <KeybindingLabel keybinding="Escape" /> cancel
    </span>
  );
}

/** Back, Next (or Import) and Cancel, with what is missing before Next can go on. */
export function WizardFooter({ session, next }: { session: WizardSession; next: NextAction }) {
  const { run } = useWorkbench();
  const back = previousStep(session.step);
  const go = (id: string, args?: unknown) => () => void run(id, args, 'button');

  if (session.step === 'summary') {
    return (
      <footer className="wizard-footer">
        {session.importId !== undefined && (
          <Button icon="database" data-autofocus onClick={go('loupe.datasets.show', { id: session.importId })}>
            Open Dataset
          </Button>
        )}
        <Button variant="secondary" icon="file-add" onClick={go('loupe.import.open', { restart: true })}>
          Import Another File
        </Button>
        <Button variant="secondary" onClick={go('loupe.import.cancel')}>
          Close
        </Button>
        <span className="wizard-hint">The import is done: its responses are in the project.</span>
      </footer>
    );
  }

  const importing = session.step === 'import';
  const label = session.step === 'mapping' ? 'Import' : importing ? 'Importing…' : 'Next';
  const blocked = next.kind === 'blocked' ? next.reason : undefined;
  return (
    <footer className="wizard-footer">
      <Button
        icon={session.step === 'mapping' ? 'arrow-circle-down' : importing ? undefined : 'arrow-right'}
        disabled={blocked !== undefined}
        onClick={go('loupe.import.next')}
        title={blocked ?? `${label} (Enter, Alt+N)`}
      >
        {label}
      </Button>
      <Button variant="secondary" icon="arrow-left" disabled={!back} onClick={go('loupe.import.back')} title="Back (Alt+B)">
        Back
      </Button>
      <Button variant="secondary" onClick={go('loupe.import.cancel')} title="Cancel (Escape)">
        Cancel
      </Button>
      <span className={`wizard-hint ${blocked && !importing && session.step !== 'file' ? 'blocked' : ''}`} role="status">
        {importing ? (
          <span className="wizard-keys">
            <KeybindingLabel keybinding="Escape" /> cancel the import
          </span>
        ) : blocked && session.step !== 'file' ? (
          blocked
        ) : (
          <KeyHints back={back !== undefined} />
        )}
      </span>
    </footer>
  );
}
