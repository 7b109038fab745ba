/**
 * How well one partition of items (suggested themes) matches another (known labels): the
 * adjusted Rand index (Hubert & Arabie 1985) and normalised mutual information (arithmetic-mean
 * normalisation, as scikit-learn's default). Both are 1 for identical partitions; ARI is about 0
 * for a random one, NMI 0 for independent ones. Labels are any strings; `a` and `b` align by index.
 */
function contingency(a: readonly string[], b: readonly string[]): { table: Map<string, Map<string, number>>; rows: Map<string, number>; cols: Map<string, number> } {
  if (a.length !== b.length) throw new Error(`partitions of different sizes (${a.length} and ${b.length})`);
  const table = new Map<string, Map<string, number>>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    let row = table.get(x);
    if (!row) table.set(x, (row = new Map()));
    row.set(y, (row.get(y) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  }
  return { table, rows, cols };
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  const { table, rows, cols } = contingency(a, b);
  let index = 0;
  for (const row of table.values()) for (const n of row.values()) index += pairs(n);
  let sumRows = 0;
  for (const n of rows.values()) sumRows += pairs(n);
  let sumCols = 0;
  for (const n of cols.values()) sumCols += pairs(n);
  const expected = (sumRows * sumCols) / pairs(a.length);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

export function normalizedMutualInfo(a: readonly string[], b: readonly string[]): number {
  const { table, rows, cols } = contingency(a, b);
  const n = a.length;
  const entropy = (counts: Iterable<number>) => {
    let h = 0;
    for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
    return h;
  };
  let mi = 0;
  for (const [x, row] of table) {
    for (const [y, nxy] of row) mi += (nxy / n) * Math.log((n * nxy) / (rows.get(x)! * cols.get(y)!));
  }
  const ha = entropy(rows.values());
  const hb = entropy(cols.values());
  if (ha === 0 && hb === 0) return 1;
  const mean = (ha + hb) / 2;
  return mean === 0 ? 0 : Math.max(0, mi) / mean;
}
