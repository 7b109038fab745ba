/**
 * Rows travel from the parse worker to the import thread packed: one flat
 * array of primitives per batch (no object per row, so structured cloning
 * and garbage collection stay cheap on the thread that writes).
 *
 * Per response, `RESPONSE_SLOTS` values then one per segment (in mapping order):
 */
export const SLOT = {
  sourceRow: 0,
  respondentId: 1,
  customerKey: 2,
  score: 3,
  excludedReason: 4,
  respondedAt: 5,
  respondedLocal: 6,
  respondedRaw: 7,
  fieldsJson: 8,
} as const;
export const RESPONSE_SLOTS = 9;

export type Packed = string | number | null;

export interface PackedRows {
  /** Values per response: RESPONSE_SLOTS + the number of segments. */
  readonly stride: number;
  readonly count: number;
  readonly values: Packed[];
  /** Triples: index of the response in this batch, verbatim column, text (in response order). */
  readonly verbatims: (string | number)[];
}

export function emptyPacked(segments: number): PackedRows {
  return { stride: RESPONSE_SLOTS + segments, count: 0, values: [], verbatims: [] };
}
