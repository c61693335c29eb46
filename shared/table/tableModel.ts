/**
 * The table view's model of a document text: the header, the user rows and their cells, each cell
 * with its exact range in the text. Built again from the whole text after every change (the text
 * editor's or the table's own): the model is a pure function of the text, so the table and the text
 * editor can never disagree, and 10,000 rows read in a few milliseconds.
 *
 * The text is read by the language server's own reader (shared/csv/parser.ts), so a cell of the table
 * is exactly the cell the server's findings point at, broken quotes included.
 *
 * Rows are what the language server counts as rows (server/src/service/miitelDocument.ts): the
 * records after the first one that are not completely empty. Blank lines and lines of empty fields
 * (`,,,`) are not shown and never touched.
 *
 * Every change the table makes is a list of {@link TableTextEdit}: offset ranges in UTF-16 code units
 * of the text exactly as the editor holds it (BOM included), like the server's `TextChange`. The
 * custom editor turns them into a `WorkspaceEdit` with `TextDocument.positionAt`, so the text
 * editor, undo and the dirty marker see an ordinary edit.
 */
import { type Delimiter, detectDelimiter } from '../formats/delimiter';
import type { CsvCell } from '../csv/csvDocument';
import { parseCsv } from '../csv/parser';

/** One cell of the table. */
export interface TableCell {
  /** The row's number as MiiTel reports it: the 1-based line of the file its record starts on. */
  readonly line: number;
  /** 0-based position of the field in its record. */
  readonly column: number;
  /** The header's text above it ('' past the header's last field). */
  readonly header: string;
  /** Offset of the field's first character in the text (its opening quote, if quoted). */
  readonly start: number;
  /** Offset just past the field (its closing quote included). */
  readonly end: number;
  /** Whether the field is written in double quotes. */
  readonly quoted: boolean;
  /** The value, quotes removed and `""` undone. */
  readonly value: string;
}

/** One record of the text, blank ones included, with its cells read once. */
export interface TableRecord {
  /** Offset of the record's first character. */
  readonly start: number;
  /** Offset just past its last field, line terminator excluded. */
  readonly end: number;
  /** Offset just past its line terminator: the next record's start, or the text's length. */
  readonly next: number;
  /** 0-based line of `start`. */
  readonly line: number;
  /** Fields in order; a blank line has one empty field. */
  readonly cells: readonly CsvCell[];
}

/** One row of the table: the header, or a user row. */
export interface TableRow {
  /** 0-based index among the user rows (`TableModel.rows`); -1 for the header. */
  readonly index: number;
  /** Index of the record among every record of the text, blank ones included. */
  readonly recordIndex: number;
  /** The 1-based line of the file the row starts on: the row number MiiTel reports. */
  readonly line: number;
  /** Offset of the row's first character. */
  readonly start: number;
  /** Offset just past its last field, line terminator excluded. */
  readonly end: number;
  /** Offset just past its line terminator (the text's length when it has none). */
  readonly next: number;
  /** The fields the row has (a short row has fewer than the header). */
  readonly cells: readonly TableCell[];
}

/** A document text read as a table. */
export interface TableModel {
  readonly text: string;
  readonly delimiter: Delimiter;
  /** Whether the text starts with a BOM (kept by every edit: no edit touches offset 0 of such a text). */
  readonly bom: boolean;
  /** The text's first line terminator (`\r\n` when it has none): what a new row's line ends with. */
  readonly eol: '\r\n' | '\n' | '\r';
  /** The first record, when the text has any. */
  readonly header?: TableRow;
  /** The header's texts, by position. */
  readonly headers: readonly string[];
  /** The user rows, in order. */
  readonly rows: readonly TableRow[];
  /** Number of columns to show: the header's fields, or more when a row has more. */
  readonly columnCount: number;
  /** Every record, blank ones included, as the reader found them. */
  readonly records: readonly TableRecord[];
}

/**
 * Reads `text` as a table. The delimiter is, by default, the one the language server reads the file
 * with (shared/formats/delimiter.ts), so that cells and findings line up.
 */
export function buildTableModel(text: string, delimiter: Delimiter = detectDelimiter(text)): TableModel {
  const csv = parseCsv(text, delimiter);
  const records = Array.from({ length: csv.recordCount }, (_, i): TableRecord => {
    const { start, end, line, cells } = csv.record(i);
    return { start, end, line, cells, next: i + 1 < csv.recordCount ? csv.recordStart(i + 1) : text.length };
  });
  const first = records[0];
  const headers = first ? first.cells.map((c) => c.value) : [];
  const header = first ? toRow(first, 0, -1, headers) : undefined;
  const rows: TableRow[] = [];
  let columnCount = headers.length;
  records.forEach((record, recordIndex) => {
    if (recordIndex === 0 || record.cells.every((c) => c.value === '')) return;
    rows.push(toRow(record, recordIndex, rows.length, headers));
    columnCount = Math.max(columnCount, record.cells.length);
  });
  return { text, delimiter, bom: csv.bom, eol: csv.eol, header, headers, rows, columnCount, records };
}

function toRow(record: TableRecord, recordIndex: number, index: number, headers: readonly string[]): TableRow {
  const line = record.line + 1;
  const cells = record.cells.map(({ start, end, quoted, value }, column): TableCell => ({
    start,
    end,
    quoted,
    value,
    line,
    column,
    header: headers[column] ?? '',
  }));
  return { index, recordIndex, line, start: record.start, end: record.end, next: record.next, cells };
}

/**
 * The row (header included) and cell holding `offset`, for placing a finding's range on the table.
 * An offset at a field's end (a finding of an empty field) is that field's; undefined between rows.
 */
export function cellAtOffset(model: TableModel, offset: number): { row: TableRow; cell: TableCell | undefined } | undefined {
  // Rows are in text order: the last one starting at or before the offset (binary search, as a
  // document's findings are placed one by one on up to 10,000 rows), else the header.
  const { rows } = model;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const row = rows[lo - 1] ?? model.header;
  if (!row || offset < row.start || offset > row.end) return undefined;
  return { row, cell: row.cells.find((c) => offset >= c.start && offset <= c.end) };
}

/** Replace `length` characters at `offset` with `newText`. */
export interface TableTextEdit {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
}

/**
 * Applies edits that do not overlap (as every function of shared/table returns them) to `text`.
 * @throws RangeError when two edits overlap or one lies outside the text: a caller's mistake, which
 * applying anyway would turn into a silently damaged file.
 */
export function applyTableEdits(text: string, edits: readonly TableTextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.offset < at || edit.length < 0 || edit.offset + edit.length > text.length) {
      throw new RangeError(`overlapping or out-of-range edit at ${edit.offset}`);
    }
    parts.push(text.slice(at, edit.offset), edit.newText);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
