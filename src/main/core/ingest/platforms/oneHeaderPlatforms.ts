import { columnsFrom, lower, type DetectedLayout, type PlatformId, type PlatformProfile } from './platformTypes';

function oneHeader(platform: PlatformId, head: readonly (readonly string[])[], matches: (names: readonly string[]) => boolean): DetectedLayout | undefined {
  const [names] = head;
  if (!names || !matches(names.map(lower))) return undefined;
  return { platform, headerRows: 1, columns: columnsFrom(names) };
}

const find = (names: readonly { name: string }[], ...wanted: string[]) => names.find((c) => wanted.includes(lower(c.name)))?.name;

/**
 * Typeform: "#" token first, questions, then Start/Submit Date (UTC) and Network ID. A partial
 * response (never submitted) has no Submit Date: its Stage Date (its last answer), else its Start
 * Date, dates it.
 */
export const typeform: PlatformProfile = {
  id: 'typeform',
  name: 'Typeform',
  detect: (head) => oneHeader('typeform', head, (n) => n[0] === '#' && n.includes('submit date (utc)') && n.includes('network id')),
  isHelperColumn: (c) => ['#', 'response type', 'start date (utc)', 'stage date (utc)', 'submit date (utc)', 'network id', 'tags'].includes(lower(c.name)),
  knownColumns: (columns) => ({
    respondentId: find(columns, '#'),
    date: find(columns, 'submit date (utc)'),
    dateFallbacks: [find(columns, 'stage date (utc)'), find(columns, 'start date (utc)')].filter((name): name is string => name !== undefined),
  }),
};

/** Google Forms' "Timestamp" column, as the form owner's language writes it. */
const TIMESTAMP_NAMES = ['timestamp', 'horodateur', 'zeitstempel', 'marca temporal', 'carimbo de data/hora', 'informazioni cronologiche', 'tijdstempel', 'отметка времени', '타임스탬프', 'タイムスタンプ', '时间戳记'];

export const googleForms: PlatformProfile = {
  id: 'google-forms',
  name: 'Google Forms',
  detect: (head) => {
    const values = head[1] ?? [];
    return oneHeader('google-forms', head, (n) => TIMESTAMP_NAMES.includes(n[0] ?? '') && /^\d{4}\/\d{1,2}\/\d{1,2}|^\d{1,2}\/\d{1,2}\/\d{2,4}/.test(values[0]?.trim() ?? ''));
  },
  isHelperColumn: (c) => TIMESTAMP_NAMES.includes(lower(c.name)) || ['email address', 'score'].includes(lower(c.name)),
  knownColumns: (columns) => ({ date: columns[0]?.name, email: find(columns, 'email address') }),
};

/** Microsoft Forms (XLSX): ID, Start time, Completion time, Email, Name, then the questions. */
export const microsoftForms: PlatformProfile = {
  id: 'microsoft-forms',
  name: 'Microsoft Forms',
  detect: (head) => oneHeader('microsoft-forms', head, (n) => (n[0] === 'id') && n.includes('start time') && n.includes('completion time')),
  isHelperColumn: (c) =>
    ['id', 'start time', 'completion time', 'email', 'name', 'last modified time', 'total points', 'quiz feedback'].includes(lower(c.name)) ||
    /^(points|feedback) - /i.test(c.name),
  knownColumns: (columns) => ({
    respondentId: find(columns, 'id'),
    date: find(columns, 'completion time'),
    email: find(columns, 'email'),
  }),
};

/**
 * Delighted: one row per response with Score and Comment columns and the
 * person's properties as further columns. (Its CSV headers are not documented
 * publicly; these are the names its dashboard export and API use.)
 */
export const delighted: PlatformProfile = {
  id: 'delighted',
  name: 'Delighted',
  detect: (head) =>
    oneHeader('delighted', head, (n) => n.includes('score') && n.includes('comment') && (n.includes('response id') || n.includes('person id'))),
  isHelperColumn: (c) =>
    ['response id', 'person id', 'created at', 'updated at', 'response timestamp', 'updated timestamp', 'email', 'name', 'permalink', 'survey type', 'notes', 'tags'].includes(lower(c.name)) ||
    /^delighted /i.test(c.name),
  knownColumns: (columns) => ({
    respondentId: find(columns, 'response id'),
    date: find(columns, 'created at', 'created', 'response timestamp'),
    email: find(columns, 'email'),
    score: find(columns, 'score'),
    verbatims: columns.filter((c) => lower(c.name) === 'comment').map((c) => c.name),
    customerKey: find(columns, 'person id'),
  }),
};

/** Any other table with one header row. */
export const generic: PlatformProfile = {
  id: 'generic',
  name: 'Table with one header row',
  detect: (head) => (head[0] ? { platform: 'generic', headerRows: 1, columns: columnsFrom(head[0]) } : undefined),
};
