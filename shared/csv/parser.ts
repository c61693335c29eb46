/**
 * The CSV parser: `parseCsv` reads a whole text; `reparseCsv` reads a later version of it after an
 * edit, again only from the record the edit touches until the records read line up with the old
 * ones (shifted by the edit's length), and takes the rest over from the old version.
 *
 * The reader is our own (parserScan.ts) rather than csv-parse: csv-parse works on UTF-8 bytes, so
 * exact UTF-16 offsets cost a second pass to place its values on the text, and together that took
 * more than twice csv-parse's own time; one pass of our reader costs less than csv-parse alone.
 * csv-parse with `relax_quotes` is the reference for well-formed files (see the parser tests).
 * Malformed input never throws.
 */
import type { CsvDocument, CsvRecord, CsvSyntaxError, Delimiter } from './csvDocument';
import { CellArena, type RecordSource, RecordTable } from './parserModel';
import { type FarReach, nextLineBreak, readRecord, type ScanState } from './parserScan';
import { lowerBound } from './search';

/** One edit between two versions, in UTF-16 offsets: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Which records of a reparsed version read the same as the previous version's. */
export interface RecordMapping {
  /** Records `[0, head)` are the previous version's, at the same place. */
  readonly head: number;
  /** Records `[tail, length)` are the previous version's from `previousTail` on, shifted by the edit. */
  readonly tail: number;
  readonly previousTail: number;
}

/** What `reparseCsv` needs of a version besides its records: the reader's tables, kept with the version (see {@link ParsedCsv.scan}). */
export interface ScanTables {
  readonly records: RecordTable;
  readonly arena: CellArena;
  readonly far: readonly FarReach[];
  /** Cells of the arena that this version uses; the rest belong to older versions. */
  readonly liveCells: number;
}

/** Parses CSV text into records and cells with exact offsets, fields separated by `delimiter`. Never throws. */
export function parseCsv(text: string, delimiter: Delimiter = ','): ParsedCsv {
  const st = newState(text, delimiter, new CellArena(), 0, 64);
  const bom = text.charCodeAt(0) === 0xfeff;
  let pos = bom ? 1 : 0;
  while (pos < text.length) pos = readRecord(st, pos);
  return finish(st, st.source.arena.count, bom);
}

/**
 * Parses `text`, the version of `previous.text` after `edit`, reusing the records the edit cannot
 * have changed. Falls back to a full parse whenever reuse is not certain to give the same result,
 * and when `delimiter` (the new text's) is not the one `previous` was read with: every record reads
 * differently then.
 */
export function reparseCsv(
  previous: CsvDocument,
  edit: TextEdit,
  text: string,
  delimiter: Delimiter = ',',
): { csv: ParsedCsv; mapping?: RecordMapping } {
  // A document built some other way (a test's literal) has no tables to reuse: parse it all.
  const old = previous instanceof ParsedCsv ? previous.scan : undefined;
  const delta = edit.newEnd - edit.oldEnd;
  const valid =
    edit.start >= 0 && edit.start <= edit.oldEnd && edit.oldEnd <= previous.text.length && text.length === previous.text.length + delta;
  // Arena garbage past the live cells is the price of reuse; past half, start afresh.
  const sameDelimiter = (previous.delimiter ?? ',') === delimiter;
  if (!old || !valid || !sameDelimiter || edit.start === 0 || old.arena.count > 2 * old.liveCells + 65536) {
    return { csv: parseCsv(text, delimiter) };
  }

  const records = old.records;
  const restart = restartRecord(records, old.far, edit.start);
  const st = newState(
    text,
    delimiter,
    old.arena,
    restart < records.length ? records.line(restart) : lineAtEnd(previous, records),
    records.length + 16,
  );
  st.records.append(records, 0, restart, 0, 0);
  st.far.push(...old.far.filter((f) => f.record < restart));
  const from = restart < records.length ? records.start(restart) : restart > 0 ? records.end(restart - 1) : 0;
  st.errors.push(...previous.errors.filter((e) => e.offset < from));
  // Cells this version uses: the old version's, minus the records read again, plus the new ones.
  const appendedFrom = old.arena.count;
  let liveCells = old.liveCells;
  for (let i = restart; i < records.length; i++) liveCells -= records.cellCount(i);

  const bom = text.charCodeAt(0) === 0xfeff;
  let pos = restart < records.length ? from : nextStartAfter(previous, text, st.records);
  let j = restart;
  while (pos < text.length) {
    if (pos >= edit.newEnd) {
      // Old records from here on read the same text: take them over once a record start lines up.
      const oldPos = pos - delta;
      while (j < records.length && records.start(j) < oldPos) j++;
      if (j < records.length && records.start(j) === oldPos) {
        const tail = st.records.length;
        takeOver(st, previous, old, j, delta, st.line - records.line(j));
        for (let i = j; i < records.length; i++) liveCells += records.cellCount(i);
        const csv = finish(st, liveCells + (st.source.arena.count - appendedFrom), bom);
        return { csv, mapping: { head: restart, tail, previousTail: j } };
      }
    }
    pos = readRecord(st, pos);
  }
  const csv = finish(st, liveCells + (st.source.arena.count - appendedFrom), bom);
  return { csv, mapping: { head: restart, tail: st.records.length, previousTail: records.length } };
}

