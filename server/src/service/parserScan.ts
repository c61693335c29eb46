/**
 * Text-side half of the CSV parser: places csv-parse's values on the text (`alignRecord`) and,
 * where csv-parse's reading is not the one we want to show the user, reads a record itself
 * (`recoverRecord`). Both work in UTF-16 code units on the editor's text.
 *
 * The semantics both implement (csv-parse with `relax_quotes`, plus two recovery rules):
 * - a field starting with `"` is quoted; `""` inside is one quote; it ends at the next lone `"`;
 * - a `"` inside an unquoted field is kept as written and reported as `csv/invalid-quote`;
 * - text after a closing quote on the same line (`"abc"x`) is reported at that quote, and the
 *   field runs as written to the next comma or line end (its value is the raw text);
 * - a quote that never closes, or whose "closing" quote sits on a later line with text after it,
 *   is most likely a forgotten closing quote: report `csv/unclosed-quote` at the opening quote,
 *   end the record at the end of that physical line and split the rest of it on commas, so the
 *   following rows are still read as rows.
 */
import type { CsvRecord, CsvSyntaxError } from './csvDocument';
import { CellStore, LazyRecord } from './parserModel';

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Mutable output shared by the aligner and the recovery reader. */
export interface ScanState {
  readonly text: string;
  readonly records: CsvRecord[];
  readonly errors: CsvSyntaxError[];
  readonly store: CellStore;
  /** 0-based line of the next record's start. */
  line: number;
}

/** True for the characters that end an unquoted field or follow a closing quote (NaN is the end of text). */
function isFieldEnd(c: number): boolean {
  return c === COMMA || c === LF || c === CR || c !== c;
}

/** Offset of the next comma or line break at or after `from` (the text length when none). */
function nextFieldEnd(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) break;
    i++;
  }
  return i;
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

/** Number of line breaks (`\r\n`, `\n` or `\r`) in `text[from, to)`. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/** Reports every `"` in `text[from, to)` as a stray quote. */
function reportStrayQuotes(st: ScanState, from: number, to: number): void {
  // A bounded loop rather than indexOf, which would search the rest of the text when there is no quote.
  for (let i = from; i < to; i++) {
    if (st.text.charCodeAt(i) === QUOTE) st.errors.push({ code: 'csv/invalid-quote', offset: i, length: 1 });
  }
}

/** Where a quoted field opened at `start` closes: the closing quote's offset and the doubled quotes seen. */
interface QuotedExtent {
  /** Offset of the closing quote, or -1 when the text ends first. */
  readonly close: number;
  readonly doubled: number;
}

function quotedExtent(text: string, start: number): QuotedExtent {
  let from = start + 1;
  let doubled = 0;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return { close: -1, doubled };
    if (text.charCodeAt(q + 1) !== QUOTE) return { close: q, doubled };
    doubled++;
    from = q + 2;
  }
}

/**
 * Records the record whose cells are `values` (bounds stored from `first`), consumes the line
 * terminator at `p` (if any) and returns the next record's start. `endLine` is the line `p` is on.
 */
function finishRecord(st: ScanState, values: string[], first: number, start: number, p: number, endLine: number): number {
  st.records.push(new LazyRecord(values, st.store, first, start, p, st.line, p === start));
  const c = st.text.charCodeAt(p);
  st.line = endLine;
  if (c === CR) {
    st.line++;
    return st.text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
  }
  if (c === LF) {
    st.line++;
    return p + 1;
  }
  return p;
}

/**
 * Places the values csv-parse read for the record starting at `pos` on the text, appending the
 * record and any stray-quote errors (`values` is taken over: a field read as written gets its raw
 * text). Returns the next record's start, or -1 (with nothing appended) when the text does not read
 * the same way, so the caller falls back to `recoverRecord`.
 */
