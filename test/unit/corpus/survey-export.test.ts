import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  GENERAL_THEMES, LABEL_HEADERS, LABEL_SEPARATOR, PRAISE_THEMES, PROBLEM_THEMES, REFERENCE_DATE, SURVEY_HEADERS, WINDOW_START,
} from '../../../scripts/corpus/index';
import { generateAll, type Generated } from './collect';

const SCORE = 'How likely are you to recommend Acme to a friend or colleague?';
const VERBATIM = 'What is the main reason for your score?';
const ALL_THEMES = new Set<string>([...PROBLEM_THEMES, ...PRAISE_THEMES, ...GENERAL_THEMES]);

type Row = Record<string, string>;

describe('survey export', () => {
  let out: Generated;
  let header: string[];
  let rows: Row[];
  let labels: Row[];

  beforeAll(async () => {
    out = await generateAll(2000, 20261101);
    const raw = parse(out.survey.buffer, { bom: true }) as string[][];
    header = raw[0] ?? [];
    rows = parse(out.survey.buffer, { bom: true, columns: true }) as Row[];
    labels = parse(out.labels.buffer, { columns: true }) as Row[];
  });

  it('starts with a UTF-8 BOM, uses CRLF, and has exactly the expected headers', () => {
    expect([...out.survey.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.survey.text.split('\n')[0]?.endsWith('\r')).toBe(true);
    expect(header).toEqual([...SURVEY_HEADERS]);
    expect(rows).toHaveLength(2000);
  });

  it('has integer scores 0-10 and a plausible NPS', () => {
    const scores = rows.map((r) => r[SCORE] ?? '');
    expect(scores.every((s) => /^(10|[0-9])$/.test(s))).toBe(true);
    const n = scores.map(Number);
    const nps = (100 * (n.filter((s) => s >= 9).length - n.filter((s) => s <= 6).length)) / n.length;
    expect(nps).toBeGreaterThan(0);
    expect(nps).toBeLessThan(35);
  });

  it('has ISO 8601 UTC dates inside the six months before the reference date, in order', () => {
    const dates = rows.map((r) => r['Submitted At'] ?? '');
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(d))).toBe(true);
    const ms = dates.map((d) => Date.parse(d));
    expect(ms.every((t) => t >= WINDOW_START && t < REFERENCE_DATE)).toBe(true);
    expect(ms.every((t, i) => i === 0 || t >= (ms[i - 1] ?? 0))).toBe(true);
    expect(new Set(dates.map((d) => d.slice(0, 7))).size).toBe(6);
  });

  it('has 15-20% empty comments, multi-line and non-ASCII ones, and one-word ones', () => {
    const texts = rows.map((r) => r[VERBATIM] ?? '');
    const empty = texts.filter((t) => t.trim() === '').length / texts.length;
    expect(empty).toBeGreaterThanOrEqual(0.13);
    expect(empty).toBeLessThanOrEqual(0.22);
    expect(texts.filter((t) => t.includes('\n')).length).toBeGreaterThan(20);
    expect(texts.filter((t) => [...t].some((ch) => ch.charCodeAt(0) > 127)).length).toBeGreaterThan(50);
    expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
    expect(texts.filter((t) => /^\S+$/.test(t.trim())).length).toBeGreaterThan(20);
    expect(texts.some((t) => /[\w.]+@[\w.]+\.\w+/.test(t))).toBe(true);
  });

  it('uses the declared segment values, languages and repeat customers', () => {
    const values = (col: string) => new Set(rows.map((r) => r[col]));
    expect(values('Region')).toEqual(new Set(['EMEA', 'North America', 'LATAM', 'APAC']));
    expect(values('Plan')).toEqual(new Set(['Free', 'Starter', 'Pro', 'Enterprise']));
    expect(values('Channel')).toEqual(new Set(['Web', 'iOS app', 'Android app', 'Phone']));
    expect(values('Language')).toEqual(new Set(['en', 'fr', 'de', 'es']));
    expect(rows.filter((r) => r.Language === 'en').length / rows.length).toBeGreaterThan(0.6);
    expect(rows.every((r) => /^C-\d{6,}$/.test(r['Customer ID'] ?? ''))).toBe(true);
    expect(values('Customer ID').size).toBeLessThan(rows.length);
    expect(rows.some((r) => /[A-Z]/.test(r.Email ?? ''))).toBe(true);
    expect(values('Response ID').size).toBe(rows.length);
  });

  it('has a labels file whose rows line up with the export', () => {
    expect(Object.keys(labels[0] ?? {})).toEqual([...LABEL_HEADERS]);
    expect(labels.map((l) => l['Response ID'])).toEqual(rows.map((r) => r['Response ID']));
    rows.forEach((r, i) => {
      const themes = (labels[i]?.Themes ?? '').split(LABEL_SEPARATOR).filter(Boolean);
      expect(themes.every((t) => ALL_THEMES.has(t))).toBe(true);
      expect(themes.length === 0).toBe((r[VERBATIM] ?? '').trim() === '');
    });
  });

  it('labels detractors mostly with problems and promoters mostly with praise', () => {
    const share = (pred: (score: number) => boolean, set: readonly string[]) => {
      let hit = 0;
      let all = 0;
      rows.forEach((r, i) => {
        if (!pred(Number(r[SCORE]))) return;
        const themes = (labels[i]?.Themes ?? '').split(LABEL_SEPARATOR).filter(Boolean);
        if (themes.length === 0) return;
        all++;
        if (themes.some((t) => set.includes(t))) hit++;
      });
      return hit / all;
    };
    expect(share((s) => s <= 6, PROBLEM_THEMES)).toBeGreaterThan(0.8);
    expect(share((s) => s >= 9, PRAISE_THEMES)).toBeGreaterThan(0.6);
  });
});
