/**
 * The CSV seen as a MiiTel user file (create or update): which spec column each header cell is, and which
 * records are users. Built once per parsed document and shared by every rule and feature.
 */
import {
  type ColumnId,
  type ColumnSpec,
  type CsvFormat,
  DEFAULT_FORMAT,
  detectFormat,
  formatOfSetting,
} from '../../../shared/formats/index';
import type { CsvCell, CsvDocument, CsvRecord } from '../../../shared/csv/csvDocument';
import { detectDelimiter } from '../../../shared/formats/delimiter';
import { headerResolver, type ParseOptions } from './parseOptions';
import { ParsedCsv, parseCsv, type RecordMapping } from '../../../shared/csv/parser';
import { cellOf, isEmptyRecordOf } from '../../../shared/csv/parserModel';
import { lowerBound } from '../../../shared/csv/search';
import { unusedTemplateRowTest } from './templateRow';

/** One header cell and what it was recognised as. */
export interface HeaderColumn {
  /** 0-based position of the cell in the header record. */
  readonly position: number;
  readonly cell: CsvCell;
  /** The spec column the header names, if any. */
  readonly column?: ColumnSpec;
  /** For a repeated header: the position of its first occurrence. */
  readonly duplicateOf?: number;
}

/** One user row. */
export interface UserRow {
  readonly record: CsvRecord;
  /** Index of the record in `CsvDocument.records`. */
  readonly recordIndex: number;
  /** 1-based number of the user in the file (the header is not counted). */
  readonly userNumber: number;
  /**
   * True for an unused template row: empty Login ID and User name, every other cell empty or what the
   * template writes there (templateRow.ts).
   */
  readonly unusedTemplate: boolean;
}

/** A parsed CSV read as a MiiTel user file of its format. */
export interface MiitelDocument {
  readonly csv: CsvDocument;
  /** The format the file is read as: the one the options force, else the one its header identifies, else the default one. */
  readonly format: CsvFormat;
  /** The first record, when the file has any. */
  readonly header?: CsvRecord;
  readonly headerColumns: readonly HeaderColumn[];
  /** Position in the header of each recognised column (first occurrence). */
  readonly positions: ReadonlyMap<ColumnId, number>;
  /**
   * Records after the header that are not completely empty, in order. Built on first read, every
   * row at once: code that runs on every keystroke reads `rowCount` and `row(i)` instead.
   */
  readonly rows: readonly UserRow[];
  /** Number of user rows. */
  readonly rowCount: number;
  /** User row `index` (0-based), built on each call. */
  row(index: number): UserRow;
  /** Index in `csv` of the record of user row `index`, without building the row. */
  recordIndexOfRow(index: number): number;
  /** Index of the user row whose record is `recordIndex`, undefined when that record is no user row. */
  rowIndexOfRecord(recordIndex: number): number | undefined;
  /** The cell of `column` in `row`, or undefined when the column is missing or the row is short. */
  cell(row: UserRow, column: ColumnId): CsvCell | undefined;
  /** The user rows as compact arrays: what the rows above read, and what the next version's copy starts from. */
  readonly rowTable: RowTable;
}

/**
 * Parses `text` once and reads it as a MiiTel file (the model features reuse). Here rather than in
 * languageService.ts so that code that only reads files (the client's split command) does not
 * bring in the rules. `format` (a format value, for tests of made-up formats) overrides the options.
 */
export function parseMiitel(text: string, options: ParseOptions = {}, format?: CsvFormat): MiitelDocument {
  return toMiitelDocument(parseCsv(text, detectDelimiter(text)), undefined, undefined, options, format);
}

/**
 * The user rows of a version as two typed arrays (record index; unused template or not) rather
 * than an object per row: a later version copies them, the ones after an edit moved by the number
 * of records it added, instead of building 100,000 objects per keystroke.
 */
export class RowTable {
  readonly recordIndex: Int32Array;
  readonly unusedTemplate: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.recordIndex = new Int32Array(capacity);
    this.unusedTemplate = new Uint8Array(capacity);
  }

  push(recordIndex: number, unusedTemplate: boolean): void {
    this.recordIndex[this.length] = recordIndex;
    this.unusedTemplate[this.length++] = unusedTemplate ? 1 : 0;
  }

  /** Appends rows `[from, to)` of `other`, their record indexes moved by `shift`. */
  append(other: RowTable, from: number, to: number, shift: number): void {
    if (to <= from) return;
    const at = this.length;
    this.recordIndex.set(other.recordIndex.subarray(from, to), at);
    this.unusedTemplate.set(other.unusedTemplate.subarray(from, to), at);
    this.length += to - from;
    if (shift !== 0) for (let i = at; i < this.length; i++) this.recordIndex[i]! += shift;
  }

  /** The first row whose record index is at least `recordIndex`. */
  firstAtOrAfter(recordIndex: number): number {
    return lowerBound(this.length, (i) => this.recordIndex[i]! < recordIndex);
  }
}

