/** Path helpers for paths the core hands us (POSIX or Windows); display only, no file access. */

export function pathSeparator(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

export function joinPath(folder: string, name: string): string {
  const sep = pathSeparator(folder);
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

export interface PathSegment {
  readonly label: string;
  readonly path: string;
}

/** The breadcrumb of a folder: "/home/me" -> "/", "home", "me"; "C:\\Users" -> "C:\\", "Users". */
export function splitPath(path: string): PathSegment[] {
  const sep = pathSeparator(path);
  const root = sep === '/' ? (path.startsWith('/') ? '/' : '') : (/^[A-Za-z]:\\/.exec(path)?.[0] ?? (path.startsWith('\\\\') ? '\\\\' : ''));
  const parts = path.slice(root.length).split(sep).filter(Boolean);
  const segments: PathSegment[] = root ? [{ label: root, path: root }] : [];
  let current = root;
  for (const part of parts) {
    current = current === '' || current.endsWith(sep) ? `${current}${part}` : `${current}${sep}${part}`;
    segments.push({ label: part, path: current });
  }
  return segments;
}

/** A safe file name from a project name: no path separators or characters Windows refuses. */
export function projectFileName(name: string): string {
  const cleaned = name
    .trim()
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .split('')
    .filter((ch) => ch.charCodeAt(0) >= 32)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return `${cleaned || 'Untitled'}.loupe`;
}

export const isProjectPath = (path: string) => /\.loupe$/i.test(path.trim());
