import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FileEntry } from '../../../../shared/model';
import { useApi } from '../../services/ApiProvider';
import { FileBrowser } from '../../workbench/components/FileBrowser';
import { Modal } from '../../workbench/components/Modal';
import { notify } from '../../workbench/notifications/notificationStore';
import type { DialogProps } from '../../workbench/registry';
import { codesChanged } from './codingEvents';
import { DialogError } from '../../workbench/components/DialogError';
import { DialogActions } from '../../workbench/components/DialogActions';
import { useDialogWork } from '../../workbench/components/useDialogWork';

/**
 * Import Codebook: pick a REFI-QDA codebook (.qdc from NVivo, ATLAS.ti, MAXQDA or QualCoder) or a
 * CSV with path-style names. Themes the codebook lacks are created, as one undoable action; a file
 * that cannot be read changes nothing and says where it is wrong.
 */
export function ImportCodebookDialog({ onClose }: DialogProps) {
  const client = useApi();
  const queryClient = useQueryClient();
  const [selection, setSelection] = useState<{ folder?: string; entry?: FileEntry }>({});
  const { busy, error, work } = useDialogWork();

  const importFile = (path: string) =>
    work(async () => {
      const result = await client.api.codebook.import({ path });
      codesChanged(queryClient);
      notify({ severity: 'info', message: `Imported the codebook: ${result.created} new theme${result.created === 1 ? '' : 's'}; the codebook holds ${result.themes}.` });
      onClose();
    });

  const file = selection.entry?.kind === 'file' ? selection.entry : undefined;
  return (
    <Modal
      title="Import Codebook"
      icon="cloud-download"
      onClose={onClose}
      width={640}
      footer={
        <DialogActions
          hint="A REFI-QDA codebook (.qdc) or a CSV with a path column (“Billing > Double charge”)."
          onCancel={onClose}
          action={{ label: 'Import', disabled: !file || busy, onClick: () => file && void importFile(file.path) }}
        />
      }
    >
      <FileBrowser mode="codebook" onSubmitFile={(path) => void importFile(path)} onSelection={setSelection} />
      <DialogError error={error} />
    </Modal>
  );
}
