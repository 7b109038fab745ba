/** Path helpers for paths the core hands us (POSIX or Windows); display only, no file access. */
export { joinPath, pathSeparator, splitPath, type PathSegment } from '../../workbench/components/pathSegments';

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