export function alignRecord(st: ScanState, pos: number, values: string[]): number {
  const text = st.text;
  const store = st.store;
  const first = store.count;
  const errorCount = st.errors.length;
  let line = st.line;
  let p = pos;
  for (let i = 0; i < values.length; i++) {
    if (i > 0) {
      if (text.charCodeAt(p) !== COMMA) return abandon(st, first, errorCount);
      p++;
    }
    const v = values[i];
    if (text.charCodeAt(p) === QUOTE) {
      const { close, doubled } = quotedExtent(text, p);
      if (close < 0) return abandon(st, first, errorCount);
      if (isFieldEnd(text.charCodeAt(close + 1))) {
        if (v.length !== close - p - 1 - doubled) return abandon(st, first, errorCount);
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) line += countLineBreaks(text, p + 1, close);
        store.add(p, close + 1, true);
        p = close + 1;
      } else {
        const end = invalidClosingQuote(st, p, close);
        if (end < 0) return abandon(st, first, errorCount);
        values[i] = text.slice(p, end);
        store.add(p, end, false);
        p = end;
      }
    } else {
      const end = p + v.length;
      if (!isFieldEnd(text.charCodeAt(end))) return abandon(st, first, errorCount);
      if (v.indexOf('"') >= 0) reportStrayQuotes(st, p, end);
      store.add(p, end, false);
      p = end;
    }
  }
  const c = text.charCodeAt(p);
  if (c === COMMA || (c === c && c !== CR && c !== LF)) return abandon(st, first, errorCount);
  return finishRecord(st, values, first, pos, p, line);
}

function abandon(st: ScanState, cellCount: number, errorCount: number): number {
  st.store.count = cellCount;
  st.errors.length = errorCount;
  return -1;
}

/**
 * The `"abc"x` case: reports the quote at `close` and returns the end of the field, which runs as
 * written to the next comma or line end. -1 when the quoted part spans a line break (an unclosed
 * quote instead).
 */
function invalidClosingQuote(st: ScanState, start: number, close: number): number {
  const text = st.text;
  if (nextLineBreak(text, start) < close) return -1;
  const end = nextFieldEnd(text, close + 1);
  reportStrayQuotes(st, close, end);
  return end;
}

/**
 * Reads the record starting at `pos` without csv-parse, applying the recovery rules above.
 * Always consumes at least one character when `pos` is inside the text. Returns the next record's start.
 */
export function recoverRecord(st: ScanState, pos: number): number {
  const text = st.text;
  const first = st.store.count;
  const values: string[] = [];
  let line = st.line;
  let p = pos;
  for (;;) {
    if (text.charCodeAt(p) === QUOTE) {
      const { close } = quotedExtent(text, p);
      if (close >= 0 && isFieldEnd(text.charCodeAt(close + 1))) {
        const raw = text.slice(p + 1, close);
        values.push(raw.indexOf('"') >= 0 ? raw.replace(/""/g, '"') : raw);
        line += countLineBreaks(text, p + 1, close);
        st.store.add(p, close + 1, true);
        p = close + 1;
      } else {
        const end = close >= 0 ? invalidClosingQuote(st, p, close) : -1;
        if (end < 0) return unclosedQuote(st, values, first, pos, p, line);
        p = addRaw(st, values, p, end);
      }
    } else {
      const end = nextFieldEnd(text, p);
      reportStrayQuotes(st, p, end);
      p = addRaw(st, values, p, end);
    }
    if (text.charCodeAt(p) !== COMMA) return finishRecord(st, values, first, pos, p, line);
    p++;
  }
}

/** Adds the unquoted cell `text[start, end)` and returns `end`. */
function addRaw(st: ScanState, values: string[], start: number, end: number): number {
  values.push(st.text.slice(start, end));
  st.store.add(start, end, false);
  return end;
}

/** Ends the record at the end of the opening quote's line, splitting the rest on commas as written. */
function unclosedQuote(st: ScanState, values: string[], first: number, recordStart: number, quote: number, line: number): number {
  const text = st.text;
  st.errors.push({ code: 'csv/unclosed-quote', offset: quote, length: 1 });
  const lineEnd = nextLineBreak(text, quote);
  let p = quote;
  for (;;) {
    const end = addRaw(st, values, p, nextFieldEnd(text, p));
    if (end === lineEnd) return finishRecord(st, values, first, recordStart, lineEnd, line);
    p = end + 1;
  }
}
