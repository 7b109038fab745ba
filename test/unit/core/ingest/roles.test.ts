import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPlatform } from '../../../../src/main/core/ingest/platforms/detectPlatform';
import { readDelimited } from '../../../../src/main/core/ingest/readers/delimitedReader';
import { suggestMapping } from '../../../../src/main/core/ingest/roles';

async function head(path: string, n: number): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const r of readDelimited(createReadStream(path), { fileName: 'survey.csv', encoding: 'utf-8', delimiter: ',' })) {
    rows.push([...r.fields]);
    if (rows.length >= n) break;
  }
  return rows;
}

describe('suggestMapping', () => {
  it('suggests score, verbatim, date, ids and segments for a generic export', async () => {
    const rows = await head(join(__dirname, '..', '..', '..', 'fixtures', 'sample-survey', 'survey.csv'), 50);
    const { profile, layout } = detectPlatform(rows)!;
    const { mapping, profiles } = suggestMapping(layout.columns, rows.slice(layout.headerRows), profile);
    expect(mapping).toEqual({
      score: 'How likely are you to recommend Acme to a friend or colleague?',
      verbatims: ['What is the main reason for your score?'],
      date: 'Submitted At',
      respondentId: 'Response ID',
      customerKey: 'Customer ID',
      email: 'Email',
      segments: ['Region', 'Plan', 'Channel', 'Language'],
    });
    expect(profiles.find((p) => p.name === 'Submitted At')?.dateLayout).toBe('iso');
  });

  it('uses what the platform knows: Qualtrics helper columns are never segments or verbatims', () => {
    const rows = [
      ['StartDate', 'RecordedDate', 'Status', 'ResponseId', 'Q1_NPS_GROUP', 'Q1', 'Q2', 'plan', 'Q2 - Sentiment', 'Q2 - Topics'],
      ['Start Date', 'Recorded Date', 'Response Type', 'Response ID', 'Group', 'How likely?', 'Why?', 'plan', 'Q2 - Sentiment', 'Q2 - Topics'],
      ['{"ImportId":"startDate"}', '{"ImportId":"recordedDate"}', '{"ImportId":"status"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1_NPS_GROUP"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2_TEXT"}', '{"ImportId":"plan"}', '{"ImportId":"QID2_TEXT_ab12Sentiment"}', '{"ImportId":"QID2_TEXT_ab12Topics"}'],
      ['2026-09-21 09:14:03', '2026-09-21 09:16:41', 'IP Address', 'R_1', 'Promoter', '10', 'Setup took five minutes, support answered the same day.', 'Pro', 'Positive', 'Onboarding,Support'],
      ['2026-09-21 11:02:55', '2026-09-21 11:05:12', 'IP Address', 'R_2', 'Detractor', '3', 'Export to Excel breaks umlauts and the invoice is wrong.', 'Team', 'Negative', 'Export,Billing'],
      ['2026-09-21 13:40:10', '2026-09-21 13:41:02', 'IP Address', 'R_3', 'Passive', '8', 'It is fine, the smart filters are hit and miss.', 'Pro', 'Mixed', 'Search'],
    ];
    const { profile, layout } = detectPlatform(rows)!;
    const { mapping } = suggestMapping(layout.columns, rows.slice(3), profile);
    expect(mapping).toMatchObject({ score: 'Q1', verbatims: ['Q2'], date: 'RecordedDate', respondentId: 'ResponseId', segments: ['plan'] });
  });

  it('suggests no mapping when no column holds NPS scores', () => {
    const rows = [['name', 'comment'], ['a', 'hello there'], ['b', 'general kenobi']];
    const { profile, layout } = detectPlatform(rows)!;
    expect(suggestMapping(layout.columns, rows.slice(1), profile).mapping).toBeUndefined();
  });
});
