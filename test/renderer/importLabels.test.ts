import { describe, expect, it } from 'vitest';
import { formatInstant, formatNps, formatShare, parseImportProgress, reasonLabel } from '../../src/renderer/src/contrib/import/importLabels';

describe('import wording', () => {
  it('reads the import job’s message into its figures', () => {
    expect(parseImportProgress('12,000 rows · 48,000 rows/s · about 3 s left')).toEqual({ rows: '12,000 rows', rate: '48,000 rows/s', timeLeft: 'about 3 s' });
    expect(parseImportProgress('1,200,000 rows · 310,000 rows/s · about 2 min left')).toEqual({ rows: '1,200,000 rows', rate: '310,000 rows/s', timeLeft: 'about 2 min' });
    expect(parseImportProgress('48,000 rows saved · indexing the comments for search…')).toEqual({ rows: '48,000 rows saved', note: 'indexing the comments for search…' });
    expect(parseImportProgress('Starting…')).toEqual({ note: 'Starting…' });
  });

  it('writes an NPS with its sign and one decimal at most', () => {
    expect(formatNps(-16.666666666666668)).toBe('−16.7');
    expect(formatNps(32)).toBe('+32');
    expect(formatNps(0.04)).toBe('0');
    expect(formatNps(100)).toBe('+100');
    expect(formatNps(undefined)).toBe('—');
    expect(formatShare(1, 3)).toBe('33%');
    expect(formatShare(1, 0)).toBe('—');
  });

  it('names the reasons a response does not count, and any new one readably', () => {
    expect(reasonLabel('missing-score')).toBe('No score');
    expect(reasonLabel('preview')).toBe('Survey preview');
    expect(reasonLabel('duplicate')).toBe('Repeated respondent ID');
    expect(reasonLabel('screened-out')).toBe('Screened out');
  });

  it('shows stored instants in UTC, minute precision', () => {
    expect(formatInstant('2026-10-24T07:16:41.000Z')).toBe('2026-10-24 07:16 UTC');
    expect(formatInstant(undefined)).toBe('');
  });
});
