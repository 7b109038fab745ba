import { DELIMITERS, type Delimiter } from '../../../../shared/imports';

export type { Delimiter };

export const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/** Field counts of the first `maxRecords` records of `text` split on `delimiter`, honouring quotes. */
export function fieldCounts(text: string, delimiter: string, maxRecords = 50): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let sawContent = false;
  for (let i = 0; i < text.length && counts.length < maxRecords; i += 1) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i += 1;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      sawContent = true;
    } else if (ch === delimiter) {
      fields += 1;
      atFieldStart = true;
      sawContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      if (sawContent) counts.push(fields);
      fields = 1;
      atFieldStart = true;
      sawContent = false;
    } else {
      atFieldStart = false;
      sawContent = true;
    }
  }
  // The last record counts only if the sample ended exactly at the end of the text and not inside quotes.
  if (sawContent && !inQuotes && counts.length < maxRecords) counts.push(fields);
  return counts;
}

/**
 * Chooses the delimiter that splits the sample into the most consistent
 * number of fields (>1). Ties go to the more common delimiter (comma first).
 */
export function detectDelimiter(sample: string): { delimiter: Delimiter; fields: number; consistency: number } {
  let best = { delimiter: ',' as Delimiter, fields: 1, consistency: 0, score: -1 };
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter);
    if (counts.length === 0) continue;
    const header = counts[0]!;
    if (header < 2) continue;
    const matching = counts.filter((c) => c === header).length;
    const consistency = matching / counts.length;
    const score = consistency * 1000 + Math.min(header, 200);
    if (score > best.score) best = { delimiter, fields: header, consistency, score };
  }
  return { delimiter: best.delimiter, fields: best.fields, consistency: best.consistency };
}
