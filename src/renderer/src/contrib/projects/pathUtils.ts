/** Path helpers for paths the core hands us (POSIX or Windows); display only, no file access. */
import { pathSeparator } from '../../workbench/components/pathSegments';

export { pathSeparator, splitPath, type PathSegment } from '../../workbench/components/pathSegments';

export function joinPath(folder: string, name: string): string {
  const sep = pathSeparator(folder);
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
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
