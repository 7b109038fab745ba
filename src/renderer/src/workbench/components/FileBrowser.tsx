import { useQuery } from '@tanstack/react-query';
import type { KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { FileEntry } from '../../../../shared/model';
import { serializeError } from '../../../../shared/errors';
import { useApi } from '../../services/ApiProvider';
import { IconButton } from './Button';
import { Codicon } from './Codicon';
import { splitPath } from './pathSegments';
import './fileBrowser.css';

/** 'project' opens *.loupe files; 'folder' picks a directory; 'data' picks a survey export; 'codebook' a .qdc or .csv codebook. */
export type FileBrowserMode = 'project' | 'folder' | 'data' | 'codebook';

interface FileBrowserProps {
  readonly mode: FileBrowserMode;
  readonly initialPath?: string;
  /** The entry to select when its folder is first shown (the file chosen last time). */
  readonly initialSelection?: string;
  /** Called with a path typed or chosen that is not a folder to enter (a project or file to open). */
  readonly onSubmitFile: (path: string) => void;
  /** The folder shown or the entry selected changed (for the dialog's buttons). */
  readonly onSelection: (selection: { folder?: string; entry?: FileEntry }) => void;
}

/** What each mode lists, and how it talks about it. */
const MODES: Readonly<Record<FileBrowserMode, { show: 'projects' | 'data' | 'codebooks'; fileName?: RegExp; label: string; placeholder: string; empty: string }>> = {
  project: {
    show: 'projects',
    fileName: /\.loupe$/i,
    label: 'Project file or folder path',
    placeholder: 'Type a path to a .loupe file or a folder, then Enter',
    empty: 'No Loupe projects or folders here.',
  },
  folder: { show: 'projects', label: 'Folder path', placeholder: 'Type a folder path, then Enter', empty: 'No folders here.' },
  data: {
    show: 'data',
    fileName: /\.(csv|tsv|txt|xlsx)$/i,
    label: 'File or folder path',
    placeholder: 'Type a path to a .csv, .tsv, .txt or .xlsx file or a folder, then Enter',
    empty: 'No survey exports (.csv, .tsv, .txt, .xlsx) or folders here.',
  },
  codebook: {
    show: 'codebooks',
    fileName: /\.(qdc|csv)$/i,
    label: 'Codebook file or folder path',
    placeholder: 'Type a path to a .qdc or .csv codebook or a folder, then Enter',
    empty: 'No codebooks (.qdc, .csv) or folders here.',
  },
};

const ICONS: Readonly<Record<FileEntry['kind'], string>> = { directory: 'folder', project: 'folder-library', file: 'table' };

/** "12 KB", "3.4 MB": a file size as a listing shows it. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : Number(value.toFixed(1))} ${units[unit]}`;
}

function describe(entry: FileEntry): string {
  const parts = [entry.kind === 'file' && entry.size !== undefined ? formatSize(entry.size) : '', entry.modifiedAt ? new Date(entry.modifiedAt).toLocaleString() : ''];
  return parts.filter(Boolean).join(' · ');
}

/**
 * An in-app file browser over files.list: a path box (Enter opens what it names), a breadcrumb,
 * an Up button and a keyboard-navigable list (arrows, Enter, Backspace for the parent folder).
 */
export function FileBrowser({ mode, initialPath, initialSelection, onSubmitFile, onSelection }: FileBrowserProps) {
  const client = useApi();
  const config = MODES[mode];
  const ids = useId();
  const [folder, setFolder] = useState<string | undefined>(initialPath);
  const [text, setText] = useState(initialPath ?? '');
  const [selected, setSelected] = useState(0);
  const [textError, setTextError] = useState<string | undefined>(undefined);
  const list = useRef<HTMLUListElement>(null);

  const listing = useQuery({
    queryKey: ['files.list', folder ?? '', config.show],
    queryFn: () => client.api.files.list({ ...(folder ? { path: folder } : {}), show: config.show }),
    retry: false,
    staleTime: 0,
    meta: { silent: true },
  });
  const entries = (listing.data?.entries ?? []).filter((entry) => mode !== 'folder' || entry.kind === 'directory');
  const current = entries[Math.min(selected, entries.length - 1)];

  // The path box follows the folder shown (adjusted while rendering, not in an effect).
  const [shownPath, setShownPath] = useState<string | undefined>(undefined);
  if (listing.data && listing.data.path !== shownPath) {
    const at = shownPath === undefined && initialSelection ? entries.findIndex((entry) => entry.path === initialSelection) : -1;
    setShownPath(listing.data.path);
    setText(listing.data.path);
    if (at >= 0) setSelected(at);
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
    if (config.fileName?.test(path)) return onSubmitFile(path);
    try {
      const result = await client.api.files.list({ path, show: config.show });
      navigate(result.path);
    } catch (error) {
      if (mode !== 'folder') onSubmitFile(path);
      else setTextError(serializeError(error).message);
    }
  };

  const onListKey = (event: KeyboardEvent) => {
    const last = entries.length - 1;
    const moves: Record<string, number> = { ArrowDown: selected + 1, ArrowUp: selected - 1, Home: 0, End: last, PageDown: selected + 10, PageUp: selected - 10 };
    if (event.key in moves) setSelected(Math.max(0, Math.min(last, moves[event.key] ?? 0)));
    else if (event.key === 'Enter' && !event.altKey) activate(current);
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
          aria-label={config.label}
          placeholder={config.placeholder}
          value={text}
          spellCheck={false}
          aria-invalid={textError ? true : undefined}
          data-autofocus
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.altKey) {
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
        aria-activedescendant={current ? `${ids}-${selected}` : undefined}
        onKeyDown={onListKey}
      >
        {listing.isPending && <li className="file-browser-note">Loading…</li>}
        {error && <li className="file-browser-note error">{error.message}{error.detail ? ` (${error.detail})` : ''}</li>}
        {listing.data && entries.length === 0 && <li className="file-browser-note">{config.empty}</li>}
        {entries.map((entry, i) => (
          <li
            key={entry.path}
            id={`${ids}-${i}`}
            role="option"
            aria-selected={i === selected}
            className={`list-row ${i === selected ? 'selected' : ''} ${entry.kind}`}
            onClick={() => setSelected(i)}
            onDoubleClick={() => activate(entry)}
          >
            <Codicon name={ICONS[entry.kind]} />
            <span className="list-row-label">{entry.name}</span>
            <span className="list-row-description">{describe(entry)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
