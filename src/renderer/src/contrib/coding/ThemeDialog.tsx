import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { themeShortcutProblem, type Theme } from '../../../../shared/coding';
import { readArgs } from '../../commands/commandArgs';
import { useApi } from '../../services/ApiProvider';
import { useCurrentProject, useThemes } from '../../services/queries';
import { useQuery } from '@tanstack/react-query';
import { AddNote, NoteItem } from './Notes';
import { Modal } from '../../workbench/components/Modal';
import type { DialogProps } from '../../workbench/registry';
import { codesChanged } from './codingEvents';
import { DialogError } from '../../workbench/components/DialogError';
import { DialogActions } from '../../workbench/components/DialogActions';
import { SubmitForm } from '../../workbench/components/SubmitForm';
import { useDialogWork } from '../../workbench/components/useDialogWork';

export const themeDialogArgs = z.object({ themeId: z.number().int().positive().optional(), parentId: z.number().int().positive().optional() });

/** The fields a theme is made of, as the form edits them. */
interface Draft {
  readonly name: string;
  readonly description: string;
  readonly color: string;
  readonly shortcut: string;
}

function draftOf(theme: Theme | undefined): Draft {
  return { name: theme?.name ?? '', description: theme?.description ?? '', color: theme?.color ?? '', shortcut: theme?.shortcut ?? '' };
}

/** A theme's notes (memos): what it means, decisions about it. */
function ThemeNotes({ themeId }: { themeId: number }) {
  const client = useApi();
  const project = useCurrentProject();
  const notes = useQuery({
    queryKey: ['notes.ofTheme', project?.path ?? '', themeId],
    queryFn: () => client.api.notes.ofTheme({ themeId }),
    meta: { label: 'Reading the notes' },
  });
  const changed = () => void notes.refetch();
  return (
    <section className="form-field theme-notes" aria-label="Theme notes">
      <strong>Notes</strong>
      <ul className="notes">
        {notes.data?.map((n) => (
          <NoteItem key={n.id} note={n} onChanged={changed} />
        ))}
      </ul>
      <AddNote on={{ themeId }} onChanged={changed} />
    </section>
  );
}

/**
 * New Theme and Edit Theme: name, description, colour and an optional one-key shortcut for coding
 * in the grid. Editing saves every change as one undoable action.
 */
export function ThemeDialog({ args, onClose }: DialogProps) {
  const client = useApi();
  const queryClient = useQueryClient();
  const { themeId, parentId } = readArgs(themeDialogArgs, args) ?? {};
  const themes = useThemes().data;
  const editing = themeId === undefined ? undefined : themes?.find((t) => t.id === themeId);
  const parent = parentId === undefined ? undefined : themes?.find((t) => t.id === parentId);
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing));
  const [loadedFor, setLoadedFor] = useState<number | undefined>(editing?.id);
  if (editing && loadedFor !== editing.id) {
    setLoadedFor(editing.id);
    setDraft(draftOf(editing));
  }
  const { busy, error, work } = useDialogWork();
  const key = draft.shortcut.trim().toLowerCase();
  const shortcutProblem = key ? themeShortcutProblem(key) : undefined;
  const name = draft.name.trim();
  const patch = (fields: Partial<Draft>) => setDraft((d) => ({ ...d, ...fields }));

  const save = () =>
    work(async () => {
      if (!name || shortcutProblem || (themeId !== undefined && !editing)) return;
      const color = /^#[0-9a-f]{6}$/i.test(draft.color) ? { color: draft.color } : {};
      if (editing) {
        await client.api.codebook.update({ id: editing.id, name, description: draft.description, ...color, shortcut: key || null });
      } else {
        await client.api.codebook.create({
          name,
          ...(parent ? { parentId: parent.id } : {}),
          ...(draft.description.trim() ? { description: draft.description } : {}),
          ...color,
          ...(key ? { shortcut: key } : {}),
        });
      }
      codesChanged(queryClient);
      onClose();
    });

  return (
    <Modal
      title={editing ? `Edit Theme “${editing.name}”` : parent ? `New Theme under “${parent.name}”` : 'New Theme'}
      icon="tag"
      onClose={onClose}
      footer={
        <DialogActions
          hint={editing && 'Ctrl+Z in the Verbatims grid undoes the change.'}
          onCancel={onClose}
          action={{ label: editing ? 'Save' : 'Create', disabled: !name || busy || Boolean(shortcutProblem), onClick: () => void save() }}
        />
      }
    >
      <SubmitForm className="modal-form" onSubmit={() => void save()}>
        <div className="form-field">
          <label htmlFor="theme-name">Name</label>
          <input id="theme-name" className="text-input" data-autofocus maxLength={200} placeholder="e.g. Long waits" value={draft.name} onChange={(e) => patch({ name: e.target.value })} />
        </div>
        <div className="form-field">
          <label htmlFor="theme-description">Description (optional)</label>
          <textarea
            id="theme-description"
            className="text-input theme-description"
            rows={3}
            maxLength={10_000}
            placeholder="When to apply it, and when not"
            value={draft.description}
            onChange={(e) => patch({ description: e.target.value })}
          />
        </div>
        <div className="form-row theme-dialog-row">
          <div className="form-field">
            <label htmlFor="theme-shortcut">Shortcut key (optional)</label>
            <input id="theme-shortcut" className="text-input shortcut-input" maxLength={1} value={draft.shortcut} onChange={(e) => patch({ shortcut: e.target.value })} />
          </div>
          <div className="form-field">
            <label htmlFor="theme-color">Colour</label>
            <input
              id="theme-color"
              type="color"
              className="color-input"
              value={/^#[0-9a-f]{6}$/i.test(draft.color) ? draft.color : '#1f77b4'}
              onChange={(e) => patch({ color: e.target.value })}
            />
          </div>
        </div>
        {shortcutProblem && <p className="field-problem">{shortcutProblem}</p>}
        <DialogError error={error} />
        <button type="submit" hidden />
      </SubmitForm>
      {editing && <ThemeNotes themeId={editing.id} />}
    </Modal>
  );
}
