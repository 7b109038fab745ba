import { columnsFrom, lower, type ColumnHeader, type DetectedLayout, type PlatformProfile, type RowExclusion, type RowValues } from './platformTypes';

/** Status codes and labels of rows that are not real responses (Qualtrics "Response Type"). */
const NOT_REAL_STATUS: ReadonlyMap<string, RowExclusion> = new Map([
  ['1', 'preview'],
  ['survey preview', 'preview'],
  ['17', 'preview'],
  ['offline survey preview', 'preview'],
  ['2', 'test'],
  ['survey test', 'test'],
  ['8', 'spam'],
  ['spam', 'spam'],
  ['9', 'spam'],
  ['survey preview spam', 'spam'],
  ['12', 'spam'],
  ['imported spam', 'spam'],
  ['40', 'spam'],
  ['ex spam', 'spam'],
]);

function parseImportId(cell: string): { importId?: string; timeZone?: string } | undefined {
  const text = cell.trim();
  if (!text.startsWith('{')) return undefined;
  try {
    const value = JSON.parse(text) as { ImportId?: unknown; timeZone?: unknown };
    if (typeof value.ImportId !== 'string') return undefined;
    return { importId: value.ImportId, ...(typeof value.timeZone === 'string' && value.timeZone ? { timeZone: value.timeZone } : {}) };
  } catch {
    return undefined;
  }
}

function exclusion(row: RowValues): RowExclusion | undefined {
  const status = NOT_REAL_STATUS.get(lower(row('Status') ?? row('V7')));
  if (status) return status;
  const channel = lower(row('DistributionChannel'));
  if (channel === 'preview') return 'preview';
  if (channel === 'test') return 'test';
  return undefined;
}

const TEXT_IQ = / - (Topics|Parent Topics|Sentiment|Sentiment Polarity|Sentiment Score|Topic Sentiment Label|Topic Sentiment Score|Topic Hierarchy Level \d+|Actionability|Effort|Emotion|Emotion Intensity)$/i;
const METADATA = new Set(
  ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId',
    'RecipientLastName', 'RecipientFirstName', 'RecipientEmail', 'ExternalReference', 'LocationLatitude', 'LocationLongitude',
    'LocationAccuracy', 'DistributionChannel', 'UserLanguage', 'Q_RecaptchaScore', 'Q_RelevantIDDuplicate', 'Q_RelevantIDDuplicateScore',
    'Q_RelevantIDFraudScore', 'Q_RelevantIDLastStartDate', 'Q_TerminateFlag', 'Q_BallotBoxStuffing', 'V1', 'V2', 'V3', 'V4', 'V5',
    'V6', 'V7', 'V8', 'V9', 'V10'].map((n) => n.toLowerCase()),
);

/** Text iQ columns are Qualtrics' own coding; _NPS_GROUP and timing/display-order columns are derived. */
function isHelperColumn(column: ColumnHeader): boolean {
  if (METADATA.has(column.name.toLowerCase())) return true;
  if (/_NPS_GROUP$/i.test(column.name) || /_NPS_GROUP$/i.test(column.importId ?? '')) return true;
  if (/_DO$|_(First Click|Last Click|Page Submit|Click Count)$/i.test(column.name)) return true;
  if (/^QID\d+_TEXT_[0-9a-f]+/i.test(column.importId ?? '') || TEXT_IQ.test(column.name)) return true;
  return false;
}

export const qualtrics: PlatformProfile = {
  id: 'qualtrics',
  name: 'Qualtrics',
  detect(head): DetectedLayout | undefined {
    const [names, labels, ids] = head;
    if (!names || !labels || !ids) return undefined;
    const parsed = ids.map(parseImportId);
    const jsonCells = parsed.filter(Boolean).length;
    if (jsonCells < Math.max(1, ids.filter((c) => c.trim() !== '').length * 0.8)) return undefined;
    const columns = columnsFrom(names, labels).map((c, i) => ({ ...c, ...(parsed[i] ?? {}) }));
    return { platform: 'qualtrics', headerRows: 3, columns };
  },
  exclusion,
  isHelperColumn,
  knownColumns: (columns) => ({
    respondentId: columns.find((c) => c.name === 'ResponseId')?.name,
    date: (columns.find((c) => c.name === 'RecordedDate') ?? columns.find((c) => c.name === 'EndDate'))?.name,
    email: columns.find((c) => c.name === 'RecipientEmail')?.name,
    customerKey: columns.find((c) => c.name === 'ExternalReference')?.name,
    score: columns.find((c) => columns.some((g) => g.name === `${c.name}_NPS_GROUP`))?.name,
  }),
};

export const qualtricsLegacy: PlatformProfile = {
  id: 'qualtrics-legacy',
  name: 'Qualtrics (legacy export)',
  detect(head): DetectedLayout | undefined {
    const [names, labels] = head;
    if (!names || !labels) return undefined;
    const codes = names.slice(0, 10).map((n) => n.trim());
    if (codes.join(',') !== 'V1,V2,V3,V4,V5,V6,V7,V8,V9,V10' || labels[0]?.trim() !== 'ResponseID') return undefined;
    // The legacy export ends every row with a delimiter: an empty last column that is not data.
    const trimmed = names.at(-1)?.trim() === '' && labels.at(-1)?.trim() === '' ? names.length - 1 : names.length;
    const columns = columnsFrom(names.slice(0, trimmed), labels.slice(0, trimmed)).map((c, i) =>
      i < 10 ? { ...c, name: labels[i]!.trim(), label: c.name } : c,
    );
    return { platform: 'qualtrics-legacy', headerRows: 2, columns };
  },
  exclusion: (row) => NOT_REAL_STATUS.get(lower(row('Status'))),
  isHelperColumn: (column) => isHelperColumn(column) || ['responseset', 'name', 'externaldatareference', 'emailaddress', 'ipaddress', 'status', 'startdate', 'enddate', 'finished', 'responseid'].includes(column.name.toLowerCase()),
  knownColumns: () => ({ respondentId: 'ResponseID', date: 'EndDate', email: 'EmailAddress', customerKey: 'ExternalDataReference' }),
};
