/**
 * Tells whether an import may hold a repeated respondent id, in about sixteen
 * bytes per row instead of keeping every id: 64-bit hashes (two independent
 * 32-bit ones) in an open-addressing table. A hash seen twice means "maybe"
 * (the exact check is then done in SQL; by chance only once in ~10^7 imports
 * of a million rows); never seen twice means certainly no repeats.
 */
export class DuplicateFilter {
  private table = new Uint32Array(2 << 16);
  private count = 0;
  private maybe = false;

  get mayHaveDuplicates(): boolean {
    return this.maybe;
  }

  add(id: string): void {
    if (this.maybe) return;
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < id.length; i += 1) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    const hi = (a >>> 0) || 1; // 0 marks an empty slot
    const lo = b >>> 0;
    if (this.insert(hi, lo)) {
      this.count += 1;
      if (this.count * 4 > this.table.length) this.grow();
    } else {
      this.maybe = true;
    }
  }

  /** False when the hash was already there. */
  private insert(hi: number, lo: number): boolean {
    const slots = this.table.length >>> 1;
    const mask = slots - 1;
    for (let i = (hi ^ lo) & mask; ; i = (i + 1) & mask) {
      const at = i << 1;
      const slot = this.table[at]!;
      if (slot === 0) {
        this.table[at] = hi;
        this.table[at + 1] = lo;
        return true;
      }
      if (slot === hi && this.table[at + 1] === lo) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 2) if (old[at] !== 0) this.insert(old[at]!, old[at + 1]!);
  }
}
