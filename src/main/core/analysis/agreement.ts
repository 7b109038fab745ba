/**
 * Agreement between coders (DESIGN.md section 4): Cohen's κ between two coders' decisions on the
 * same items (per theme: applied or not, per response both coded), the share of items they agree
 * on, and Krippendorff's α for nominal data over any number of coders (missing values allowed).
 */
export type Decision = string | number | boolean;

export interface KappaResult {
  /** Cohen's κ: (p_o − p_e) / (1 − p_e); 1 when both coders only ever gave the same single value. */
  readonly kappa: number;
  /** p_o: the share of items on which the two coders agree. */
  readonly agreement: number;
  readonly items: number;
}

export function cohensKappa(a: readonly Decision[], b: readonly Decision[]): KappaResult {
  if (a.length !== b.length) throw new Error(`the coders decided on ${a.length} and ${b.length} items`);
  const n = a.length;
  if (n === 0) return { kappa: Number.NaN, agreement: Number.NaN, items: 0 };
  const countA = new Map<Decision, number>();
  const countB = new Map<Decision, number>();
  let same = 0;
  for (let i = 0; i < n; i += 1) {
    if (a[i] === b[i]) same += 1;
    countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
    countB.set(b[i]!, (countB.get(b[i]!) ?? 0) + 1);
  }
  const po = same / n;
  let pe = 0;
  for (const [value, count] of countA) pe += (count / n) * ((countB.get(value) ?? 0) / n);
  return { kappa: pe === 1 ? 1 : (po - pe) / (1 - pe), agreement: po, items: n };
}

/**
 * Krippendorff's α for nominal data: 1 − D_o / D_e from the coincidence matrix (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability"). Each unit lists the values its coders
 * gave (a coder who did not code it is left out); units with fewer than two values do not count.
 */
export function krippendorffAlphaNominal(units: readonly (readonly Decision[])[]): number {
  const coincidences = new Map<Decision, Map<Decision, number>>();
  const add = (c: Decision, k: Decision, w: number) => {
    let row = coincidences.get(c);
    if (!row) coincidences.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const values of units) {
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i += 1) for (let j = 0; j < m; j += 1) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const totals = new Map<Decision, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of coincidences) {
    for (const [k, w] of row) {
      totals.set(c, (totals.get(c) ?? 0) + w);
      n += w;
      if (c !== k) disagreeing += w;
    }
  }
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  expected /= n - 1;
  if (n === 0) return Number.NaN;
  return expected === 0 ? 1 : 1 - disagreeing / expected;
}
