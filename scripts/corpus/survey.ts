import type { Writable } from 'node:stream';
import { isoSeconds } from './calendar';
import { exportedEmail } from './customers';
import { csvRow, UTF8_BOM, type LineEnding } from './csv';
import { rowLatent, surveyModel } from './experience';
import { Rng, Stream, hashKeys } from './prng';
import { ChunkWriter } from './sink';
import { writeVerbatim } from './verbatim';

export const SURVEY_HEADERS = [
  'Response ID',
  'Submitted At',
  'How likely are you to recommend Acme to a friend or colleague?',
  'What is the main reason for your score?',
  'Region',
  'Plan',
  'Channel',
  'Language',
  'Customer ID',
  'Email',
] as const;

export const LABEL_HEADERS = ['Response ID', 'Themes'] as const;

/** Joins the theme ids in a labels row. */
export const LABEL_SEPARATOR = ';';

export interface SurveyOptions {
  readonly size: number;
  readonly seed: number;
  readonly out: Writable;
  /** Receives `<name>.labels.csv`: the themes each verbatim was written from. */
  readonly labelsOut?: Writable;
  /** Defaults to CRLF, as Excel and most survey tools write. */
  readonly eol?: LineEnding;
  /** Defaults to true: a UTF-8 byte order mark before the header. */
  readonly bom?: boolean;
}

export interface GenerationStats {
  readonly rows: number;
  readonly bytes: number;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Survey-platform style id, e.g. `R_3kX9pQ2mZ8aB1cD`, unique per (seed, row). */
export function responseId(seed: number, i: number): string {
  let id = 'R_';
  for (let part = 0; part < 3; part++) {
    let h = hashKeys(seed, Stream.responseId, i, part);
    for (let k = 0; k < 5; k++) {
      id += ID_ALPHABET[h % 62];
      h = Math.floor(h / 62);
    }
  }
  return id;
}

/** Streams a survey export of `size` responses to `out` (and its labels to `labelsOut`). */
export async function generateSurvey(options: SurveyOptions): Promise<GenerationStats> {
  const { size, seed } = options;
  const eol = options.eol ?? '\r\n';
  const model = surveyModel(seed, size);
  const out = new ChunkWriter(options.out);
  const labels = options.labelsOut ? new ChunkWriter(options.labelsOut) : undefined;
  await out.write((options.bom ?? true ? UTF8_BOM : '') + csvRow(SURVEY_HEADERS, eol));
  await labels?.write(csvRow(LABEL_HEADERS, eol));
  for (let i = 0; i < size; i++) {
    const lat = rowLatent(model, i);
    const id = responseId(seed, i);
    const c = lat.customer;
    const email = exportedEmail(Rng.of(seed, Stream.rowMeta, i, 1), c);
    await out.write(
      csvRow(
        [id, isoSeconds(lat.time), lat.score, writeVerbatim(seed, lat), c.region, c.plan, lat.channel, c.language, c.id, email],
        eol,
      ),
    );
    await labels?.write(csvRow([id, lat.mentions.join(LABEL_SEPARATOR)], eol));
  }
  await out.flush();
  await labels?.flush();
  return { rows: size, bytes: out.bytes };
}
