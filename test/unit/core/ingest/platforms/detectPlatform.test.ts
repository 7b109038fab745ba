import { describe, expect, it } from 'vitest';
import { detectPlatform } from '../../../../../src/main/core/ingest/platforms/detectPlatform';

const qualtricsHead = [
  ['StartDate', 'Status', 'ResponseId', 'DistributionChannel', 'Q1_NPS_GROUP', 'Q1', 'Q2', 'region', 'Q2 - Topics'],
  ['Start Date', 'Response Type', 'Response ID', 'Distribution Channel', 'NPS - Group', 'How likely…?', 'Why?', 'region', 'Q2 - Topics'],
  ['{"ImportId":"startDate","timeZone":"Europe/Berlin"}', '{"ImportId":"status"}', '{"ImportId":"_recordId"}', '{"ImportId":"distributionChannel"}', '{"ImportId":"QID1_NPS_GROUP"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2_TEXT"}', '{"ImportId":"region"}', '{"ImportId":"QID2_TEXT_0a1bTopics"}'],
  ['2026-09-21 09:14:03', 'IP Address', 'R_1', 'anonymous', 'Promoter', '10', 'Great', 'EMEA', 'Support'],
];

describe('detectPlatform', () => {
  it('recognises the current Qualtrics layout by its ImportId row, with per-column time zones and helper columns', () => {
    const found = detectPlatform(qualtricsHead)!;
    expect(found.layout.platform).toBe('qualtrics');
    expect(found.layout.headerRows).toBe(3);
    expect(found.layout.columns[0]).toEqual({ index: 0, name: 'StartDate', label: 'Start Date', importId: 'startDate', timeZone: 'Europe/Berlin' });
    const helpers = found.layout.columns.filter((c) => found.profile.isHelperColumn?.(c)).map((c) => c.name);
    expect(helpers).toEqual(['StartDate', 'Status', 'ResponseId', 'DistributionChannel', 'Q1_NPS_GROUP', 'Q2 - Topics']);
    expect(found.profile.knownColumns?.(found.layout.columns)).toMatchObject({ respondentId: 'ResponseId', score: 'Q1' });
    const row = (values: Record<string, string>) => (name: string) => values[name];
    expect(found.profile.exclusion?.(row({ Status: 'Survey Preview' }))).toBe('preview');
    expect(found.profile.exclusion?.(row({ Status: '1' }))).toBe('preview');
    expect(found.profile.exclusion?.(row({ Status: '8' }))).toBe('spam');
    expect(found.profile.exclusion?.(row({ Status: 'IP Address', DistributionChannel: 'test' }))).toBe('test');
    expect(found.profile.exclusion?.(row({ Status: 'IP Address', DistributionChannel: 'anonymous' }))).toBeUndefined();
  });

  it('recognises the legacy Qualtrics layout and drops its trailing empty column', () => {
    const found = detectPlatform([
      ['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9', 'V10', 'Q1', 'Q2', ''],
      ['ResponseID', 'ResponseSet', 'Name', 'ExternalDataReference', 'EmailAddress', 'IPAddress', 'Status', 'StartDate', 'EndDate', 'Finished', 'How likely…?', 'Why?', ''],
    ])!;
    expect(found.layout).toMatchObject({ platform: 'qualtrics-legacy', headerRows: 2 });
    expect(found.layout.columns.map((c) => c.name)).toEqual(['ResponseID', 'ResponseSet', 'Name', 'ExternalDataReference', 'EmailAddress', 'IPAddress', 'Status', 'StartDate', 'EndDate', 'Finished', 'Q1', 'Q2']);
  });

  it('recognises SurveyMonkey and names continuation columns after their question', () => {
    const found = detectPlatform([
      ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1', 'How likely…?', 'What is the primary reason for your score?', 'Which plan are you on?', ''],
      ['', '', '', '', '', '', '', '', '', 'Response', 'Open-Ended Response', 'Response', 'Other (please specify)'],
    ])!;
    expect(found.layout).toMatchObject({ platform: 'surveymonkey', headerRows: 2 });
    expect(found.layout.columns.slice(9).map((c) => c.name)).toEqual([
      'How likely…?',
      'What is the primary reason for your score?',
      'Which plan are you on?',
      'Which plan are you on? - Other (please specify)',
    ]);
    expect(found.profile.knownColumns?.(found.layout.columns).verbatims).toEqual(['What is the primary reason for your score?']);
  });

  it.each([
    ['typeform', ['#', 'How likely…?', 'Why?', 'plan', 'Response Type', 'Start Date (UTC)', 'Stage Date (UTC)', 'Submit Date (UTC)', 'Network ID', 'Tags'], ['k3v9', '9', 'ok', 'pro', 'completed', '2026-09-27 12:00:51', '', '2026-09-27 12:01:37', '5c2e', '']],
    ['google-forms', ['Timestamp', 'Email Address', 'How likely…?', 'Why?'], ['2026/09/27 3:00:00 PM GMT+3', 'a@example.com', '9', 'ok']],
    ['google-forms', ['Horodateur', 'Adresse e-mail', 'Probabilité ?', 'Pourquoi ?'], ['27/09/2026 15:00:00', 'a@example.com', '9', 'ok']],
    ['microsoft-forms', ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'How likely…?'], ['1', '2026-09-27T14:02:11', '2026-09-27T14:03:40', 'anonymous', '', '10']],
    ['delighted', ['Response ID', 'Person ID', 'Email', 'Score', 'Comment', 'Response timestamp', 'Plan'], ['90125001', '4401', 'ana@example.com', '9', 'Quick', '2026-09-27 10:02:11 UTC', 'Pro']],
    ['generic', ['id', 'score', 'comment'], ['1', '9', 'ok']],
  ])('recognises %s', (platform, header, row) => {
    expect(detectPlatform([header, row])?.layout).toMatchObject({ platform, headerRows: 1 });
  });

  it('de-duplicates repeated and blank header names', () => {
    expect(detectPlatform([['Q1', 'Q1', '', 'Q1']])?.layout.columns.map((c) => c.name)).toEqual(['Q1', 'Q1 (2)', 'Column 3', 'Q1 (3)']);
  });
});