/**
 * Reads `csv` as a MiiTel file. With `previous` and `mapping` (`csv` was reparsed from
 * `previous.csv` after an edit that left the header alone, with the same `options`), rows the edit
 * did not touch take their row facts from `previous` instead of looking at their cells again.
 * `options.format` forces a format; `options.headerAliases` make other header texts name columns,
 * for detection too. `format` overrides both (a made-up format, in tests).
 */
export function toMiitelDocument(
  csv: CsvDocument,
  previous?: MiitelDocument,
  mapping?: RecordMapping,
  options: ParseOptions = {},
  format?: CsvFormat,
): MiitelDocument {
  const header = csv.recordCount > 0 ? csv.record(0) : undefined;
  // Built once: a record's `cells` are new objects on every read.
  const headerCells = header?.cells ?? [];
  const headerUnchanged = previous !== undefined && mapping !== undefined && mapping.head > 0;
  const resolve = headerResolver(options);
  // A first line of a huge non-CSV file can have a million fields, mostly alike: look at each text once.
  const resolved =
    format ??
    formatOfSetting(options.format) ??
    (headerUnchanged ? previous.format : header ? detectFormat(new Set(headerCells.map((c) => resolve(c.value)))) : undefined) ??
    DEFAULT_FORMAT;
  const headerColumns: HeaderColumn[] = [];
  const positions = new Map<ColumnId, number>();
  const recognised = new Map<string, ColumnSpec | undefined>();
  headerCells.forEach((cell, position) => {
    let column = recognised.get(cell.value);
    if (column === undefined && !recognised.has(cell.value))
      recognised.set(cell.value, (column = resolved.findColumn(resolve(cell.value))));
    const first = column ? positions.get(column.id) : undefined;
    if (column && first === undefined) positions.set(column.id, position);
    headerColumns.push({ position, cell, column, duplicateOf: first });
  });

  // Cells are built only when read (parserModel.ts): row recognition looks at their bounds only.
  const cellAt = (record: CsvRecord, column: ColumnId): CsvCell | undefined => {
    const position = positions.get(column);
    return position === undefined ? undefined : cellOf(record, position);
  };
  const isUnusedTemplate = unusedTemplateRowTest(
    headerColumns.map((h) => h.column),
    resolved,
  );

  const table = new RowTable(csv.recordCount);
  // A record whose Login ID is not empty is a user row and no template row (templateRow.ts): told
  // from the parser's tables, without building the record, for nearly every row of a file of users.
  const loginId = positions.get('loginId');
  const scan = csv instanceof ParsedCsv && loginId !== undefined ? csv.scan : undefined;
  const addRows = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (scan && loginId! < scan.records.cellCount(i) && !scan.records.isEmptyCell(scan.arena, i, loginId!)) {
        table.push(i, false);
        continue;
      }
      const record = csv.record(i);
      if (isEmptyRecordOf(record)) continue;
      table.push(i, isUnusedTemplate(record));
    }
  };
  const before = previous?.rowTable;
  if (before && mapping && headerUnchanged) {
    // The header is unchanged: a record the edit did not touch is a row, or not, as it was.
    table.append(before, 0, before.firstAtOrAfter(mapping.head), 0);
    addRows(Math.max(1, mapping.head), mapping.tail);
    table.append(before, before.firstAtOrAfter(mapping.previousTail), before.length, mapping.tail - mapping.previousTail);
  } else {
    addRows(1, csv.recordCount);
  }

  const row = (index: number): UserRow => {
    const recordIndex = table.recordIndex[index]!;
    return { record: csv.record(recordIndex), recordIndex, userNumber: index + 1, unusedTemplate: table.unusedTemplate[index] === 1 };
  };
  let rows: readonly UserRow[] | undefined;
  const doc: MiitelDocument = {
    csv,
    format: resolved,
    header,
    headerColumns,
    positions,
    get rows() {
      rows ??= Array.from({ length: table.length }, (_, i) => row(i));
      return rows;
    },
    rowCount: table.length,
    row,
    recordIndexOfRow: (index) => table.recordIndex[index]!,
    rowIndexOfRecord: (recordIndex) => {
      const index = table.firstAtOrAfter(recordIndex);
      return index < table.length && table.recordIndex[index] === recordIndex ? index : undefined;
    },
    cell: (r, column) => cellAt(r.record, column),
    rowTable: table,
  };
  return doc;
}
