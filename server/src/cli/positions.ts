/**
 * Offsets to 0-based lines and columns, exactly as `TextDocument.positionAt` of
 * vscode-languageserver-textdocument converts them (CRLF, CR and LF end a line; a position never
 * falls between a line's end and its line break), but reading the text only up to the last offset
 * asked for. The CLI prints at most `--max-problems` findings, and a line table of a whole 10 MB
 * file to convert the two findings near its top cost 54 ms of a 700 ms check (CPU profile).
 */

/** A 0-based line and UTF-16 column. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** Converts offsets of `text` up to `maxOffset` (larger ones are converted too, after a longer scan). */
export class LinePositions {
  /** Starts of the lines starting at or before `scanned`, as `TextDocument` computes them. */
  private readonly starts: number[] = [0];
  /** Offsets below this have been scanned for line breaks. */
  private scanned = 0;

  constructor(private readonly text: string) {}

  /** The line and column of `offset` (clamped to the text). */
  positionAt(offset: number): LinePosition {
    const text = this.text;
    offset = Math.max(Math.min(offset, text.length), 0);
    this.scanTo(offset);
    const starts = this.starts;
    // The least index whose start is past `offset`.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid]! > offset) high = mid;
      else low = mid + 1;
    }
    const lineStart = starts[low - 1]!;
    while (offset > lineStart && isEol(text.charCodeAt(offset - 1))) offset--;
    return { line: low - 1, character: offset - lineStart };
  }

  /** Records every line start at or before `offset`. */
  private scanTo(offset: number): void {
    const text = this.text;
    const starts = this.starts;
    let i = this.scanned;
    for (; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d) {
        if (i + 1 < text.length && text.charCodeAt(i + 1) === 0x0a) {
          // A CRLF whose LF is at `offset` ends its line past `offset`: read it again next time.
          if (i + 1 >= offset) break;
          i++;
        }
        starts.push(i + 1);
      } else if (c === 0x0a) {
        starts.push(i + 1);
      }
    }
    this.scanned = Math.max(this.scanned, i);
  }
}

const isEol = (c: number): boolean => c === 0x0d || c === 0x0a;
