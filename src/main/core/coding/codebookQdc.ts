import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../../shared/errors';
import type { Theme } from '../../../shared/coding';
import type { CodebookEntry } from './codebookCsv';

/** REFI-QDA's codebook namespace (Codebook.xsd, version 1.0). */
export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const MAX_BYTES = 20 * 1024 * 1024;

interface QdcCode {
  guid?: string;
  name?: string;
  color?: string;
  Description?: string | { '#text'?: string };
  Code?: QdcCode[];
}

/** ">" separates a parent from its child in Loupe's names: a code named with one keeps a look-alike. */
const loupeName = (name: string) => name.replace(/>/g, '›').trim();

/**
 * Reads a REFI-QDA codebook (.qdc, as NVivo, ATLAS.ti, MAXQDA and QualCoder export it): nested
 * Code elements with guid, name, color and Description become themes in the same tree.
 */
export function readCodebookQdc(path: string): CodebookEntry[] {
  const fileName = basename(path);
  let text: string;
  try {
    if (statSync(path).size > MAX_BYTES) throw new AppError('BAD_INPUT', `"${fileName}" is larger than a codebook can be (20 MB).`);
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', `Cannot read "${path}".`, { detail: String(error) });
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new AppError('BAD_INPUT', `"${fileName}" is not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`, {
      detail: 'Export the codebook again as a REFI-QDA codebook (.qdc). Nothing was imported.',
    });
  }
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, isArray: (name) => name === 'Code', processEntities: true });
  const root = (parser.parse(text) as { CodeBook?: { Codes?: { Code?: QdcCode[] } } }).CodeBook;
  if (!root) throw new AppError('BAD_INPUT', `"${fileName}" is not a REFI-QDA codebook: it has no CodeBook element.`, { detail: 'Nothing was imported.' });
  const entries: CodebookEntry[] = [];
  const walk = (codes: QdcCode[] | undefined, parents: string[]) => {
    for (const code of codes ?? []) {
      const name = loupeName(code.name ?? '');
      if (name === '') throw new AppError('BAD_INPUT', `"${fileName}" has a Code without a name${code.guid ? ` (guid ${code.guid})` : ''}.`, { detail: 'Nothing was imported.' });
      const description = typeof code.Description === 'string' ? code.Description : (code.Description?.['#text'] ?? '');
      const color = code.color && /^#[0-9a-f]{6}$/i.test(code.color) ? code.color.toLowerCase() : undefined;
      const names = [...parents, name];
      entries.push({ names, ...(description.trim() ? { description: description.trim() } : {}), ...(color ? { color } : {}), ...(code.guid ? { guid: code.guid } : {}) });
      walk(code.Code, names);
    }
  };
  walk(root.Codes?.Code, []);
  if (entries.length === 0) throw new AppError('BAD_INPUT', `"${fileName}" holds no codes.`);
  return entries;
}

/** Writes the codebook as a REFI-QDA codebook: nested Code elements with guid, name, color and Description. */
export function writeCodebookQdc(themes: readonly Theme[], origin = 'Loupe'): string {
  const children = new Map<number | undefined, Theme[]>();
  for (const t of themes) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
  const code = (t: Theme): Record<string, unknown> => ({
    '@_guid': t.guid,
    '@_name': t.name,
    '@_isCodable': 'true',
    '@_color': t.color.toUpperCase(),
    ...(t.description ? { Description: t.description } : {}),
    ...(children.has(t.id) ? { Code: children.get(t.id)!.map(code) } : {}),
  });
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false });
  const body = builder.build({
    CodeBook: { '@_xmlns': QDC_NAMESPACE, '@_origin': origin, Codes: { Code: (children.get(undefined) ?? []).map(code) } },
  }) as string;
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}`;
}
