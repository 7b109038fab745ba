import { AppError } from '../../../shared/errors';
import type { Note } from '../../../shared/coding';
import { CodingLog } from './codingLog';
import type { ProjectDb } from './connection';

const MAX_NOTE = 20_000;

interface NoteRow {
  id: number;
  verbatimId: number | null;
  themeId: number | null;
  coder: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT n.id, n.verbatim_id AS verbatimId, n.theme_id AS themeId, k.name AS coder, n.text, n.created_at AS createdAt, n.updated_at AS updatedAt
                FROM notes n JOIN coders k ON k.id = n.coder_id`;

function toNote(r: NoteRow): Note {
  return {
    id: r.id,
    ...(r.verbatimId === null ? {} : { verbatimId: r.verbatimId }),
    ...(r.themeId === null ? {} : { themeId: r.themeId }),
    coder: r.coder,
    text: r.text,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function checkText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new AppError('BAD_INPUT', 'A note needs some text.', { detail: 'To remove a note, delete it.' });
  if (trimmed.length > MAX_NOTE) throw new AppError('BAD_INPUT', `A note holds at most ${MAX_NOTE.toLocaleString('en')} characters (this one has ${trimmed.length.toLocaleString('en')}).`);
  return trimmed;
}

/** Notes (memos, in QDA terms) on verbatims and on themes, each by a coder. */
export class NoteRepository {
  constructor(private readonly db: ProjectDb) {}

  add(coder: string, on: { verbatimId: number } | { themeId: number }, text: string, at = new Date().toISOString()): Note {
    const body = checkText(text);
    if ('verbatimId' in on && !this.db.prepare('SELECT 1 FROM verbatims WHERE id = ?').get(on.verbatimId)) {
      throw new AppError('NOT_FOUND', `The project has no verbatim ${on.verbatimId}.`);
    }
    if ('themeId' in on && !this.db.prepare('SELECT 1 FROM themes WHERE id = ? AND active = 1').get(on.themeId)) {
      throw new AppError('NOT_FOUND', `The codebook has no theme ${on.themeId}.`);
    }
    const coderId = new CodingLog(this.db).coderId(coder);
    const id = Number(
      this.db
        .prepare('INSERT INTO notes (verbatim_id, theme_id, coder_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run('verbatimId' in on ? on.verbatimId : null, 'themeId' in on ? on.themeId : null, coderId, body, at, at).lastInsertRowid,
    );
    return this.get(id);
  }

  update(id: number, text: string, at = new Date().toISOString()): Note {
    this.get(id);
    this.db.prepare('UPDATE notes SET text = ?, updated_at = ? WHERE id = ?').run(checkText(text), at, id);
    return this.get(id);
  }

  delete(id: number): void {
    this.get(id);
    this.db.prepare('DELETE FROM notes WHERE id = ?').run(id);
  }

  get(id: number): Note {
    const row = this.db.prepare(`${SELECT} WHERE n.id = ?`).get(id) as NoteRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', `The project has no note ${id}.`, { detail: 'It may have been deleted.' });
    return toNote(row);
  }

  /** The notes on these verbatims, oldest first. */
  onVerbatims(ids: readonly number[]): Note[] {
    return (this.db.prepare(`${SELECT} WHERE n.verbatim_id IN (SELECT value FROM json_each(?)) ORDER BY n.id`).all(JSON.stringify(ids)) as NoteRow[]).map(toNote);
  }

  onTheme(themeId: number): Note[] {
    return (this.db.prepare(`${SELECT} WHERE n.theme_id = ? ORDER BY n.id`).all(themeId) as NoteRow[]).map(toNote);
  }
}
