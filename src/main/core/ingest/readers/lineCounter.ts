/**
 * Turns character offsets into 1-based line and column numbers as editors
 * count them (CR, LF and CRLF each end one line), over text that arrives in
 * chunks. Offsets must be asked for in increasing order; text before the last
 * asked offset is let go.
 */
export class LineCounter {
  private readonly chunks: string[] = [];
  /** Whether each chunk holds a CR at all (most files break lines with LF only). */
  private readonly withCR: boolean[] = [];
  private firstStart = 0; // absolute offset of chunks[0]
  private total = 0;
  private pos = 0; // counted up to here
  private line = 1; // line of the character at pos
  private lineStart = 0; // absolute offset where that line starts
  private afterCR = false; // the character before pos was a CR

  append(text: string): void {
    if (text.length === 0) return;
    this.chunks.push(text);
    this.withCR.push(text.includes('\r'));
    this.total += text.length;
  }

  lineAt(offset: number): number {
    this.advance(offset);
    return this.line;
  }

  position(offset: number): { line: number; column: number } {
    this.advance(offset);
    return { line: this.line, column: offset - this.lineStart + 1 };
  }

  private advance(offset: number): void {
    const target = Math.min(offset, this.total);
    while (this.pos < target && this.chunks.length > 0) {
      const chunk = this.chunks[0]!;
      const from = this.pos - this.firstStart;
      const end = Math.min(target, this.firstStart + chunk.length) - this.firstStart;
      if (this.afterCR || this.withCR[0]) this.countMixed(chunk, from, end);
      else this.countLineFeeds(chunk, from, end);
      this.pos = this.firstStart + end;
      if (end === chunk.length) {
        this.chunks.shift();
        this.withCR.shift();
        this.firstStart += chunk.length;
      }
    }
  }

  /** Text with LF line breaks only: the engine's own search finds them (a million-row file is read here). */
  private countLineFeeds(chunk: string, from: number, end: number): void {
    for (let i = chunk.indexOf('\n', from); i >= 0 && i < end; i = chunk.indexOf('\n', i + 1)) {
      this.line += 1;
      this.lineStart = this.firstStart + i + 1;
    }
  }

  /** CR, LF and CRLF, character by character. */
  private countMixed(chunk: string, from: number, end: number): void {
    for (let i = from; i < end; i += 1) {
      const c = chunk.charCodeAt(i);
      if (c === 13 || (c === 10 && !this.afterCR)) {
        this.line += 1;
        this.lineStart = this.firstStart + i + 1;
      } else if (c === 10) {
        this.lineStart = this.firstStart + i + 1; // the LF of a CRLF: same line break
      }
      this.afterCR = c === 13;
    }
  }
}
