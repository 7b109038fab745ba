/**
 * Golden-file tests of the survey importer (DESIGN.md §5.7): every fixture in
 * test/fixtures/imports/ (built by scripts/fixtures/build-import-fixtures.ts)
 * is imported with no options and compared with its reviewed golden file;
 * the numbers an analyst checks against the survey tool's dashboard are also
 * asserted explicitly, so a golden cannot drift on them unnoticed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES } from '../../../../../scripts/fixtures/importFixtures';
import { compareWithGolden, FIXTURE_DIR, FIXTURES, goldenSnapshot, importFixture, type FixtureImport, type FixtureName, type StoredResponse } from './goldenImport';

const imports = new Map<FixtureName, Promise<FixtureImport>>();
function load(name: FixtureName): Promise<FixtureImport> {
  if (!imports.has(name)) imports.set(name, importFixture(name));
  return imports.get(name)!;
}

function response(imported: FixtureImport, match: Partial<StoredResponse>): StoredResponse {
  const found = imported.responses.filter((r) => Object.entries(match).every(([k, v]) => r[k as keyof StoredResponse] === v));
  expect(found, `one response with ${JSON.stringify(match)}`).toHaveLength(1);
  return found[0]!;
}

const column = (imported: FixtureImport, name: string) => imported.preview.columns.find((c) => c.name === name);
const texts = (imported: FixtureImport) => imported.responses.flatMap((r) => [...Object.values(r.verbatims), ...Object.values(r.segments)]);

describe('survey import golden files', () => {
  it('the fixtures on disk are exactly what scripts/fixtures/build-import-fixtures.ts writes', async () => {
    expect(Object.keys(IMPORT_FIXTURES).sort()).toEqual([...FIXTURES].sort());
    // The workbook's deflated bytes depend on the zlib version; its content is covered by its golden file.
    for (const name of FIXTURES.filter((n) => !n.endsWith('.xlsx'))) {
      expect(readFileSync(join(FIXTURE_DIR, name)).equals(await IMPORT_FIXTURES[name]!()), `${name}: run npx tsx scripts/fixtures/build-import-fixtures.ts`).toBe(true);
    }
    const head = (name: FixtureName) => [...readFileSync(join(FIXTURE_DIR, name)).subarray(0, 3)];
    expect(head('qualtrics-choice-text.csv')).toEqual([0xef, 0xbb, 0xbf]);
    expect(head('qualtrics.tsv').slice(0, 2)).toEqual([0xff, 0xfe]);
    expect(head('excel-unicode-text.txt').slice(0, 2)).toEqual([0xff, 0xfe]);
    expect(head('utf16be.csv').slice(0, 2)).toEqual([0xfe, 0xff]);
    expect(readFileSync(join(FIXTURE_DIR, 'excel-windows-1252-semicolon.csv')).includes(Buffer.from([0xdc]))).toBe(true); // "Ü" as one byte
  });

  it.each(FIXTURES)('%s imports as its golden file says', async (name) => {
    const snapshot = goldenSnapshot(await load(name));
    const outcome = compareWithGolden(name, snapshot);
    if (outcome.status === 'created') expect.fail(outcome.message);
    if (outcome.status === 'changed') expect(snapshot, outcome.message).toEqual(outcome.golden);
  });

  it.each(FIXTURES)('%s decodes without U+FFFD, starts at its first row and indexes every verbatim', async (name) => {
    const imported = await load(name);
    const all = [...texts(imported), ...imported.preview.columns.map((c) => c.name)];
    expect(all.filter((t) => /\uFFFD|^\uFEFF/.test(t))).toEqual([]);
    // No export's header rows are taken for a title above the table (SurveyMonkey's have gaps).
    expect(imported.preview.aboveHeader).toEqual([]);
    expect(imported.indexed).toBe(imported.responses.reduce((n, r) => n + Object.keys(r.verbatims).length, 0));
  });
});

describe('Qualtrics', () => {
  it('choice text: preview, test and spam rows are excluded by reason; an unfinished response with a score counts', async () => {
    const q = await load('qualtrics-choice-text.csv');
    expect(q.result).toMatchObject({ format: 'qualtrics', encoding: 'utf-8', rowsRead: 10, imported: 10 });
    expect(q.result.excluded).toEqual({ preview: 1, test: 1, spam: 1, 'missing-score': 1 });
    expect(q.result.nps).toMatchObject({ n: 6, promoters: 2, passives: 1, detractors: 3 });
    expect(q.result.nps.nps).toBeCloseTo(-16.67, 2);
    expect(response(q, { respondentId: 'R_5wXyZ6aBcD7eFgH' })).toMatchObject({ score: 5, excluded: null });
  });

  it('choice text: _NPS_GROUP, Text iQ and metadata columns are helpers, never segments or verbatims', async () => {
    const q = await load('qualtrics-choice-text.csv');
    for (const name of ['Q1_NPS_GROUP', 'Q2 - Parent Topics', 'Q2 - Sentiment Polarity', 'Q2 - Sentiment Score', 'Q2 - Sentiment', 'Q2 - Topics', 'UserLanguage', 'DistributionChannel']) {
      expect(column(q, name), name).toMatchObject({ role: 'ignore', helper: true });
    }
    expect(q.result.mapping).toMatchObject({ score: 'Q1', verbatims: ['Q2', 'Q3'], segments: ['plan', 'region'], date: 'RecordedDate', respondentId: 'ResponseId' });
  });

  it('choice text: Europe/Berlin recorded dates convert to UTC on both sides of the October DST change; LF and CRLF stay in comments', async () => {
    const q = await load('qualtrics-choice-text.csv');
    expect(response(q, { respondentId: 'R_1aBcD2eFgH3iJkL' }).respondedAt).toBe('2026-10-24T07:16:41.000Z');
    expect(response(q, { respondentId: 'R_3yZaB4cDeF5gHiJ' })).toMatchObject({ respondedAt: '2026-10-26T07:41:02.000Z', respondedLocal: '2026-10-26T08:41:02', line: 7 });
    expect(response(q, { respondentId: 'R_2mNoP3qRsT4uVwX' }).verbatims.Q2).toBe('Der Export nach Excel zerstört die Umlaute (ä, ö, ü).\nAußerdem fehlt auf der Rechnung die USt-IdNr.');
    expect(response(q, { respondentId: 'R_9oPqR0sTuV1wXyZ' }).verbatims.Q2).toBe("Très pratique, l'équipe support est au top.\r\nPlease add a dark mode 🌙");
  });

  it('numeric values: status codes 1/17 preview, 2 test, 8 spam; 16 (offline) counts; -99 is no score', async () => {
    const q = await load('qualtrics-numeric.csv');
    expect(q.result.excluded).toEqual({ preview: 2, test: 1, spam: 1, 'invalid-score': 1 });
    expect(q.result.nps).toEqual({ n: 5, promoters: 2, passives: 1, detractors: 2, nps: 0 });
    expect(response(q, { respondentId: 'R_6oFfLiNeKiOsKaB' })).toMatchObject({ score: 4, excluded: null });
    expect(response(q, { respondentId: 'R_0sEeNnOtAnSwErB' })).toMatchObject({ score: null, excluded: 'invalid-score' });
    expect(column(q, 'Q_RecaptchaScore')).toMatchObject({ helper: true, role: 'ignore' });
  });

  it('numeric values: America/New_York wall clock kept for periods while UTC moves to November; a CR-only break is kept', async () => {
    const q = await load('qualtrics-numeric.csv');
    expect(response(q, { respondentId: 'R_3QkT9vLmN2pXyZa' })).toMatchObject({ respondedAt: '2026-11-01T03:30:00.000Z', respondedLocal: '2026-10-31T23:30:00' });
    expect(response(q, { respondentId: 'R_8cRoNlYlInEbReA' })).toMatchObject({ line: 11, verbatims: { Q2: 'Fast checkout.\rWould love Apple Pay.' } });
    expect(response(q, { respondentId: 'R_9dEtRaCtOrZeRoA' }).line).toBe(13);
  });

  it('TSV: UTF-16LE with tabs, Japanese and emoji intact, Australia/Sydney (UTC+11) dates', async () => {
    const q = await load('qualtrics.tsv');
    expect(q.result).toMatchObject({ format: 'qualtrics', encoding: 'utf-16le', delimiter: '\t', timeZone: 'Australia/Sydney' });
    expect(q.result.excluded).toEqual({ preview: 1 });
    expect(response(q, { respondentId: 'R_bV2cW3dX4eY5fZ6' })).toMatchObject({ verbatims: { Q2: '使いやすいです。サポートも迅速でした。' }, respondedAt: '2026-10-11T23:22:41.000Z' });
    expect(response(q, { respondentId: 'R_cW3dX4eY5fZ6gA7' }).verbatims.Q2).toBe('Sync fails on flaky Wi-Fi.\r\nLost two hours of notes 😤');
  });

  it('legacy: imports despite the delimiter that ends every record; Status 1 is a preview, Finished 0 with a score counts', async () => {
    const q = await load('qualtrics-legacy.csv');
    expect(q.preview).toMatchObject({ format: 'qualtrics-legacy', headerRows: 2 });
    expect(q.preview.columns.map((c) => c.name)).not.toContain('Column 17');
    expect(q.result).toMatchObject({ rowsRead: 6, imported: 6, excluded: { preview: 1 }, nps: { n: 5, promoters: 2, passives: 1, detractors: 2, nps: 0 } });
    expect(response(q, { respondentId: 'R_0lMnO1pQrS2tUvW' })).toMatchObject({ score: 4, excluded: null });
  });
});

describe('SurveyMonkey', () => {
  it('reads labelled endpoints, names continuation columns after their question, keeps 12-digit ids as text', async () => {
    const s = await load('surveymonkey.csv');
    expect(s.result).toMatchObject({ format: 'surveymonkey', rowsRead: 8, excluded: { 'missing-score': 1 }, nps: { n: 7, promoters: 3, passives: 2, detractors: 2 } });
    expect(response(s, { respondentId: '114523681002' })).toMatchObject({ score: 0, customerKey: 'jon.berg@example.com' });
    expect(response(s, { respondentId: '114523682519' }).score).toBe(10);
    expect(response(s, { respondentId: '114523680117' })).toMatchObject({ score: 8, excluded: null, verbatims: {} });
    const names = s.preview.columns.map((c) => c.name);
    expect(names).toContain('Which plan are you on? - Other (please specify)');
    expect(names).toContain('Which features do you use every week? - API');
    expect(s.result.mapping.verbatims).toEqual(['What is the primary reason for your score?']);
  });

  it('reads US 12-hour dates, midnight included', async () => {
    const s = await load('surveymonkey.csv');
    expect(s.result.dateLayout).toBe('month-first');
    expect(response(s, { respondentId: '114523683774' }).respondedAt).toBe('2026-09-30T00:43:00.000Z');
  });
});

describe('one-header exports', () => {
  it('Typeform: token as respondent id, Submit Date (UTC) as the date (a partial’s Stage Date), metadata as helpers', async () => {
    const t = await load('typeform.csv');
    expect(t.result).toMatchObject({ format: 'typeform', mapping: { respondentId: '#', date: 'Submit Date (UTC)' }, nps: { n: 7, promoters: 3, passives: 2, detractors: 2 } });
    expect(response(t, { respondentId: 'm2n4b6v8c0x1z3a5s7d9f2g4h6j8k0l1' })).toMatchObject({ respondedAt: '2026-09-29T00:01:15.000Z', line: 6 });
    // A partial response has no Submit Date: its Stage Date (its last answer) dates it.
    expect(response(t, { respondentId: 'a1s4d7f0g3h6j9k2l5z8x1c4v7b0n3m6' })).toMatchObject({ respondedAt: '2026-09-27T14:05:59.000Z', line: 4 });
    for (const name of ['Response Type', 'Start Date (UTC)', 'Network ID', 'Tags']) expect(column(t, name), name).toMatchObject({ helper: true, role: 'ignore' });
    expect(t.result.mapping.segments).toContain('plan');
  });

  it('Google Forms: GMT+3 timestamps convert to UTC, across midnight and month end', async () => {
    const g = await load('google-forms.csv');
    expect(g.result).toMatchObject({ format: 'google-forms', dateLayout: 'year-first-slash', nps: { n: 7, promoters: 3, passives: 2, detractors: 2 } });
    expect(response(g, { line: 2 })).toMatchObject({ respondedAt: '2026-09-27T12:00:00.000Z', respondedLocal: '2026-09-27T15:00:00' });
    expect(response(g, { line: 4 }).respondedAt).toBe('2026-09-27T21:45:10.000Z');
    expect(response(g, { line: 8 })).toMatchObject({ respondedAt: '2026-09-30T23:30:00.000Z', respondedLocal: '2026-10-01T02:30:00' });
  });

  it('Microsoft Forms: real date cells, ";" inside free text kept, "anonymous" is nobody’s customer key', async () => {
    const m = await load('microsoft-forms.xlsx');
    expect(m.result).toMatchObject({ format: 'microsoft-forms', encoding: 'xlsx', sheet: 'Sheet1', nps: { n: 7, promoters: 3, passives: 1, detractors: 3, nps: 0 } });
    expect(response(m, { respondentId: '3' })).toMatchObject({ respondedAt: '2026-09-28T08:31:10.000Z', customerKey: 'p.novak@contoso.example' });
    expect(response(m, { respondentId: '4' }).verbatims).toEqual({ 'What is the main reason for your score?': 'Licensing is confusing;too many SKUs.\nWe gave up on the E5 trial.' });
    expect(m.responses.filter((r) => r.customerKey === 'anonymous').map((r) => r.line)).toEqual([]);
  });

  it('Delighted: a response pasted twice is a duplicate; "… UTC" timestamps are dates', async () => {
    const d = await load('delighted.csv');
    expect(d.result).toMatchObject({ format: 'delighted', excluded: { duplicate: 1 }, nps: { n: 7, promoters: 2, passives: 2, detractors: 3 } });
    expect(response(d, { line: 7 })).toMatchObject({ respondentId: '90125004', excluded: 'duplicate' });
    expect(response(d, { line: 2 }).respondedAt).toBe('2026-09-27T10:02:11.000Z');
  });
});

describe('encodings and Excel re-saves', () => {
  it('Windows-1252 with semicolons: ü, ß, €, „“ and en dash decoded; day-first dates', async () => {
    const w = await load('excel-windows-1252-semicolon.csv');
    expect(w.result).toMatchObject({ encoding: 'windows-1252', delimiter: ';', dateLayout: 'day-first', nps: { n: 7, promoters: 3, passives: 1, detractors: 3 } });
    const comments = w.responses.map((r) => Object.values(r.verbatims)[0]);
    expect(comments).toContain('Übersicht lädt schneller, danke!');
    expect(comments).toContain('Preis von 49 € pro Monat ist zu hoch – für kleine Teams nicht tragbar.');
    expect(comments).toContain('Die „Schnellsuche“ ist super');
    expect(comments).toContain('Größere Schrift wäre schön;\nsonst alles gut.');
    expect(response(w, { line: 9 }).respondedAt).toBe('2026-10-13T12:12:00.000Z');
  });

  it('Excel "CSV UTF-8": BOM stripped; ids Excel shortened to 1.14524E+11 are warned about and never drop responses as duplicates', async () => {
    const e = await load('excel-utf8-bom.csv');
    expect(e.preview.columns[0]?.name).toBe('Respondent ID');
    expect(e.preview.warnings.join(' ')).toContain('1.14524E+11');
    expect(e.result.excluded).toEqual({});
    expect(e.result.nps).toEqual({ n: 6, promoters: 2, passives: 2, detractors: 2, nps: 0 });
  });

  it('Excel "Unicode Text": UTF-16LE with tabs, emoji with a skin-tone modifier intact, ambiguous dd/mm dates flagged', async () => {
    const u = await load('excel-unicode-text.txt');
    expect(u.result).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(u.preview.dateAmbiguous).toBe(true);
    expect(u.preview.warnings).toHaveLength(1);
    expect(response(u, { respondentId: 'UK-1006' }).verbatims).toEqual({ Comment: 'Good value 👍🏽 (family plan)' });
  });

  it('UTF-16BE: Greek, Japanese and emoji intact; "9.0" reads as 9; ISO offsets convert to UTC', async () => {
    const b = await load('utf16be.csv');
    expect(b.result).toMatchObject({ encoding: 'utf-16be', delimiter: ',', excluded: { 'missing-score': 1 }, nps: { n: 5, promoters: 2, passives: 1, detractors: 2 } });
    expect(response(b, { respondentId: 'r-0001' })).toMatchObject({ score: 9, respondedAt: '2026-09-27T13:04:05.000Z', verbatims: { comment: 'Ótimo atendimento, resolveram no mesmo dia 😀' } });
    expect(response(b, { respondentId: 'r-0002' }).verbatims.comment).toBe('Το πρόγραμμα κολλάει συχνά.');
    expect(response(b, { respondentId: 'r-0004' })).toMatchObject({ respondedAt: '2026-09-28T14:59:59.000Z', verbatims: { comment: '遅い。レポートの読み込みに時間がかかる ⏳' } });
  });

  it('pipe-delimited extract: 11, -1 and n/a invalid, blank missing, epoch seconds, a repeated ResponseID is a duplicate', async () => {
    const p = await load('generic-pipe.txt');
    expect(p.result).toMatchObject({ format: 'generic', delimiter: '|', dateLayout: 'epoch-seconds' });
    expect(response(p, { line: 7 })).toMatchObject({ score: 10, verbatims: { Verbatim: 'Renewal was painless | pricing clear' } });
    expect(p.result.mapping.respondentId).toBe('ResponseID');
    expect(p.result.excluded).toEqual({ 'invalid-score': 3, 'missing-score': 1, duplicate: 1 });
    expect(p.result.nps).toEqual({ n: 5, promoters: 2, passives: 1, detractors: 2, nps: 0 });
  });
});
