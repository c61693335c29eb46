/**
 * Compact storage behind the parser's records. A 100,000-row file has about 2.4 million cells; a
 * CsvCell object (and a value string) for each would cost more time than the whole parse and over
 * a hundred megabytes, so the parser stores one 32-bit number per cell and a record builds its
 * CsvCell objects when `cells` is read, without keeping them: a rule or feature reads the few
 * records it needs, and validation reads each record once.
 *
 * Cell ends are stored relative to their record's start. A later version of the text that only
 * shifts a record (an edit before it) therefore reuses its stored cells as they are: the arena is
 * shared by every version parsed from the same first parse and only ever appended to.
 */
import type { CsvCell, CsvRecord } from './csvDocument';

// Indices into the typed arrays below are in range by construction; they are asserted (`!`), not
// checked, because every parse and keystroke goes through these reads.
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;

/**
 * Cells of one or more document versions: per cell, its end relative to the record start, negated
 * (`~`) when quoted. Stored in fixed chunks rather than one array that doubles: no copying as it
 * grows, and no room left unused beyond the last chunk (a 100,000-row file takes 9.6 MB).
 */
export class CellArena {
  private readonly chunks: Int32Array[] = [];
  /** Number of cells stored. */
  count = 0;

  /** Appends a cell ending `relativeEnd` after its record's start. */
  add(relativeEnd: number, quoted: boolean): void {
    const at = this.count & (CHUNK - 1);
    if (at === 0) this.chunks.push(new Int32Array(this.chunks.length === 0 ? 1024 : CHUNK));
    else if (at === 1024 && this.chunks.length === 1) this.grow();
    this.chunks[this.count >>> CHUNK_BITS]![at] = quoted ? ~relativeEnd : relativeEnd;
    this.count++;
  }

  /** The stored end of cell `index` (negative for a quoted cell). */
  at(index: number): number {
    return this.chunks[index >>> CHUNK_BITS]![index & (CHUNK - 1)]!;
  }

  /** A small first chunk keeps a small file small; the second cell past it makes it full-size. */
  private grow(): void {
    const full = new Int32Array(CHUNK);
    full.set(this.chunks[0]!);
    this.chunks[0] = full;
  }
}

/**
 * The records of one version: per record its start, end, line, first cell in the arena and number
 * of cells, five 32-bit numbers side by side in one growing array. A version's records cost 20
 * bytes each and no object: a later version copies the rows of the records an edit did not touch
 * (moving the ones after it), which on a 100,000-row file is a copy of 2 MB instead of 100,000
 * objects for the garbage collector to move and collect on every keystroke. Record objects
 * ({@link LazyRecord}) are built only when read.
 */
export class RecordTable {
  private data: Int32Array;
  /** Number of records. */
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(1, capacity) * FIELDS);
  }

  /** Appends one record. */
  push(start: number, end: number, line: number, first: number, count: number): void {
    if ((this.length + 1) * FIELDS > this.data.length) this.reserve(this.length + 1);
    const at = this.length++ * FIELDS;
    const d = this.data;
    d[at] = start;
    d[at + 1] = end;
    d[at + 2] = line;
    d[at + 3] = first;
    d[at + 4] = count;
  }

  /** Appends records `[from, to)` of `other`, `delta` characters and `lines` lines further on. */
  append(other: RecordTable, from: number, to: number, delta: number, lines: number): void {
    if (to <= from) return;
    this.reserve(this.length + to - from);
    const at = this.length * FIELDS;
    this.data.set(other.data.subarray(from * FIELDS, to * FIELDS), at);
    this.length += to - from;
    if (delta === 0 && lines === 0) return;
    const d = this.data;
    for (let i = at, end = this.length * FIELDS; i < end; i += FIELDS) {
      d[i]! += delta;
      d[i + 1]! += delta;
      d[i + 2]! += lines;
    }
  }

  start(index: number): number {
    return this.data[index * FIELDS]!;
  }

  end(index: number): number {
    return this.data[index * FIELDS + 1]!;
  }

  line(index: number): number {
    return this.data[index * FIELDS + 2]!;
  }

  /** Index in the arena of record `index`'s first cell. */
  firstCell(index: number): number {
    return this.data[index * FIELDS + 3]!;
  }

  /** Number of cells of record `index`. */
  cellCount(index: number): number {
    return this.data[index * FIELDS + 4]!;
  }

  /**
   * Whether cell `i` of record `index` (which must exist) has an empty value, read from `arena`
   * without building the record: what `record(source, index).isEmptyCell(i)` says.
   */
  isEmptyCell(arena: CellArena, index: number, i: number): boolean {
    return isEmptyCellAt(arena, this.firstCell(index), i);
  }

  /** Record `index` as an object reading its cells from `source`. */
  record(source: RecordSource, index: number): LazyRecord {
    const d = this.data;
    const at = index * FIELDS;
    return new LazyRecord(source, d[at + 3]!, d[at + 4]!, d[at]!, d[at + 1]!, d[at + 2]!);
  }

  /** Makes room for `count` records, doubling so that a parse appending one by one copies little. */
  private reserve(count: number): void {
    if (count * FIELDS <= this.data.length) return;
    const grown = new Int32Array(Math.max(count, 2 * (this.data.length / FIELDS)) * FIELDS);
    grown.set(this.data.subarray(0, this.length * FIELDS));
    this.data = grown;
  }
}

/** Numbers per record in a {@link RecordTable}. */
const FIELDS = 5;

/** What the records of one version share: its text and the arena of their cells. */
export interface RecordSource {
  readonly text: string;
  readonly arena: CellArena;
}

