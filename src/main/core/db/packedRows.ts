/**
 * Rows travel from the parse worker to the import thread packed: a batch is
 * two flat arrays of primitives (no object per row, so structured cloning and
 * garbage collection stay cheap on the thread that writes), each value typed
 * as its column stores it (binding text for an integer column costs SQLite a
 * conversion per value).
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

/** A batch of responses: filled by the row packer, cloned to the import thread, written there. */
export interface RowValues {
  /** Values per response: RESPONSE_SLOTS + the number of segments. */
  readonly stride: number;
  count: number;
  readonly values: Packed[];
  /** Triples: index of the response in this batch, position of its verbatim column in the mapping, text (in response order). */
  readonly verbatims: (string | number)[];
}

export function emptyRowValues(segments: number): RowValues {
  return { stride: RESPONSE_SLOTS + segments, count: 0, values: [], verbatims: [] };
}
