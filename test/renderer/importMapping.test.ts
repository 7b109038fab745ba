import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/shared/imports';
import { completeMapping, draftFrom, isAlsoEmail, isValidTimeZone, mappingProblem, roleOf, withRole } from '../../src/renderer/src/contrib/import/mappingDraft';

const ORDER = ['Respondent ID', 'Date', 'Email', 'NPS', 'Why', 'Anything else', 'Plan', 'Region'];
const SUGGESTED: ColumnMapping = {
  score: 'NPS',
  verbatims: ['Why', 'Anything else'],
  segments: ['Plan'],
  date: 'Date',
  respondentId: 'Respondent ID',
  customerKey: 'Email',
  email: 'Email',
};

describe('column roles being edited', () => {
  it('reads each column’s role as the core does, a key that is also the email showing as the key', () => {
    const draft = draftFrom(SUGGESTED);
    expect(ORDER.map((name) => roleOf(draft, name))).toEqual(['respondentId', 'date', 'customerKey', 'score', 'verbatim', 'verbatim', 'segment', 'ignore']);
    expect(isAlsoEmail(draft, 'Email')).toBe(true);
    expect(isAlsoEmail(draft, 'NPS')).toBe(false);
    expect(roleOf(undefined, 'NPS')).toBe('ignore');
  });

  it('keeps one score: giving it to another column takes it from the first', () => {
    const draft = withRole(draftFrom(SUGGESTED), 'Region', 'score', ORDER);
    expect(draft.score).toBe('Region');
    expect(roleOf(draft, 'NPS')).toBe('ignore');
    expect(completeMapping(draft)?.score).toBe('Region');
  });

  it('allows many verbatims and segments, in the file’s column order', () => {
    let draft = withRole(draftFrom(SUGGESTED), 'Region', 'segment', ORDER);
    draft = withRole(draft, 'Respondent ID', 'segment', ORDER);
    expect(draft.segments).toEqual(['Respondent ID', 'Plan', 'Region']);
    expect(draft.respondentId).toBeUndefined();
    draft = withRole(draft, 'Plan', 'verbatim', ORDER);
    expect(draft.verbatims).toEqual(['Why', 'Anything else', 'Plan']);
    expect(draft.segments).toEqual(['Respondent ID', 'Region']);
  });

  it('drops every role of a column set to Ignore, its email role too', () => {
    const draft = withRole(draftFrom(SUGGESTED), 'Email', 'ignore', ORDER);
    expect(draft.customerKey).toBeUndefined();
    expect(draft.email).toBeUndefined();
    const verbatimGone = withRole(draft, 'Anything else', 'ignore', ORDER);
    expect(verbatimGone.verbatims).toEqual(['Why']);
  });

  it('cannot be imported without a score column, and says so', () => {
    const draft = withRole(draftFrom(SUGGESTED), 'NPS', 'ignore', ORDER);
    expect(completeMapping(draft)).toBeUndefined();
    expect(mappingProblem(draft)).toBe('Choose the column that holds the 0–10 score.');
    expect(mappingProblem(draftFrom(SUGGESTED))).toBeUndefined();
    expect(completeMapping(draftFrom(SUGGESTED))).toEqual(SUGGESTED);
    expect(completeMapping({ score: 'NPS', verbatims: [], segments: [] })).toEqual({ score: 'NPS', verbatims: [], segments: [] });
  });

  it('accepts the time zones the core reads', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'UTC', 'utc', 'GMT', 'UTC+2', 'GMT-05:30', 'Etc/UTC']) expect(isValidTimeZone(zone), zone).toBe(true);
    for (const zone of ['Europe/Berlinn', 'Mars/Base', 'UTC+', '12', '', '<script>']) expect(isValidTimeZone(zone), zone).toBe(false);
  });
});
