/**
 * Position ↔ offset conversion that finds line starts only as far as it is asked, with the results
 * of vscode-languageserver-textdocument's `TextDocument` (CRLF, CR and LF end a line; a position
 * never falls between a line's end and its line break; the same clamping). A `TextDocument` builds
 * the table of every line of its text for its first conversion: 40 ms on a 100,000-row export
 * (10 MB), which a hover on line 10 of a file still being parsed need not wait for, and 54 ms of a
 * 700 ms CLI check that prints two findings near the top of such a file (CPU profiles). The language
 * server and the CLI both convert with it.
 */
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';

const CR = 0x0d;
const LF = 0x0a;

/** The line starts of one text, found on demand. */
export class LineStarts {
  /** Starts of the lines found so far; the first line starts at 0. */
  private readonly starts = [0];
  /** Where the search for the next line break goes on; the text length once every line is known. */
  private scanned = 0;

  constructor(readonly text: string) {}

  /** The position of `offset`, as `TextDocument.positionAt` gives it. */
  positionAt(offset: number): Position {
    const text = this.text;
    let at = Math.max(Math.min(offset, text.length), 0);
    // Known up to a line starting past `at`, or to the end.
    while (this.scanned < text.length && this.starts[this.starts.length - 1]! <= at) this.next();
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid]! > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    at = this.beforeEol(at, this.starts[line]!);
    return { line, character: at - this.starts[line]! };
  }

  /** The offset of `position`, as `TextDocument.offsetAt` gives it. */
  offsetAt(position: Position): number {
    const text = this.text;
    // The line after it too, which bounds the character.
    while (this.scanned < text.length && this.starts.length <= position.line + 1) this.next();
    if (position.line >= this.starts.length) return text.length;
    if (position.line < 0) return 0;
    const lineStart = this.starts[position.line]!;
    if (position.character <= 0) return lineStart;
    const nextLine = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! : text.length;
    return this.beforeEol(Math.min(lineStart + position.character, nextLine), lineStart);
  }

  /** Finds the next line start (or the end of the text). */
  private next(): void {
    const text = this.text;
    const n = text.length;
    for (let i = this.scanned; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === CR || c === LF) {
        const start = c === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
        this.starts.push(start);
        this.scanned = start;
        return;
      }
    }
    this.scanned = n;
  }

  /** `offset` moved back over line-break characters, not before `lineStart`. */
  private beforeEol(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart) {
      const c = this.text.charCodeAt(at - 1);
      if (c !== CR && c !== LF) break;
      at--;
    }
    return at;
  }
}

/**
 * `document` converting positions and offsets with `lines` (which must be of its current text):
 * for a request answered at once, while the document's text stays the same.
 */
export function withLineStarts(document: TextDocument, lines: LineStarts): TextDocument {
  return {
    uri: document.uri,
    languageId: document.languageId,
    version: document.version,
    get lineCount() {
      return document.lineCount;
    },
    getText: (range?: Range) => (range ? lines.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end)) : lines.text),
    positionAt: (offset) => lines.positionAt(offset),
    offsetAt: (position) => lines.offsetAt(position),
    // No feature asks these of a partial parse: the document's own table answers them.
    getLineRange: (line) => document.getLineRange(line),
    getEOLCharacters: (line) => document.getEOLCharacters(line),
  };
}
