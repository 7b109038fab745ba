import { useState } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import type { FileEntry } from '../../../../shared/model';
import { Modal } from '../../workbench/components/Modal';
import type { DialogProps } from '../../workbench/registry';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { FileBrowser } from '../../workbench/components/FileBrowser';
import { DialogError } from '../../workbench/components/DialogError';
import { DialogActions } from '../../workbench/components/DialogActions';

interface Selection {
  readonly folder?: string;
  readonly entry?: FileEntry;
}

/** Open Project: browse to a .loupe file (or type its path) and open it. */
export function OpenProjectDialog({ onClose }: DialogProps) {
  const { run } = useWorkbench();
  const [selection, setSelection] = useState<Selection>({});
  const [error, setError] = useState<AppErrorData | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const open = async (path: string) => {
    setBusy(true);
    setError(undefined);
    const outcome = await run('loupe.projects.open', { path }, 'button');
    setBusy(false);
    if (outcome.ok) onClose();
    else setError(outcome.error);
  };

  const project = selection.entry?.kind === 'project' ? selection.entry : undefined;
  return (
    <Modal
      title="Open Project"
      icon="folder-opened"
      onClose={onClose}
      width={640}
      footer={
        <DialogActions
          hint="Enter opens the selected project or enters the folder; Backspace goes up."
          onCancel={onClose}
          action={{ label: 'Open', disabled: !project || busy, onClick: () => project && void open(project.path) }}
        />
      }
    >
      <FileBrowser mode="project" onSubmitFile={(path) => void open(path)} onSelection={setSelection} />
      <DialogError error={error} />
    </Modal>
  );
}
