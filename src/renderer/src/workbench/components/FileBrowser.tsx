import { useQuery } from '@tanstack/react-query';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { FileEntry } from '../../../../shared/model';
import { serializeError } from '../../../../shared/errors';
import { useApi } from '../../services/ApiProvider';
import { IconButton } from '../../workbench/components/Button';
import { Codicon } from '../../workbench/components/Codicon';
import { splitPath } from './pathUtils';
import './fileBrowser.css';

interface FileBrowserProps {
  /** 'project' opens *.loupe files; 'folder' picks a directory. */
  readonly mode: 'project' | 'folder';
  readonly initialPath?: string;
  /** Called with a path typed or chosen that is not a folder to enter (a project to open). */
  readonly onSubmitFile: (path: string) => void;
  /** The folder shown or the entry selected changed (for the dialog's buttons). */
  readonly onSelection: (selection: { folder?: string; entry?: FileEntry }) => void;
}

const ICONS: Readonly<Record<FileEntry['kind'], string>> = { directory: 'folder', project: 'folder-library', file: 'file' };

/**
 * An in-app file browser over files.list: a path box (Enter opens what it names), a breadcrumb,
 * an Up button and a keyboard-navigable list (arrows, Enter, Backspace for the parent folder).
 */
export function FileBrowser({ mode, initialPath, onSubmitFile, onSelection }: FileBrowserProps) {
  const client = useApi();
  const [folder, setFolder] = useState<string | undefined>(initialPath);
  const [text, setText] = useState(initialPath ?? '');
  const [selected, setSelected] = useState(0);
  const [textError, setTextError] = useState<string | undefined>(undefined);
  const list = useRef<HTMLUListElement>(null);

  const listing = useQuery({
    queryKey: ['files.list', folder ?? '', mode],
    queryFn: () => client.api.files.list({ ...(folder ? { path: folder } : {}), show: 'projects' }),
    retry: false,
    staleTime: 0,
    meta: { silent: true },
  });
  const entries = (listing.data?.entries ?? []).filter((entry) => mode === 'project' || entry.kind === 'directory');
  const current = entries[Math.min(selected, entries.length - 1)];

  // The path box follows the folder shown (adjusted while rendering, not in an effect).
  const [shownPath, setShownPath] = useState<string | undefined>(undefined);
  if (listing.data && listing.data.path !== shownPath) {
    setShownPath(listing.data.path);
    setText(listing.data.path);
  }
  useEffect(() => {
    onSelection({ ...(listing.data ? { folder: listing.data.path } : {}), ...(current ? { entry: current } : {}) });
  }, [listing.data, current, onSelection]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const navigate = (path: string) => {
    setFolder(path);
    setSelected(0);
    setTextError(undefined);
  };
  const activate = (entry: FileEntry | undefined) => {
    if (!entry) return;
    if (entry.kind === 'directory') navigate(entry.path);
    else onSubmitFile(entry.path);
  };
  const up = () => listing.data?.parent && navigate(listing.data.parent);

  /** Enter in the path box: a folder is entered, anything else is handed over to be opened. */
  const submitText = async () => {
    const path = text.trim();
    if (!path) return;
    if (mode === 'project' && /\.loupe$/i.test(path)) return onSubmitFile(path);
    try {
      const result = await client.api.files.list({ path, show: 'projects' });
      navigate(result.path);
    } catch (error) {
      if (mode === 'project') onSubmitFile(path);
      else setTextError(serializeError(error).message);
    }
  };

  const onListKey = (event: KeyboardEvent) => {
    const last = entries.length - 1;
    const moves: Record<string, number> = { ArrowDown: selected + 1, ArrowUp: selected - 1, Home: 0, End: last, PageDown: selected + 10, PageUp: selected - 10 };
    if (event.key in moves) setSelected(Math.max(0, Math.min(last, moves[event.key] ?? 0)));
    else if (event.key === 'Enter') activate(current);
    else if (event.key === 'Backspace' || (event.key === 'ArrowLeft' && event.altKey)) up();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const error = listing.error ? serializeError(listing.error) : undefined;
  return (
    <div className="file-browser">
      <div className="form-row">
        <input
          className="text-input mono"
          aria-label={mode === 'project' ? 'Project file or folder path' : 'Folder path'}
          placeholder={mode === 'project' ? 'Type a path to a .loupe file or a folder, then Enter' : 'Type a folder path, then Enter'}
          value={text}
          spellCheck={false}
          aria-invalid={textError ? true : undefined}
          data-autofocus
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              e.stopPropagation();
              void submitText();
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              list.current?.focus();
            }
          }}
        />
      </div>
      {textError && <div className="error" role="alert">{textError}</div>}
      <nav className="file-browser-crumbs" aria-label="Folder">
        <IconButton icon="arrow-up" label="Parent folder (Backspace)" disabled={!listing.data?.parent} onClick={up} />
        <ol>
          {listing.data &&
            splitPath(listing.data.path).map((segment, i, all) => (
              <li key={segment.path}>
                <button type="button" className="crumb" aria-current={i === all.length - 1 ? 'location' : undefined} onClick={() => navigate(segment.path)}>
                  {segment.label}
                </button>
                {i < all.length - 1 && <Codicon name="chevron-right" />}
              </li>
            ))}
        </ol>
      </nav>
      <ul
        ref={list}
        className="file-browser-list list"
        role="listbox"
        aria-label="Folder contents"
        tabIndex={0}
        aria-activedescendant={current ? `fb-${selected}` : undefined}
        onKeyDown={onListKey}
      >
        {listing.isPending && <li className="file-browser-note">Loading…</li>}
        {error && <li className="file-browser-note error">{error.message}{error.detail ? ` (${error.detail})` : ''}</li>}
        {listing.data && entries.length === 0 && (
          <li className="file-browser-note">{mode === 'project' ? 'No Loupe projects or folders here.' : 'No folders here.'}</li>
        )}
        {entries.map((entry, i) => (
          <li
            key={entry.path}
            id={`fb-${i}`}
            role="option"
            aria-selected={i === selected}
            className={`list-row ${i === selected ? 'selected' : ''} ${entry.kind}`}
            onClick={() => setSelected(i)}
            onDoubleClick={() => activate(entry)}
          >
            <Codicon name={ICONS[entry.kind]} />
            <span className="list-row-label">{entry.name}</span>
            {entry.modifiedAt && <span className="list-row-description">{new Date(entry.modifiedAt).toLocaleString()}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
