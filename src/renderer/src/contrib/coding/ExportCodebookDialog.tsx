import { useState } from 'react';
import { useApi } from '../../services/ApiProvider';
import { useAppInfo, useCurrentProject } from '../../services/queries';
import { FolderField } from '../../workbench/components/FolderField';
import { Modal } from '../../workbench/components/Modal';
import { notify } from '../../workbench/notifications/notificationStore';
import type { DialogProps } from '../../workbench/registry';
import { joinPath, parentFolder } from '../../workbench/components/pathSegments';
import { DialogError } from '../../workbench/components/DialogError';
import { DialogActions } from '../../workbench/components/DialogActions';
import { SubmitForm } from '../../workbench/components/SubmitForm';
import { useDialogWork } from '../../workbench/components/useDialogWork';

type Format = 'qdc' | 'csv';

/** Export Codebook: a REFI-QDA codebook (.qdc) for QDA tools, or CSV; written whole or not at all. */
export function ExportCodebookDialog({ onClose }: DialogProps) {
  const client = useApi();
  const project = useCurrentProject();
  const appInfo = useAppInfo().data;
  const defaultFolder = parentFolder(project?.path) ?? appInfo?.defaultProjectDir ?? '';
  const [format, setFormat] = useState<Format>('qdc');
  const [name, setName] = useState('codebook');
  const [folder, setFolder] = useState<string | undefined>(undefined);
  const { busy, error, work } = useDialogWork();
  const chosenFolder = folder ?? defaultFolder;
  const base = name.trim().replace(/\.(qdc|csv)$/i, '');
  const path = chosenFolder && base ? joinPath(chosenFolder, `${base}.${format}`) : '';

  const save = () =>
    work(async () => {
      if (!path) return;
      const result = await client.api.codebook.export({ path, format });
      notify({ severity: 'info', message: `Wrote ${result.themes} theme${result.themes === 1 ? '' : 's'} to ${result.path}.` });
      onClose();
    });

  return (
    <Modal
      title="Export Codebook"
      icon="cloud-upload"
      onClose={onClose}
      width={600}
      footer={<DialogActions onCancel={onClose} action={{ label: 'Export', disabled: !path || busy, onClick: () => void save() }} />}
    >
      <SubmitForm className="modal-form" onSubmit={() => void save()}>
        <div className="form-field">
          <label htmlFor="export-codebook-format">Format</label>
          <select id="export-codebook-format" className="select" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            <option value="qdc">REFI-QDA codebook (.qdc): NVivo, ATLAS.ti, MAXQDA, QualCoder</option>
            <option value="csv">CSV (.csv): path, description, color, shortcut</option>
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="export-codebook-name">File name</label>
          <input id="export-codebook-name" className="text-input" data-autofocus maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" hidden />
      </SubmitForm>
      <FolderField id="export-codebook-folder" value={chosenFolder} onChange={setFolder} onEnter={() => void save()} />
      <div className="form-field">
        <span className="hint">The codebook will be written to</span>
        <code className="path-preview selectable" aria-label="Codebook file path">
          {path || 'Type a file name'}
        </code>
      </div>
      <DialogError error={error} />
    </Modal>
  );
}