/** The first record an edit at `start` can change: the one holding `start`, the one before (its terminator), or one reading far ahead. */
function restartRecord(records: RecordTable, far: readonly FarReach[], start: number): number {
  // The record holding `start` is the last one starting at or before it.
  const at = lowerBound(records.length, (i) => records.start(i) <= start) - 1;
  let restart = Math.max(0, at - 1);
  for (const f of far) {
    if (f.record >= restart) break;
    if (f.reach > start) {
      restart = f.record;
      break;
    }
  }
  return restart;
}

/** Appends the old records from `j` on, shifted, with their errors and far reaches. */
function takeOver(st: ScanState, previous: CsvDocument, old: ScanTables, j: number, delta: number, lines: number): void {
  const records = old.records;
  const base = st.records.length - j;
  st.records.append(records, j, records.length, delta, lines);
  const from = records.start(j);
  for (const e of previous.errors) if (e.offset >= from) st.errors.push({ code: e.code, offset: e.offset + delta, length: e.length });
  for (const f of old.far) if (f.record >= j) st.far.push({ record: f.record + base, reach: f.reach + delta });
}

/** Where reading resumes when every old record comes before the edit: after the last one's terminator. */
function nextStartAfter(previous: CsvDocument, text: string, records: RecordTable): number {
  if (records.length === 0) return previous.bom ? 1 : 0;
  const p = records.end(records.length - 1);
  if (text.charCodeAt(p) === 0x0d) return text.charCodeAt(p + 1) === 0x0a ? p + 2 : p + 1;
  return text.charCodeAt(p) === 0x0a ? p + 1 : p;
}

/** The line after the last record (where a record appended at the end would start). */
function lineAtEnd(previous: CsvDocument, records: RecordTable): number {
  const last = records.length - 1;
  if (last < 0) return 0;
  return records.line(last) + countBreaks(previous.text, records.start(last), previous.text.length);
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) n++;
  }
  return n;
}

/** A reader's state at the start of `text` (or at `line`, for a reparse), storing cells in `arena`. */
export function newState(text: string, delimiter: Delimiter, arena: CellArena, line: number, capacity: number): ScanState {
  const errors: CsvSyntaxError[] = [];
  return { text, records: new RecordTable(capacity), errors, delimiter: delimiter.charCodeAt(0), source: { text, arena }, far: [], line };
}

/** The version the reader `st` has read, once it reached the end of its text. */
export function finish(st: ScanState, liveCells: number, bom: boolean): ParsedCsv {
  const scan: ScanTables = { records: st.records, arena: st.source.arena, far: st.far, liveCells };
  const delimiter = String.fromCharCode(st.delimiter) as Delimiter;
  return new ParsedCsv(st.text, scan, st.source, st.errors, bom, firstEol(st.text), delimiter);
}

/** A parsed version: its records live in a {@link RecordTable} and become objects only when read. */
export class ParsedCsv implements CsvDocument {
  readonly #table: RecordTable;
  readonly #source: RecordSource;
  #records: readonly CsvRecord[] | undefined;

  constructor(
    readonly text: string,
    /** The reader's tables of this version, which `reparseCsv` builds the next version from. */
    readonly scan: ScanTables,
    source: RecordSource,
    readonly errors: readonly CsvSyntaxError[],
    readonly bom: boolean,
    readonly eol: CsvDocument['eol'],
    readonly delimiter: Delimiter = ',',
  ) {
    this.#table = scan.records;
    this.#source = source;
  }

  get recordCount(): number {
    return this.#table.length;
  }

  record(index: number): CsvRecord {
    return this.#table.record(this.#source, index);
  }

  recordStart(index: number): number {
    return this.#table.start(index);
  }

  get records(): readonly CsvRecord[] {
    this.#records ??= Array.from({ length: this.#table.length }, (_, i) => this.record(i));
    return this.#records;
  }

  /** A plain view for `JSON.stringify` and debugging (the records live behind a getter). */
  toJSON(): Pick<CsvDocument, 'text' | 'records' | 'errors' | 'bom' | 'eol' | 'delimiter'> {
    const { text, records, errors, bom, eol, delimiter } = this;
    return { text, records, errors, bom, eol, delimiter };
  }
}

/** The first line terminator in the text, `\r\n` when there is none. */
export function firstEol(text: string): CsvDocument['eol'] {
  const br = nextLineBreak(text, 0);
  if (br >= text.length) return '\r\n';
  if (text.charCodeAt(br) === 0x0a) return '\n';
  return text.charCodeAt(br + 1) === 0x0a ? '\r\n' : '\r';
}
