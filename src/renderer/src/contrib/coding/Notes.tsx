import { useState } from 'react';
import type { Note } from '../../../../shared/coding';
import { serializeError } from '../../../../shared/errors';
import { useApi } from '../../services/ApiProvider';
import { Button, IconButton } from '../../workbench/components/Button';
import { SubmitForm } from '../../workbench/components/SubmitForm';
import { FieldProblem } from '../../workbench/components/FieldProblem';

const when = (iso: string) => new Date(iso).toLocaleString();

/** A note (a memo) with who wrote it and when; it can be edited or deleted. */
export function NoteItem({ note, onChanged }: { note: Note; onChanged: () => void }) {
  const client = useApi();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | undefined>(undefined);
  const run = (work: Promise<unknown>) =>
    work
      .then(() => {
        setEditing(false);
        setError(undefined);
        onChanged();
      })
      .catch((e: unknown) => setError(serializeError(e).message));
  return (
    <li className="note">
      <div className="note-meta">
        <strong>{note.coder}</strong> <span className="muted">{when(note.updatedAt)}</span>
        <span className="spacer" />
        <IconButton icon="edit" label="Edit note" onClick={() => setEditing(!editing)} />
        <IconButton icon="trash" label="Delete note" onClick={() => void run(client.api.notes.delete({ id: note.id }))} />
      </div>
      {editing ? (
        <SubmitForm className="note-form" onSubmit={() => void run(client.api.notes.update({ id: note.id, text }))}>
          <textarea className="text-input" aria-label="Note text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <Button type="submit" disabled={!text.trim()}>
            Save Note
          </Button>
        </SubmitForm>
      ) : (
        <p className="note-text">{note.text}</p>
      )}
      <FieldProblem message={error} />
    </li>
  );
}

/** A new note on a verbatim or on a theme: Ctrl+Enter saves it. */
export function AddNote({ on, onChanged }: { on: { verbatimId: number } | { themeId: number }; onChanged: () => void }) {
  const client = useApi();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const add = () =>
    client.api.notes
      .add({ ...on, text })
      .then(() => {
        setText('');
        setError(undefined);
        onChanged();
      })
      .catch((e: unknown) => setError(serializeError(e).message));
  return (
    <SubmitForm className="note-form" onSubmit={() => void add()}>
      <textarea
        className="text-input"
        aria-label="New note"
        rows={2}
        placeholder="Add a note (a memo): why it was coded so, a quote for the memo… Ctrl+Enter saves"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void add();
          }
        }}
      />
      <Button type="submit" variant="secondary" disabled={!text.trim()}>
        Add Note
      </Button>
      <FieldProblem message={error} />
    </SubmitForm>
  );
}

