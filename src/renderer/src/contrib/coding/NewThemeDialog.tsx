import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { themeShortcutProblem } from '../../../../shared/coding';
import { serializeError, type AppErrorData } from '../../../../shared/errors';
import { useApi } from '../../services/ApiProvider';
import { Button } from '../../workbench/components/Button';
import { Modal } from '../../workbench/components/Modal';
import type { DialogProps } from '../../workbench/registry';
import { codesChanged } from './codingEvents';

/** New Theme: a name and an optional one-key shortcut for coding in the grid. */
export function NewThemeDialog({ onClose }: DialogProps) {
  const client = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [shortcut, setShortcut] = useState('');
  const [error, setError] = useState<AppErrorData | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const key = shortcut.trim().toLowerCase();
  const shortcutProblem = key ? themeShortcutProblem(key) : undefined;

  const create = async () => {
    if (!name.trim() || busy || shortcutProblem) return;
    setBusy(true);
    setError(undefined);
    try {
      await client.api.codebook.create({ name: name.trim(), ...(key ? { shortcut: key } : {}) });
      codesChanged(queryClient);
      onClose();
    } catch (e) {
      setError(serializeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="New Theme"
      icon="tag"
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!name.trim() || busy || Boolean(shortcutProblem)} onClick={() => void create()}>
            Create
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <div className="form-field">
          <label htmlFor="new-theme-name">Name</label>
          <input id="new-theme-name" className="text-input" data-autofocus maxLength={200} placeholder="e.g. Long waits" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor="new-theme-shortcut">Shortcut key (optional)</label>
          <input id="new-theme-shortcut" className="text-input shortcut-input" maxLength={1} value={shortcut} onChange={(e) => setShortcut(e.target.value)} />
          {shortcutProblem && <p className="field-problem">{shortcutProblem}</p>}
        </div>
        {error && (
          <div className="dialog-error" role="alert">
            {error.message}
            {error.detail ? ` ${error.detail}` : ''}
          </div>
        )}
        <button type="submit" hidden />
      </form>
    </Modal>
  );
}
