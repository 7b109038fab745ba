import type { ImportProgress } from './runImport';

/** Progress as the status bar shows it: bytes for done/total, rows, rows per second and time left. */
export function importProgressMessage(p: ImportProgress, startedAt: number, now = Date.now()): { done: number; total: number; message: string } {
  if (p.phase === 'indexing') return { done: p.totalBytes, total: p.totalBytes, message: `${p.rows.toLocaleString('en')} rows saved · indexing the comments for search…` };
  const seconds = Math.max(0.001, (now - startedAt) / 1000);
  const rate = p.rows / seconds;
  const parts = [`${p.rows.toLocaleString('en')} rows`, `${Math.round(rate).toLocaleString('en')} rows/s`];
  if (p.totalBytes > 0 && p.bytes > 0 && p.bytes < p.totalBytes) {
    const left = ((p.totalBytes - p.bytes) / p.bytes) * seconds;
    parts.push(left >= 60 ? `about ${Math.ceil(left / 60)} min left` : `about ${Math.ceil(left)} s left`);
  }
  return { done: p.bytes, total: p.totalBytes, message: parts.join(' · ') };
}
