import { lower, uniqueNames, type ColumnHeader, type DetectedLayout, type PlatformProfile } from './platformTypes';

const METADATA = ['respondent id', 'collector id', 'start date', 'end date', 'ip address', 'email address', 'first name', 'last name'];
const SUB_LABELS = new Set(['response', 'open-ended response', 'other (please specify)']);

/**
 * SurveyMonkey: row 1 holds question text (blank over continuation columns of
 * multi-choice and matrix questions), row 2 "Response", "Open-Ended Response"
 * or the choice label. A column's name joins both rows where row 2 adds meaning.
 */
export const surveyMonkey: PlatformProfile = {
  id: 'surveymonkey',
  name: 'SurveyMonkey',
  detect(head): DetectedLayout | undefined {
    const [first, second] = head;
    if (!first || !second) return undefined;
    const names = first.map(lower);
    if (!names.includes('respondent id') || !names.includes('collector id')) return undefined;
    if (!second.some((c) => SUB_LABELS.has(lower(c)))) return undefined;
    let question = '';
    const joined = first.map((raw, i) => {
      const top = raw.trim();
      const sub = (second[i] ?? '').trim();
      if (top !== '') question = top;
      if (top !== '' && (sub === '' || SUB_LABELS.has(sub.toLowerCase()))) return top;
      if (top === '' && sub === '') return '';
      return `${question} - ${sub}`;
    });
    const columns: ColumnHeader[] = uniqueNames(joined).map((name, index) => {
      const label = (second[index] ?? '').trim();
      return label ? { index, name, label } : { index, name };
    });
    return { platform: 'surveymonkey', headerRows: 2, columns };
  },
  isHelperColumn: (column) => METADATA.includes(lower(column.name)) || /^custom data \d+$/i.test(column.name),
  knownColumns: (columns) => ({
    respondentId: columns.find((c) => lower(c.name) === 'respondent id')?.name,
    date: columns.find((c) => lower(c.name) === 'end date')?.name,
    email: columns.find((c) => lower(c.name) === 'email address')?.name,
    verbatims: columns.filter((c) => lower(c.label) === 'open-ended response').map((c) => c.name),
  }),
};
