import { describe, expect, it } from 'vitest';
import { DateLayoutEvidence, parseDate, resolveZone } from '../../../../src/main/core/ingest/dates';

function decide(values: string[]) {
  const evidence = new DateLayoutEvidence();
  for (const v of values) evidence.add(v);
  return evidence.decide();
}

describe('date layouts', () => {
  it('decides day-first or month-first from all of a column\'s values', () => {
    expect(decide(['01/02/2026', '03/04/2026', '25/04/2026 10:00'])).toEqual({ layout: 'day-first', ambiguous: false });
    expect(decide(['01/02/2026', '04/25/2026 10:00:00 AM'])).toEqual({ layout: 'month-first', ambiguous: false });
    expect(decide(['01/02/2026', '03/04/2026'])).toEqual({ layout: 'month-first', ambiguous: true });
    expect(decide(['2026-09-27 15:04:05', '2026-09-28T01:00:00Z'])).toEqual({ layout: 'iso', ambiguous: false });
    expect(decide(['1790000000', '1790000100'])).toEqual({ layout: 'epoch-seconds', ambiguous: false });
    expect(decide(['hello', 'world', '2026-01-01'])).toBeUndefined();
  });

  it('parses ISO with Z, offsets and no zone (read in the export zone)', () => {
    expect(parseDate('2026-09-27T15:04:05Z', 'iso')).toEqual({ utc: '2026-09-27T15:04:05.000Z', local: '2026-09-27T15:04:05' });
    expect(parseDate('2026-09-27T15:04:05+02:00', 'iso')).toEqual({ utc: '2026-09-27T13:04:05.000Z', local: '2026-09-27T15:04:05' });
    expect(parseDate('2026-09-27 15:04:05', 'iso', resolveZone('America/Denver'))).toEqual({
      utc: '2026-09-27T21:04:05.000Z',
      local: '2026-09-27T15:04:05',
    });
    expect(parseDate('2026-09-27', 'iso')?.utc).toBe('2026-09-27T00:00:00.000Z');
  });

  it('parses US 12-hour times and European day-first dates', () => {
    expect(parseDate('09/27/2026 03:04:05 PM', 'month-first')?.utc).toBe('2026-09-27T15:04:05.000Z');
    expect(parseDate('12/01/2026 12:30:00 AM', 'month-first')?.utc).toBe('2026-12-01T00:30:00.000Z');
    expect(parseDate('27.09.2026 15:04', 'day-first')?.utc).toBe('2026-09-27T15:04:00.000Z');
    expect(parseDate('03/04/2026', 'day-first')?.utc).toBe('2026-04-03T00:00:00.000Z');
  });

  it("parses Google Forms' timestamps with their GMT offset", () => {
    expect(parseDate('2026/09/27 3:00:00 PM GMT+3', 'year-first-slash')).toEqual({ utc: '2026-09-27T12:00:00.000Z', local: '2026-09-27T15:00:00' });
    expect(parseDate('2026/09/27 11:15:00 AM GMT-5:30', 'year-first-slash')?.utc).toBe('2026-09-27T16:45:00.000Z');
  });

  it('parses Unix epochs in seconds and milliseconds', () => {
    expect(parseDate('1790000000', 'epoch-seconds')?.utc).toBe('2026-09-21T14:13:20.000Z');
    expect(parseDate('1790000000000', 'epoch-milliseconds')?.utc).toBe('2026-09-21T14:13:20.000Z');
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseDate('02/30/2026', 'month-first')).toBeUndefined();
    expect(parseDate('2026-13-01', 'iso')).toBeUndefined();
    expect(parseDate('not a date', 'iso')).toBeUndefined();
  });

  it('handles the DST gap in the export zone', () => {
    // 02:30 does not exist in Berlin on 2026-03-29; luxon moves it forward an hour.
    expect(parseDate('2026-03-29 02:30:00', 'iso', resolveZone('Europe/Berlin'))?.utc).toBe('2026-03-29T01:30:00.000Z');
    expect(resolveZone('UTC+03:00').offset(0)).toBe(180);
  });
});
