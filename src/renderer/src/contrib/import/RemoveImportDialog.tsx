import { z } from 'zod';
import { useState } from 'react';
import { readArgs } from '../../commands/commandArgs';
import { useImports } from '../../services/queries';
import { Modal } from '../../workbench/components/Modal';
import type { DialogProps } from '../../workbench/registry';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import './importSummary.css';
import { DialogActions } from '../../workbench/components/DialogActions';

const dialogArgs = z.object({ id: z.number().int().positive() });

/** Asks before an import goes: how many responses go with it, and that it cannot be undone. */
export function RemoveImportDialog({ args, onClose }: DialogProps) {
  const { run } = useWorkbench();
  const id = readArgs(dialogArgs, args)?.id;
  const item = useImports().data?.find((candidate) => candidate.id === id);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    if (!item || busy) return;
    setBusy(true);
    const outcome = await run('loupe.import.remove', { id: item.id, confirmed: true }, 'button');
    setBusy(false);
    if (outcome.ok) onClose();
  };
  const responses = item ? `${item.imported.toLocaleString()} response${item.imported === 1 ? '' : 's'}` : '';
  return (
    <Modal
      title="Remove Import"
      icon="trash"
      onClose={onClose}
      width={480}
      footer={
        <DialogActions
          onCancel={onClose}
          action={{ label: 'Remove Import', className: 'button-danger', icon: 'trash', disabled: !item || busy, autofocus: true, onClick: () => void remove() }}
        />
      }
    >
      {item ? (
        <div className="confirm-text">
          <p>
            Remove <strong>{item.sourceName}</strong> from this project?
          </p>
          <p>
            Its <strong>{responses}</strong>, their verbatims, and everything derived from them go with it. This cannot be undone; the file
            itself stays where it is and can be imported again.
          </p>
        </div>
      ) : (
        <p>This import is not in the project any more.</p>
      )}
    </Modal>
  );
}