/**
 * A record whose cells live in a {@link CellArena}, built from a {@link RecordTable} when read.
 * `cells` builds fresh objects on every read. A record keeps its version's text alive: keep it
 * while it is used, not beyond.
 */
export class LazyRecord implements CsvRecord {
  readonly #source: RecordSource;
  /** Index in the arena of the record's first cell. */
  readonly #first: number;
  /** Number of cells (at least one). */
  readonly #count: number;

  constructor(
    source: RecordSource,
    first: number,
    count: number,
    readonly start: number,
    readonly end: number,
    readonly line: number,
  ) {
    this.#source = source;
    this.#first = first;
    this.#count = count;
  }

  get blank(): boolean {
    return this.start === this.end;
  }

  /** Number of cells. */
  get cellCount(): number {
    return this.#count;
  }

  get cells(): readonly CsvCell[] {
    const { text, arena } = this.#source;
    const cells = new Array<CsvCell>(this.#count);
    let start = this.start;
    for (let i = 0; i < this.#count; i++) {
      const e = arena.at(this.#first + i);
      const end = this.start + relativeEnd(e);
      cells[i] = makeCell(text, start, end, e < 0);
      start = end + 1;
    }
    return cells;
  }

  /** Offset of cell `i`'s first character (its opening quote, if quoted). */
  cellStart(i: number): number {
    return this.start + cellStartAt(this.#source.arena, this.#first, i);
  }

  /** Offset just past cell `i` (its closing quote included). */
  cellEnd(i: number): number {
    return this.start + relativeEnd(this.#source.arena.at(this.#first + i));
  }

  /** Whether cell `i` is a quoted field. */
  isQuoted(i: number): boolean {
    return this.#source.arena.at(this.#first + i) < 0;
  }

  /** Whether cell `i`'s value is the empty string, without building it. */
  isEmptyCell(i: number): boolean {
    return isEmptyCellAt(this.#source.arena, this.#first, i);
  }

  /** Whether every cell's value is empty (also a blank line). */
  isEmpty(): boolean {
    for (let i = 0; i < this.#count; i++) if (!this.isEmptyCell(i)) return false;
    return true;
  }

  /** Builds cell `i` (which must exist). */
  cell(i: number): CsvCell {
    return makeCell(this.#source.text, this.cellStart(i), this.cellEnd(i), this.isQuoted(i));
  }

  /** The value of cell `i` (which must exist), without building the cell: what `cell(i).value` is. */
  value(i: number): string {
    return cellValue(this.#source.text, this.cellStart(i), this.cellEnd(i), this.isQuoted(i));
  }

  /** A plain view for `JSON.stringify` and debugging (the cells live behind a getter). */
  toJSON(): CsvRecord {
    const { cells, start, end, line, blank } = this;
    return { cells, start, end, line, blank };
  }
}

/**
 * A cell's end relative to its record's start, from its end as the arena stores it (`~` of it for
 * a quoted cell).
 */
export function relativeEnd(stored: number): number {
  return stored < 0 ? ~stored : stored;
}

/** Where cell `i` of a record whose cells the arena stores from `first` starts, relative to the record's start. */
export function cellStartAt(arena: CellArena, first: number, i: number): number {
  return i === 0 ? 0 : relativeEnd(arena.at(first + i - 1)) + 1;
}

/** Whether cell `i` of a record whose cells the arena stores from `first` has an empty value (`""` included). */
function isEmptyCellAt(arena: CellArena, first: number, i: number): boolean {
  const stored = arena.at(first + i);
  return relativeEnd(stored) - cellStartAt(arena, first, i) === (stored < 0 ? 2 : 0);
}

/** The cell `text[start, end)`. */
function makeCell(text: string, start: number, end: number, quoted: boolean): CsvCell {
  const value = cellValue(text, start, end, quoted);
  return quoted
    ? { value, offset: start + 1, length: end - start - 2, quoted: true, start, end }
    : { value, offset: start, length: end - start, quoted: false, start, end };
}

/** The value of the cell `text[start, end)`: a quoted one's inside the quotes, each doubled quote once. */
export function cellValue(text: string, start: number, end: number, quoted: boolean): string {
  if (!quoted) return text.slice(start, end);
  const raw = text.slice(start + 1, end - 1);
  return raw.indexOf('"') >= 0 ? raw.replace(/""/g, '"') : raw;
}

/** The value of cell `i` of any record (which must exist), without building the cell of a parser record. */
export function valueOf(record: CsvRecord, i: number): string {
  return record instanceof LazyRecord ? record.value(i) : record.cells[i]!.value;
}

/** Number of cells of any record, without building them for a parser record. */
export function cellCount(record: CsvRecord): number {
  return record instanceof LazyRecord ? record.cellCount : record.cells.length;
}

/** Cell `i` of any record, building only that one for a parser record. */
export function cellOf(record: CsvRecord, i: number): CsvCell | undefined {
  if (!(record instanceof LazyRecord)) return record.cells[i];
  return i >= 0 && i < record.cellCount ? record.cell(i) : undefined;
}

/** Whether cell `i` of any record exists and is empty, without building it for a parser record. */
export function isEmptyCellOf(record: CsvRecord, i: number): boolean {
  if (!(record instanceof LazyRecord)) return record.cells[i]?.value === '';
  return i >= 0 && i < record.cellCount && record.isEmptyCell(i);
}

/** Whether every field of any record is empty, without building the cells of a parser record. */
export function isEmptyRecordOf(record: CsvRecord): boolean {
  return record instanceof LazyRecord ? record.isEmpty() : record.cells.every((c) => c.value === '');
}
