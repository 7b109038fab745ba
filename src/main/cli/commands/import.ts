import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { columnMappingSchema, DATE_LAYOUTS, DELIMITERS, IMPORT_KINDS, PLATFORM_IDS, TEXT_ENCODINGS, type ImportOptions, type ImportPreview, type ImportResult } from '../../../shared/imports';
import type { JobInfo } from '../../../shared/model';
import { cliServices, type CommonOptions } from '../environment';
import { waitForJob } from '../jobWait';
import { printResult, reportError } from '../output';

interface ImportCliOptions extends CommonOptions {
  readonly project: string;
  readonly kind?: string;
  readonly mapping?: string;
  readonly skipBadRows?: boolean;
  readonly skipRows?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly sheet?: string;
  readonly format?: string;
  readonly dateLayout?: string;
  readonly timeZone?: string;
  readonly saveTemplate?: string;
  readonly preview?: boolean;
  readonly progress?: boolean;
  readonly json?: boolean;
}

const DELIMITER_WORDS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' };

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AppError('BAD_INPUT', `${option} must be one of ${allowed.join(', ')}; "${value}" is not.`);
}

function readMapping(file: string): ImportOptions['mapping'] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('BAD_INPUT', `Cannot read the mapping file "${file}".`, { detail: error instanceof Error ? error.message : String(error) });
  }
  const parsed = columnMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('BAD_INPUT', `The mapping file "${file}" is not valid: ${issue.path.join('.') || '(top)'}: ${issue.message}.`, {
      detail: 'It needs "score" (a column name), "verbatims" and "segments" (lists of column names), and may name "date", "respondentId", "customerKey" and "email".',
    });
  }
  return parsed.data;
}

function rowCount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,3}$/.test(value.trim()) && Number(value) <= 100) return Number(value);
  throw new AppError('BAD_INPUT', `${option} must be a whole number from 0 to 100; "${value}" is not.`);
}

function toOptions(file: string, o: ImportCliOptions): ImportOptions {
  const skipRows = rowCount(o.skipRows, '--skip-rows');
  const delimiter = o.delimiter === undefined ? undefined : (DELIMITER_WORDS[o.delimiter] ?? o.delimiter);
  const options: ImportOptions = {
    path: file,
    dataset: oneOf(o.kind, IMPORT_KINDS, '--kind') ?? 'survey',
    ...(o.mapping ? { mapping: readMapping(o.mapping) } : {}),
    ...(o.skipBadRows ? { skipBadRows: true } : {}),
    ...(skipRows !== undefined ? { skipRows } : {}),
    ...(o.encoding ? { encoding: oneOf(o.encoding, TEXT_ENCODINGS, '--encoding') } : {}),
    ...(delimiter ? { delimiter: oneOf(delimiter, DELIMITERS, '--delimiter (comma, semicolon, tab or pipe)') } : {}),
    ...(o.sheet ? { sheet: o.sheet } : {}),
    ...(o.format ? { platform: oneOf(o.format, PLATFORM_IDS, '--format') } : {}),
    ...(o.dateLayout ? { dateLayout: oneOf(o.dateLayout, DATE_LAYOUTS, '--date-layout') } : {}),
    ...(o.timeZone ? { timeZone: o.timeZone } : {}),
    ...(o.saveTemplate ? { saveTemplateAs: o.saveTemplate } : {}),
  };
  return options;
}

function describeResult(r: ImportResult): string[] {
  const excluded = Object.entries(r.excluded).map(([reason, n]) => `${n} ${reason}`).join(', ');
  return [
    `Imported ${r.imported.toLocaleString('en')} of ${r.rowsRead.toLocaleString('en')} rows (${r.format}, ${r.encoding}${r.delimiter ? `, ${JSON.stringify(r.delimiter)}` : ''})`,
    ...(r.alreadyThere ? [`  ${r.alreadyThere.toLocaleString('en')} responses were already in the project`] : []),
    ...(r.aboveHeader?.length ? [`  left out ${r.aboveHeader.length} row(s) above the header: ${r.aboveHeader.map((t) => JSON.stringify(t)).join(', ')}`] : []),
    ...(excluded ? [`  left out of NPS: ${excluded}`] : []),
    ...(r.skipped.length ? [`  skipped ${r.skipped.length} unreadable rows:`, ...r.skipped.slice(0, 20).map((s) => `    line ${s.line}${s.column ? `, column ${s.column}` : ''}: ${s.message}`)] : []),
    `  NPS ${r.nps.nps === undefined ? 'n/a' : r.nps.nps.toFixed(1)} (n = ${r.nps.n}: ${r.nps.promoters} promoters, ${r.nps.passives} passives, ${r.nps.detractors} detractors)`,
    ...(r.rules ?? []).map((rule) => `  rule for “${rule.theme}” coded ${rule.coded.toLocaleString('en')} new verbatim${rule.coded === 1 ? '' : 's'}`),
  ];
}

