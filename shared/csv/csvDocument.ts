/**
 * The parsed CSV model every feature works on. Offsets are UTF-16 code unit offsets into the
 * document text exactly as the editor holds it (BOM included when the text starts with one), so
 * a problem's `offset`/`length` converts to an LSP range with `TextDocument.positionAt`.
 */
import type { Delimiter } from '../formats/delimiter';

/** One field of a record. */
export interface CsvCell {
  /** The decoded value (quotes removed, doubled quotes undone). */
  readonly value: string;
  /** Offset of the value's first character in the text: inside the quotes for a quoted cell. */
  readonly offset: number;
  /** Length of the value in the text (a doubled quote counts two). `text.slice(offset, offset + length)` is the raw value. */
  readonly length: number;
  /** Whether the field is enclosed in double quotes. */
  readonly quoted: boolean;
  /** Offset of the whole field, opening quote included. */
  readonly start: number;
  /** Offset just past the whole field, closing quote included. */
  readonly end: number;
}

/** One record (normally one line; more when a quoted field holds line breaks). */
export interface CsvRecord {
  /**
   * Fields in order. A blank line has one empty, unquoted field. The parser's records build these on
   * every read (keeping millions of cells would cost more than the parse): read them once per use.
   */
  readonly cells: readonly CsvCell[];
  /** Offset of the record's first character. */
  readonly start: number;
  /** Offset just past the record's last character, line terminator excluded. */
  readonly end: number;
  /** 0-based line number of `start`. */
  readonly line: number;
  /** True when the record has no characters at all (an empty line). */
  readonly blank: boolean;
}

/** The character between fields: a comma, as MiiTel needs, or the `;` or tab some spreadsheets write (see delimiter.ts). */
export type { Delimiter };

/** A syntax problem found by the parser. */
export interface CsvSyntaxError {
  readonly code: 'csv/unclosed-quote' | 'csv/invalid-quote';
  /** Where the problem starts (the opening quote of an unclosed field; the stray quote). */
  readonly offset: number;
  readonly length: number;
}

/** A whole parsed document. */
export interface CsvDocument {
  /** The text that was parsed. */
  readonly text: string;
  /**
   * Every record, blank lines included, in order. Built on first read, a hundred thousand objects
   * for a large file: code that runs on every keystroke reads `recordCount` and `record(i)` instead.
   */
  readonly records: readonly CsvRecord[];
  /** Number of records. */
  readonly recordCount: number;
  /** Record `index` (0 ≤ index < recordCount), built on each call: keep it while you use it. */
  record(index: number): CsvRecord;
  /** Offset of record `index`'s first character, without building the record. */
  recordStart(index: number): number;
  /** Syntax problems, in order of offset. */
  readonly errors: readonly CsvSyntaxError[];
  /** Whether the text starts with U+FEFF. */
  readonly bom: boolean;
  /** The first line terminator in the text (`\r\n` when there is none). */
  readonly eol: '\r\n' | '\n' | '\r';
  /** The delimiter the text was read with; a comma when absent. */
  readonly delimiter?: Delimiter;
}
