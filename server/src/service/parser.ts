/**
 * The CSV parser: csv-parse reads the values, `alignRecord` places them on the text with exact
 * UTF-16 offsets. csv-parse's `info`/`raw` options would give positions too but cost about twice
 * the parse time (NOTES.md), and its byte counts are UTF-8; aligning known values is one cheap pass.
 * Cell bounds go to a typed array and CsvCell objects are built when a record's `cells` is first
 * read (parserModel.ts): allocating millions of them up front cost more than csv-parse itself.
 *
 * Malformed input never throws. csv-parse stops at a quote that never closes, and reads a quote
 * closed on a later line with text after it as one giant field; in both cases the record is read by
 * `recoverRecord` instead. Our reader then goes on until it has read a run of clean records (so a
 * file with a broken quote on every line costs no csv-parse restart per line), and csv-parse
 * restarts on a small window of text that doubles while the text stays clean.
 */
import { parse, type Options } from 'csv-parse/sync';
import type { CsvDocument } from './csvDocument';
import { CellStore } from './parserModel';
import { alignRecord, nextLineBreak, recoverRecord, type ScanState } from './parserScan';

/**
 * Record delimiters are listed rather than auto-detected: csv-parse's detection fixes the first one
 * it meets for the whole file, and the editor (and our line numbers) treat all three as line breaks.
 * `\r\n` comes first so it is never read as `\r` then an empty line.
 */
const OPTIONS: Options = {
  relax_column_count: true,
  relax_quotes: true,
  record_delimiter: ['\r\n', '\n', '\r'],
};

/** Clean records read by our own reader after a recovery before csv-parse takes over again. */
const CLEAN_STREAK = 256;

/** csv-parse's first window after a recovery (in UTF-16 units); it doubles while the text stays clean. */
const RESTART_WINDOW = 4096;

/** Parses CSV text into records and cells with exact offsets. Never throws. */
export function parseCsv(text: string): CsvDocument {
  const bom = text.charCodeAt(0) === 0xfeff;
  const st: ScanState = { text, records: [], errors: [], store: new CellStore(), line: 0 };
  let pos = bom ? 1 : 0;
  let window = Infinity;
  // Records still to read with our own reader after a recovery: restarting csv-parse on every
  // line of a file with a broken quote on every line would cost a call per line.
  let ownReads = 0;
  while (pos < text.length) {
    if (ownReads > 0) {
      const errorCount = st.errors.length;
      pos = recoverRecord(st, pos);
      ownReads = st.errors.length > errorCount ? CLEAN_STREAK : ownReads - 1;
      continue;
    }
    const end = window >= text.length - pos ? text.length : windowEnd(text, pos + window);
    const chunk = text.slice(pos, end);
    if (!isWellFormed(chunk)) {
      // csv-parse works on UTF-8 bytes, where a lone surrogate becomes U+FFFD: read these ourselves.
      ownReads = CLEAN_STREAK;
      window = RESTART_WINDOW;
      continue;
    }
    const { values, failed } = readChunk(chunk);
    let next = pos;
    let aligned = 0;
    for (const record of values) {
      const after = alignRecord(st, next, record);
      if (after < 0) break;
      next = after;
      aligned++;
    }
    const allAligned = aligned === values.length;
    if (allAligned && !failed && next === end) {
      pos = next;
      window *= 2;
    } else if (allAligned && failed && end < text.length) {
      // The open quote may just run past the window: retry from that record with a larger one.
      window = 2 * Math.max(RESTART_WINDOW, end - next);
      pos = next;
    } else {
      pos = next < text.length ? recoverRecord(st, next) : next;
      ownReads = CLEAN_STREAK;
      window = RESTART_WINDOW;
    }
  }
  st.errors.sort((a, b) => a.offset - b.offset);
  return { text, records: st.records, errors: st.errors, bom, eol: firstEol(text) };
}

/** csv-parse's records for `chunk`; when it stops on an error, the records before it. */
function readChunk(chunk: string): { values: string[][]; failed: boolean } {
  try {
    return { values: parse(chunk, OPTIONS) as string[][], failed: false };
  } catch (err) {
    // The sync API drops the records it read before an error. Only relaxed options are set, so the
    // error is a quote still open at the end of the chunk; its `records` counts the complete records
    // before it, which `to` reads again without going near the error.
    const before = (err as { records?: unknown }).records;
    if (typeof before !== 'number' || before <= 0) return { values: [], failed: true };
    try {
      return { values: parse(chunk, { ...OPTIONS, to: before }) as string[][], failed: true };
    } catch {
      return { values: [], failed: true };
    }
  }
}

/** The end of the line containing `from` (after its terminator), so windows never split a `\r\n`. */
function windowEnd(text: string, from: number): number {
  const br = nextLineBreak(text, from);
  if (br >= text.length) return text.length;
  return text.charCodeAt(br) === 0x0d && text.charCodeAt(br + 1) === 0x0a ? br + 2 : br + 1;
}

/** The first line terminator in the text, `\r\n` when there is none. */
function firstEol(text: string): CsvDocument['eol'] {
  const br = nextLineBreak(text, 0);
  if (br >= text.length) return '\r\n';
  if (text.charCodeAt(br) === 0x0a) return '\n';
  return text.charCodeAt(br + 1) === 0x0a ? '\r\n' : '\r';
}

/** `String.prototype.isWellFormed` (Node 20+; not in the ES2022 lib typings). */
function isWellFormed(s: string): boolean {
  return (s as string & { isWellFormed(): boolean }).isWellFormed();
}
