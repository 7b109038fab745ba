/** Path display helpers for paths the core hands us (POSIX or Windows); no file access. */

export function pathSeparator(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
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

/** The last segment of a path: its file or folder name. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

export function joinPath(folder: string, name: string): string {
  const sep = pathSeparator(folder);
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/** The folder holding a path, or undefined at the root. */
export function parentFolder(path: string | undefined): string | undefined {
  const at = path ? Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) : -1;
  return path && at > 0 ? path.slice(0, at) : undefined;
}
