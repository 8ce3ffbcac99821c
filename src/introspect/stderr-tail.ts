/**
 * Keeps the last lines a server wrote to stderr, bounded in lines and in bytes per line,
 * so a server that floods stderr costs constant memory and still leaves its last words.
 */
export class StderrTail {
  private readonly lines: string[] = [];
  private partial = '';
  private dropped = 0;

  constructor(
    private readonly maxLines = 20,
    private readonly maxLineLength = 400,
  ) {}

  push(chunk: Buffer | string): void {
    const text = this.partial + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    const parts = text.split(/\r?\n/);
    this.partial = clip(parts.pop() ?? '', this.maxLineLength * 4);
    for (const line of parts) this.add(line);
  }

  /** The kept lines, oldest first, with the unterminated last line if any. */
  tail(): string[] {
    const out = this.partial === '' ? [...this.lines] : [...this.lines, clip(this.partial, this.maxLineLength)];
    const extra = Math.max(0, out.length - this.maxLines);
    const kept = out.slice(extra);
    const skipped = this.dropped + extra;
    return skipped > 0 ? [`… ${skipped} earlier line${skipped === 1 ? '' : 's'} not kept`, ...kept] : kept;
  }

  private add(line: string): void {
    this.lines.push(clip(line, this.maxLineLength));
    if (this.lines.length > this.maxLines) {
      this.lines.shift();
      this.dropped += 1;
    }
  }
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
