/** The longest file name an upload keeps (extension included); far below every file system's limit. */
const MAX_NAME_LENGTH = 120;

/** Device names Windows refuses as a file name, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A file name that is safe to create inside the upload folder, from the name the browser sent.
 * Only the last path segment is kept (either separator), and only letters, digits, marks, space
 * and `. _ - ( )`: anything else, control and format characters included, becomes `_`. Leading
 * dots and spaces go (no hidden files, no `..`), so do trailing ones (Windows drops them); an
 * overlong name keeps its extension. Never empty: "upload" when nothing usable is left.
 */
export function safeUploadName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} ._()-]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (cleaned.length > MAX_NAME_LENGTH) {
    const dot = cleaned.lastIndexOf('.');
    const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
    cleaned = `${cleaned.slice(0, MAX_NAME_LENGTH - ext.length).replace(/[.\s]+$/, '')}${ext}`;
  }
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return 'upload';
  return WINDOWS_RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}
