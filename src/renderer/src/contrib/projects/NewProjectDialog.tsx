import { useState } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { useAppInfo } from '../../services/queries';
import { Modal } from '../../workbench/components/Modal';
import type { DialogProps } from '../../workbench/registry';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { FolderField } from '../../workbench/components/FolderField';
import { joinPath, projectFileName } from './pathUtils';
import { DialogError } from '../../workbench/components/DialogError';
import { DialogActions } from '../../workbench/components/DialogActions';
import { SubmitForm } from '../../workbench/components/SubmitForm';

/** New Project: a name and a folder; shows the file that will be created. */
export function NewProjectDialog({ onClose }: DialogProps) {
  const { run } = useWorkbench();
  const defaultFolder = useAppInfo().data?.defaultProjectDir ?? '';
  const [name, setName] = useState('');
  const [folder, setFolder] = useState<string | undefined>(undefined);
  const [error, setError] = useState<AppErrorData | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const chosenFolder = folder ?? defaultFolder;
  const trimmed = name.trim();
  const path = chosenFolder && trimmed ? joinPath(chosenFolder, projectFileName(trimmed)) : '';

  const create = async () => {
    if (!path || busy) return;
    setBusy(true);
    setError(undefined);
    const outcome = await run('loupe.projects.new', { path, name: trimmed }, 'button');
    setBusy(false);
    if (outcome.ok) onClose();
    else setError(outcome.error);
  };

  return (
    <Modal
      title="New Project"
      icon="new-folder"
      onClose={onClose}
      footer={<DialogActions onCancel={onClose} action={{ label: 'Create', disabled: !path || busy, onClick: () => void create() }} />}
    >
      <SubmitForm className="form-field" onSubmit={() => void create()}>
        <label htmlFor="new-project-name">Name</label>
        <input
          id="new-project-name"
          className="text-input"
          data-autofocus
          maxLength={200}
          placeholder="e.g. Q3 relationship survey"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </SubmitForm>
      <FolderField id="new-project-folder" value={chosenFolder} onChange={setFolder} onEnter={() => void create()} />
      <div className="form-field">
        <span className="hint">The project will be saved as</span>
        <code className="path-preview selectable" aria-label="Project file path">
          {path || 'Type a name to see where the project goes'}
        </code>
      </div>
      <DialogError error={error} />
    </Modal>
  );
}
