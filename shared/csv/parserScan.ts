/**
 * The CSV reader: reads one record at a time in UTF-16 code units on the editor's text, storing
 * cell bounds in a {@link CellArena} (values are sliced from the text only when a cell is read).
 *
 * "Comma" below stands for the record's delimiter: a comma, or the `;` or tab detected for a file
 * (delimiter.ts).
 *
 * The semantics (csv-parse's with `relax_quotes`, plus two recovery rules for broken quotes):
 * - a field starting with `"` is quoted; `""` inside is one quote; it ends at the next lone `"`;
 * - a `"` inside an unquoted field is kept as written and reported as `csv/invalid-quote`;
 * - text after a closing quote on the same line (`"abc"x`) is reported at that quote, and the
 *   field runs as written to the next comma or line end (its value is the raw text);
 * - a quote that never closes, or whose "closing" quote sits on a later line with text after it,
 *   is most likely a forgotten closing quote: report `csv/unclosed-quote` at the opening quote,
 *   end the record at the end of that physical line and split the rest of it on delimiters, so the
 *   following rows are still read as rows.
 *
 * A record's reading depends only on the text from its start up to its *reach* (one past the last
 * character looked at, the end of the text counting as a character). Normally that is its line
 * terminator; an opening quote that does not close on its line looks further, up to the next quote.
 * The incremental parser uses reaches to know which records an edit can change.
 */
import type { CsvSyntaxError } from './csvDocument';
import type { RecordSource, RecordTable } from './parserModel';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** A record whose reading looked past the first character of the next record. */
export interface FarReach {
  /** Index of the record. */
  readonly record: number;
  /** One past the last offset its reading looked at. */
  readonly reach: number;
}

/** Mutable output of the reader. */
export interface ScanState {
  readonly text: string;
  readonly records: RecordTable;
  readonly errors: CsvSyntaxError[];
  /** The field separator's character code (a comma, or the `;` or tab a file was detected to use). */
  readonly delimiter: number;
  /** The text and the cell arena, shared by the records read. */
  readonly source: RecordSource;
  /** Records that look far ahead, in record order. */
  readonly far: FarReach[];
  /** 0-based line of the next record's start. */
  line: number;
}

/** Offset of the next line break at or after `from` (the text length when none). */
export function nextLineBreak(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) break;
    i++;
  }
  return i;
}

/** Offset of the next delimiter or line break at or after `from` (the text length when none). */
function nextFieldEnd(text: string, from: number, delimiter: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === delimiter || c === LF || c === CR) break;
    i++;
  }
  return i;
}

/** End of the unquoted field starting at `from`, reporting every `"` in it as a stray quote. */
function unquotedFieldEnd(st: ScanState, from: number): number {
  const text = st.text;
  const delimiter = st.delimiter;
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === delimiter || c === LF || c === CR) break;
    if (c === QUOTE) st.errors.push({ code: 'csv/invalid-quote', offset: i, length: 1 });
    i++;
  }
  return i;
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

/** The lone `"` closing a quoted field opened at `open` (`""` pairs skipped), or -1 when the text ends first. */
function closingQuote(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0 || text.charCodeAt(q + 1) !== QUOTE) return q;
    from = q + 2;
  }
}

/** True for the characters that end a field after a closing quote (NaN is the end of the text). */
function isFieldEnd(c: number, delimiter: number): boolean {
  return c === delimiter || c === LF || c === CR || c !== c;
}

/** Reads the record starting at `pos` (inside the text) and returns the next record's start. */
export function readRecord(st: ScanState, pos: number): number {
  const text = st.text;
  const arena = st.source.arena;
  const delimiter = st.delimiter;
  const first = arena.count;
  let line = st.line;
  // Beyond the record's own characters, only a quote search looks ahead.
  let reach = 0;
  let p = pos;
  for (;;) {
    if (text.charCodeAt(p) === QUOTE) {
      const close = closingQuote(text, p);
      reach = Math.max(reach, close < 0 ? text.length + 1 : close + 2);
      if (close >= 0 && isFieldEnd(text.charCodeAt(close + 1), delimiter)) {
        line += countLineBreaks(text, p + 1, close);
        arena.add(close + 1 - pos, true);
        p = close + 1;
      } else if (close >= 0 && nextLineBreak(text, p) > close) {
        // `"abc"x`: the field runs as written to the next comma or line end.
        const end = unquotedFieldEnd(st, close);
        arena.add(end - pos, false);
        p = end;
      } else {
        return unclosedQuote(st, first, pos, p, line, reach);
      }
    } else {
      p = unquotedFieldEnd(st, p);
      arena.add(p - pos, false);
    }
    if (text.charCodeAt(p) !== delimiter) return finishRecord(st, first, pos, p, line, reach);
    p++;
  }
}

/** Ends the record of an unclosed quote at the end of the quote's line, splitting the rest on delimiters as written. */
function unclosedQuote(st: ScanState, first: number, start: number, quote: number, line: number, reach: number): number {
  const text = st.text;
  st.errors.push({ code: 'csv/unclosed-quote', offset: quote, length: 1 });
  const lineEnd = nextLineBreak(text, quote);
  let p = quote;
  for (;;) {
    const end = nextFieldEnd(text, p, st.delimiter);
    st.source.arena.add(end - start, false);
    if (end === lineEnd) return finishRecord(st, first, start, lineEnd, line, reach);
    p = end + 1;
  }
}

/**
 * Appends the record `[start, p)` whose cells were stored from `first`, consumes the line
 * terminator at `p` (if any) and returns the next record's start. `line` is the line `p` is on.
 */
function finishRecord(st: ScanState, first: number, start: number, p: number, line: number, reach: number): number {
  const text = st.text;
  const index = st.records.length;
  st.records.push(start, p, st.line, first, st.source.arena.count - first);
  const c = text.charCodeAt(p);
  let next = p;
  if (c === CR) {
    next = text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
    line++;
  } else if (c === LF) {
    next = p + 1;
    line++;
  }
  st.line = line;
  // Looking at `\r`'s next character, or at the next record's first, is the normal reach.
  if (reach > next + 1) st.far.push({ record: index, reach });
  return next;
}
