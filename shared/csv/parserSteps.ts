/**
 * A parse in steps: `parseCsv`'s loop (`while (pos < text.length) pos = readRecord(st, pos)`) may
 * stop after any record and go on later. A record's reading looks only at the text from its start
 * on, never at the records after it, so the records read so far are exactly the first records of
 * the full parse. The language server reads a large file this way, a time slice at a time, and
 * answers requests about the lines read so far (a hover on line 10 of a 100,000-row export) without
 * waiting for the rest.
 */
import type { CsvDocument, CsvRecord, CsvSyntaxError, Delimiter } from './csvDocument';
import { finish, firstEol, newState, type ParsedCsv } from './parser';
import { CellArena, type RecordSource, type RecordTable } from './parserModel';
import { readRecord, type ScanState } from './parserScan';
import { lowerBound } from './search';

/** Reads a text record by record, as far as asked, and gives the whole parse once at the end. */
export class CsvReader {
  readonly #st: ScanState;
  readonly #bom: boolean;
  /** Where the next record starts. */
  #pos: number;
  #parsed: ParsedCsv | undefined;

  constructor(
    readonly text: string,
    delimiter: Delimiter = ',',
  ) {
    this.#st = newState(text, delimiter, new CellArena(), 0, 64);
    this.#bom = text.charCodeAt(0) === 0xfeff;
    this.#pos = this.#bom ? 1 : 0;
  }

  /** Whether every record has been read. */
  get done(): boolean {
    return this.#pos >= this.text.length;
  }

  /** Number of records read so far. */
  get recordCount(): number {
    return this.#st.records.length;
  }

  /** Reads at most `count` more records. */
  read(count: number): void {
    const st = this.#st;
    const n = this.text.length;
    let pos = this.#pos;
    for (let i = 0; i < count && pos < n; i++) pos = readRecord(st, pos);
    this.#pos = pos;
  }

  /**
   * The records that start at or before `offset`, as a document of their own (reading on to them
   * first): a fixed view, which records read later do not join. Its `text` is the whole text.
   */
  through(offset: number): CsvDocument {
    const st = this.#st;
    const n = this.text.length;
    let pos = this.#pos;
    while (pos < n && pos <= offset) pos = readRecord(st, pos);
    this.#pos = pos;
    const records = st.records;
    const count = lowerBound(records.length, (i) => records.start(i) <= offset);
    // The syntax errors of those records: the ones before the next record's start (they are in order).
    const next = count < records.length ? records.start(count) : Infinity;
    const errors = lowerBound(st.errors.length, (i) => st.errors[i]!.offset < next);
    return new CsvPrefix(
      this.text,
      records,
      st.source,
      count,
      st.errors,
      errors,
      this.#bom,
      String.fromCharCode(st.delimiter) as Delimiter,
    );
  }

  /** The whole parse, exactly as `parseCsv` gives it (reading what is left first). */
  finish(): ParsedCsv {
    if (!this.#parsed) {
      this.read(Infinity);
      this.#parsed = finish(this.#st, this.#st.source.arena.count, this.#bom);
    }
    return this.#parsed;
  }
}

/** The first `recordCount` records of a reader's table. */
class CsvPrefix implements CsvDocument {
  readonly #table: RecordTable;
  readonly #source: RecordSource;
  readonly #allErrors: readonly CsvSyntaxError[];
  readonly #errorCount: number;
  #records: readonly CsvRecord[] | undefined;
  #errors: readonly CsvSyntaxError[] | undefined;
  readonly eol: CsvDocument['eol'];

  constructor(
    readonly text: string,
    table: RecordTable,
    source: RecordSource,
    readonly recordCount: number,
    errors: readonly CsvSyntaxError[],
    errorCount: number,
    readonly bom: boolean,
    readonly delimiter: Delimiter,
  ) {
    this.#table = table;
    this.#source = source;
    this.#allErrors = errors;
    this.#errorCount = errorCount;
    this.eol = firstEol(text);
  }

  record(index: number): CsvRecord {
    return this.#table.record(this.#source, index);
  }

  recordStart(index: number): number {
    return this.#table.start(index);
  }

  get records(): readonly CsvRecord[] {
    this.#records ??= Array.from({ length: this.recordCount }, (_, i) => this.record(i));
    return this.#records;
  }

  get errors(): readonly CsvSyntaxError[] {
    this.#errors ??= this.#allErrors.slice(0, this.#errorCount);
    return this.#errors;
  }
}
