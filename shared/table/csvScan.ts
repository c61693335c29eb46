/**
 * The table view's CSV reader: every record with each field's exact UTF-16 range in the text, for
 * a view that must write a changed cell back into exactly that range.
 *
 * It reads as the language server's reader does (server/src/service/parserScan.ts: csv-parse with
 * `relax_quotes`, plus its two recovery rules for broken quotes), so a cell of the table is the cell
 * the server's findings point at; the tests compare both on random texts. That reader cannot be
 * imported here: it is server code, which the client (and so the table's webview) may not import, and
 * its compact cell storage serves incremental re-reads a table does not need. This one builds plain
 * objects, which for the 100 users of a MiiTel file (10,000 rows at most in the view) is cheap.
 */
import type { Delimiter } from '../formats/delimiter';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** One field as written. */
export interface ScannedCell {
  /** Offset of the field's first character (its opening quote, if quoted). */
  readonly start: number;
  /** Offset just past the field (its closing quote included). */
  readonly end: number;
  /** Whether the field is enclosed in double quotes (then `""` inside is one quote). */
  readonly quoted: boolean;
  /** The value: quotes removed and doubled quotes undone for a quoted field, the text as written otherwise. */
  readonly value: string;
}

/** One record: normally one line, more when a quoted field holds line breaks. */
export interface ScannedRecord {
  /** Offset of the record's first character. */
  readonly start: number;
  /** Offset just past its last field, line terminator excluded. */
  readonly end: number;
  /** Offset just past its line terminator: the next record's start, or the text's length. */
  readonly next: number;
  /** 0-based line of `start`. */
  readonly line: number;
  /** Fields in order; a blank line has one empty field. */
  readonly cells: readonly ScannedCell[];
}

/** A whole text read as CSV. */
export interface ScannedCsv {
  readonly text: string;
  readonly delimiter: Delimiter;
  /** Whether the text starts with U+FEFF (the first record starts after it). */
  readonly bom: boolean;
  /** The text's first line terminator, `\r\n` (MiiTel's template's) when it has none. */
  readonly eol: '\r\n' | '\n' | '\r';
  readonly records: readonly ScannedRecord[];
}

/** Reads `text` as CSV separated by `delimiter`. Never throws: a broken quote is read as the server reads it. */
export function scanCsv(text: string, delimiter: Delimiter = ','): ScannedCsv {
  const records: ScannedRecord[] = [];
  const bom = text.charCodeAt(0) === 0xfeff;
  const reader = { text, delimiter: delimiter.charCodeAt(0), line: 0 };
  let pos = bom ? 1 : 0;
  while (pos < text.length) {
    const record = readRecord(reader, pos);
    records.push(record);
    pos = record.next;
  }
  return { text, delimiter, bom, eol: firstEol(text), records };
}

interface Reader {
  readonly text: string;
  readonly delimiter: number;
  /** 0-based line of the next record's start. */
  line: number;
}

function readRecord(r: Reader, start: number): ScannedRecord {
  const { text, delimiter } = r;
  const cells: ScannedCell[] = [];
  let lines = 0;
  let p = start;
  for (;;) {
    if (text.charCodeAt(p) === QUOTE) {
      const close = closingQuote(text, p);
      if (close >= 0 && isFieldEnd(text.charCodeAt(close + 1), delimiter)) {
        lines += countLineBreaks(text, p + 1, close);
        cells.push(cell(text, p, close + 1, true));
        p = close + 1;
      } else if (close >= 0 && nextBreak(text, p, -1) > close) {
        // `"abc"x`: the field runs as written to the next delimiter or line end.
        const end = nextBreak(text, close, delimiter);
        cells.push(cell(text, p, end, false));
        p = end;
      } else {
        // A quote that never closes on its line: the record ends with the line, split as written.
        const lineEnd = nextBreak(text, p, -1);
        for (;;) {
          const end = nextBreak(text, p, delimiter);
          cells.push(cell(text, p, end, false));
          if (end === lineEnd) return finish(r, start, lineEnd, lines, cells);
          p = end + 1;
        }
      }
    } else {
      const end = nextBreak(text, p, delimiter);
      cells.push(cell(text, p, end, false));
      p = end;
    }
    if (text.charCodeAt(p) !== delimiter) return finish(r, start, p, lines, cells);
    p++;
  }
}

/** The record `[start, end)`, its line terminator consumed; `lines` is the number of breaks inside it. */
function finish(r: Reader, start: number, end: number, lines: number, cells: ScannedCell[]): ScannedRecord {
  const c = r.text.charCodeAt(end);
  const next = c === CR && r.text.charCodeAt(end + 1) === LF ? end + 2 : c === CR || c === LF ? end + 1 : end;
  const line = r.line;
  r.line += lines + (next > end ? 1 : 0);
  return { start, end, next, line, cells };
}

function cell(text: string, start: number, end: number, quoted: boolean): ScannedCell {
  const value = quoted ? text.slice(start + 1, end - 1).replace(/""/g, '"') : text.slice(start, end);
  return { start, end, quoted, value };
}

/** Offset of the next line break (or `delimiter`, a character code; -1 for none) at or after `from`; the text's length when none. */
function nextBreak(text: string, from: number, delimiter: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR || c === delimiter) break;
  }
  return i;
}

/** The lone `"` closing a quoted field opened at `open` (`""` pairs skipped), or -1 when the text ends first. */
function closingQuote(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0 || text.charCodeAt(q + 1) !== QUOTE) return q;
    from = q + 2;
  }
}

/** True for the characters that may follow a closing quote (NaN is the end of the text). */
function isFieldEnd(c: number, delimiter: number): boolean {
  return c === delimiter || c === LF || c === CR || c !== c;
}

/** Number of line breaks (`\r\n`, `\n` or `\r`) in `text[from, to)`. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/** The first line terminator in the text, `\r\n` when there is none (as the server's parser says). */
function firstEol(text: string): ScannedCsv['eol'] {
  const br = nextBreak(text, 0, -1);
  if (br >= text.length) return '\r\n';
  if (text.charCodeAt(br) === LF) return '\n';
  return text.charCodeAt(br + 1) === LF ? '\r\n' : '\r';
}
