import type { FigureResult } from './runner';

/** Plain-text tables for the terminal. */

export function formatNumber(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '-';
  const abs = Math.abs(v);
  if (abs >= 10_000) return Math.round(v).toLocaleString('en-US');
  if (abs >= 100) return v.toFixed(0);
  if (abs >= 10) return v.toFixed(1);
  if (abs >= 1) return v.toFixed(2);
  return v.toPrecision(3);
}

export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function verdict(r: FigureResult): string {
  if (r.status !== 'measured') return r.status;
  if (r.targetMet === true) return 'target met';
  if (r.targetMet === false) return 'TARGET MISSED';
  return r.role === 'baseline' ? 'baseline' : r.role === 'sanity' ? 'sanity' : 'measured';
}

export function resultsTable(results: readonly FigureResult[]): string {
  const header = ['figure', 'size', 'median', 'min', 'max', 'unit', 'vs baseline', 'peak RSS', 'runs', 'status'];
  const rows = results.map((r) => [
    r.id,
    r.size,
    formatNumber(r.median),
    formatNumber(r.min),
    formatNumber(r.max),
    r.unit,
    r.baseline ? `${r.baseline.ratio.toFixed(2)}× ${r.baseline.id}` : '-',
    r.peakRssMB === undefined ? '-' : `${r.peakRssMB} MB`,
    r.runs === undefined ? '-' : String(r.runs),
    verdict(r),
  ]);
  return renderTable(header, rows, new Set([2, 3, 4, 8]));
}

/** Per figure: its DESIGN.md row and target, extra figures, or why it is missing. */
export function resultNotes(results: readonly FigureResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.status === 'not yet built') {
      lines.push(`${r.id}: not yet built (${r.note ?? ''}); §6: ${r.designRow}${r.target ? `; target: ${r.target}` : ''}`);
      continue;
    }
    const parts = [`${r.id} [${r.size}]: ${r.title}`, `  §6: ${r.designRow}`];
    if (r.target) parts.push(`  target: ${r.target}`);
    if (r.baseline?.paired) {
      parts.push(`  vs ${r.baseline.id}: measured in ${r.runs ?? 0} alternating rounds with it (its median there ${formatNumber(r.baseline.median)} ${r.unit}); the ratio is the median of the rounds' ratios`);
    }
    if (r.extra) parts.push(`  also: ${Object.entries(r.extra).map(([k, v]) => `${k}=${formatNumber(v)}`).join(', ')}`);
    if (r.note) parts.push(`  error: ${r.note}`);
    lines.push(parts.join('\n'));
  }
  return lines.join('\n');
}
