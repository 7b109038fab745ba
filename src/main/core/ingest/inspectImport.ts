import { AppError } from '../../../shared/errors';
import { roleOfColumn, type ColumnMapping, type ColumnPreview, type DateLayout, type ImportOptions, type ImportPreview } from '../../../shared/imports';
import { DateLayoutEvidence } from './dates';
import { createRowPacker, previewRow } from './interpretRow';
import { emptyRowValues } from '../db/packedRows';
import { openTable, type OpenedTable } from './openTable';
import { detectPlatform } from './platforms/detectPlatform';
import type { DetectedLayout, PlatformProfile } from './platforms/platformTypes';
import type { RawRecord } from './readers/tableTypes';
import { headerSignature, suggestMapping } from './roles';
import { preambleText } from './sniff/preamble';

export const PREVIEW_SAMPLE_ROWS = 300;
export const PREVIEW_ROWS = 20;

export interface TemplateLookup {
  (signature: string): { name: string; mapping: ColumnMapping } | undefined;
}

/** The head of a table: its header records and up to `sample` data records. */
export async function readHead(table: OpenedTable, sample: number): Promise<RawRecord[]> {
  const head: RawRecord[] = [];
  for await (const record of table.records()) {
    head.push(record);
    if (head.length >= sample + 3) break;
  }
  return head;
}

export interface Inspection {
  readonly table: OpenedTable;
  readonly profile: PlatformProfile;
  readonly layout: DetectedLayout;
  readonly preview: ImportPreview;
}


/** Decides how the date column writes its dates, from the values at hand. */
export function decideDateLayout(values: readonly string[]): { layout?: DateLayout; ambiguous: boolean } {
  const evidence = new DateLayoutEvidence();
  for (const v of values) evidence.add(v);
  const decided = evidence.decide();
  return decided ? { layout: decided.layout, ambiguous: decided.ambiguous } : { ambiguous: false };
}

/**
 * Reads the start of a file and says how Loupe would import it: container,
 * encoding, delimiter, survey tool, header rows, each column's suggested role,
 * the date layout, and the first rows exactly as they would be imported.
 */
export async function inspectImport(options: ImportOptions, findTemplate: TemplateLookup): Promise<Inspection> {
  const table = await openTable(options.path, options);
  const head = await readHead(table, PREVIEW_SAMPLE_ROWS);
  if (head.length === 0) throw new AppError('BAD_INPUT', `"${table.fileName}" has no rows.`);
  const detected = detectPlatform(
    head.slice(0, 4).map((r) => r.fields),
    options.platform,
  );
  if (!detected) {
    throw new AppError('BAD_INPUT', `"${table.fileName}" does not look like an export of the chosen survey tool.`, {
      detail: 'Choose "Table with one header row" or let Loupe detect the format.',
    });
  }
  const { profile, layout } = detected;
  const data = head.slice(layout.headerRows);
  if (data.length === 0) {
    throw new AppError('BAD_INPUT', `"${table.fileName}" has only header rows and no responses.`, {
      detail: `Loupe read ${layout.headerRows} header row${layout.headerRows === 1 ? '' : 's'} (${profile.name}) and nothing after them.`,
    });
  }
  const rows = data.map((r) => r.fields);
  const suggested = suggestMapping(layout.columns, rows, profile);
  const signature = headerSignature(layout.columns);
  const template = options.mapping ? undefined : findTemplate(signature);
  const mapping = options.mapping ?? template?.mapping ?? suggested.mapping;
  const mappingSource: ImportPreview['mappingSource'] = options.mapping ? 'given' : template ? 'template' : mapping ? 'suggested' : 'none';

  const dateColumn = layout.columns.find((c) => c.name === mapping?.date);
  const decided = dateColumn ? decideDateLayout(rows.map((r) => r[dateColumn.index] ?? '')) : { ambiguous: false };
  const dateLayout = options.dateLayout ?? decided.layout;
  const timeZone = options.timeZone ?? dateColumn?.timeZone;

  const warnings: string[] = [];
  if (mapping?.respondentId) {
    const idColumn = layout.columns.find((c) => c.name === mapping.respondentId);
    if (idColumn && rows.some((r) => /^\d(\.\d+)?E\+\d+$/i.test((r[idColumn.index] ?? '').trim()))) {
      warnings.push(`Some "${idColumn.name}" values look like 1.14524E+11: Excel shortened long ids when the file was saved, so Loupe will not use those values as ids. Export the file again from the survey tool to keep them.`);
    }
  }
  if (!mapping) warnings.push('No column holds NPS scores (0–10). Choose the score column.');
  if (!options.dateLayout && decided.ambiguous) {
    warnings.push('Every date in the sample fits both day-first and month-first order; month-first (US) was assumed. Change it if the export is European.');
  }

  let previewRows: ImportPreview['rows'] = [];
  if (mapping) {
    const packRow = createRowPacker(layout, mapping, profile, { ...(dateLayout ? { layout: dateLayout } : {}), ...(timeZone ? { timeZone } : {}) });
    const batch = emptyRowValues(mapping.segments.length);
    for (const record of data.slice(0, PREVIEW_ROWS)) packRow(record, batch);
    previewRows = Array.from({ length: batch.count }, (_, i) => previewRow(batch, i, mapping));
  }
  const columns: ColumnPreview[] = suggested.profiles.map((p) => ({
    name: p.name,
    ...(p.label ? { label: p.label } : {}),
    role: roleOfColumn(mapping, p.name),
    helper: p.helper,
    distinct: p.distinct,
    filled: p.filled,
    samples: p.samples,
    ...(p.dateLayout ? { dateLayout: p.dateLayout } : {}),
  }));
  const preview: ImportPreview = {
    path: options.path,
    fileName: table.fileName,
    container: table.container,
    format: profile.id,
    formatName: profile.name,
    headerRows: layout.headerRows,
    aboveHeader: preambleText(table.skippedAbove()),
    columns,
    mappingSource,
    dateAmbiguous: !options.dateLayout && decided.ambiguous,
    rows: previewRows,
    warnings,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    ...(table.encodingReason ? { encodingReason: table.encodingReason } : {}),
    ...(table.delimiter ? { delimiter: table.delimiter } : {}),
    ...(table.sheets ? { sheets: table.sheets } : {}),
    ...(table.sheet ? { sheet: table.sheet } : {}),
    ...(mapping ? { mapping } : {}),
    ...(template ? { templateName: template.name } : {}),
    ...(dateLayout ? { dateLayout } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
  return { table, profile, layout, preview };
}
