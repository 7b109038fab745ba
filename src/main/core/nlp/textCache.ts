/**
 * Values remembered for the last `size` distinct texts (first in, first out): survey answers
 * repeat ("Great service", "-", "Very satisfied"), and the same text is analysed once.
 */
export class TextCache<T> {
  private readonly map = new Map<string, T>();
  // The cached texts in the order they came, oldest at `head`. Not the Map's own order: V8 leaves
  // a hole for each deleted entry until it rehashes, and finding the oldest key walks them all.
  private order: string[] = [];
  private head = 0;

  constructor(private readonly size: number) {}

  get(text: string): T | undefined {
    return this.map.get(text);
  }

  set(text: string, value: T): void {
    if (this.size <= 0 || this.map.has(text)) return;
    if (this.map.size >= this.size && this.head < this.order.length) {
      this.map.delete(this.order[this.head]!);
      this.head += 1;
      if (this.head >= 4096 && this.head * 2 >= this.order.length) {
        this.order = this.order.slice(this.head);
        this.head = 0;
      }
    }
    this.map.set(text, value);
    this.order.push(text);
  }
}

/** `f` of a text, remembered for the last `size` distinct texts (see TextCache). */
export function cached<T>(f: (text: string) => T, size: number): (text: string) => T {
  const cache = new TextCache<T>(size);
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const value = f(text);
    cache.set(text, value);
    return value;
  };
}