function describePreview(p: ImportPreview): string[] {
  return [
    `${p.fileName}: ${p.formatName}, ${p.container}${p.encoding ? `, ${p.encoding} (${p.encodingReason})` : ''}${p.delimiter ? `, delimiter ${JSON.stringify(p.delimiter)}` : ''}, ${p.headerRows} header row(s)`,
    ...(p.aboveHeader.length ? [`  left out ${p.aboveHeader.length} row(s) above the header: ${p.aboveHeader.map((t) => JSON.stringify(t)).join(', ')} (--skip-rows to change)`] : []),
    ...p.columns.map((c) => `  ${c.role.padEnd(12)} ${c.name}${c.helper ? '  (helper column)' : ''}`),
    ...(p.dateLayout ? [`  dates: ${p.dateLayout}${p.dateAmbiguous ? ' (assumed)' : ''}${p.timeZone ? `, zone ${p.timeZone}` : ''}`] : []),
    ...p.warnings.map((w) => `  ! ${w}`),
  ];
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Import a survey export (CSV, TSV, semicolon/pipe text, XLSX) into a project, in one transaction')
    .argument('<file>', 'the export, untouched')
    .requiredOption('--project <file>', 'the .loupe project (created when missing)')
    .option('--kind <kind>', 'what the file holds: survey|contacts|status-history', 'survey')
    .option('--mapping <file.json>', 'column roles: {"score", "verbatims", "segments", "date", "respondentId", "customerKey", "email"}')
    .option('--skip-bad-rows', 'import the readable rows and list the others')
    .option('--skip-rows <n>', 'rows above the header to leave out (a title, notes); detected when not given')
    .option('--encoding <name>', `override the detected encoding: ${TEXT_ENCODINGS.join('|')}`)
    .option('--delimiter <d>', 'override the detected delimiter: comma|semicolon|tab|pipe')
    .option('--sheet <name>', 'the XLSX sheet to read (the first by default)')
    .option('--format <platform>', `override the detected survey tool: ${PLATFORM_IDS.join('|')}`)
    .option('--date-layout <layout>', `override the detected date layout: ${DATE_LAYOUTS.join('|')}`)
    .option('--time-zone <zone>', 'zone of dates written without one (IANA name, e.g. Europe/Berlin)')
    .option('--save-template <name>', 'save the mapping as a named template for the next export of this survey')
    .option('--preview', 'only show how the file would be imported')
    .option('--progress', 'print a "progress {json}" line on stderr for every progress update (for scripts)')
    .option('--data-dir <dir>', 'folder for per-user state')
    .option('--json', 'print one JSON object')
    .action(async (file: string, o: ImportCliOptions) => {
      const services = cliServices(o);
      try {
        const options = toOptions(file, o);
        try {
          await services.invoke('projects.open', { path: o.project });
        } catch (error) {
          if (!(error instanceof AppError && error.code === 'PROJECT_NOT_FOUND')) throw error;
          await services.invoke('projects.create', { path: o.project });
        }
        if (o.preview) {
          const preview = (await services.invoke('imports.inspect', options)) as ImportPreview;
          printResult(Boolean(o.json), preview, () => describePreview(preview));
        } else {
          const started = (await services.invoke('jobs.start', { kind: 'import', ...options })) as JobInfo;
          const result = await waitForJob<ImportResult>(services, started, Boolean(o.json), Boolean(o.progress));
          printResult(Boolean(o.json), result, () => describeResult(result));
        }
      } catch (error) {
        process.exitCode = reportError(error, Boolean(o.json));
      } finally {
        await services.close();
      }
    });
}
