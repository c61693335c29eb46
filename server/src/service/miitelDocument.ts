/**
 * The CSV seen as a MiiTel create-users file: which spec column each header cell is, and which
 * records are users. Built once per parsed document and shared by every rule and feature.
 */
import { type ColumnId, type ColumnSpec, findColumnByHeader } from '../../../shared/spec';
import type { CsvCell, CsvDocument, CsvRecord } from './csvDocument';
import type { RecordMapping } from './parser';
import { cellCount, cellOf, isEmptyCellOf, isEmptyRecordOf } from './parserModel';

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
  /** True for a template row whose only content is the pre-filled password (and code defaults). */
  readonly unusedTemplate: boolean;
}

/** A parsed CSV read as a MiiTel create-users file. */
export interface MiitelDocument {
  readonly csv: CsvDocument;
  /** The first record, when the file has any. */
  readonly header?: CsvRecord;
  readonly headerColumns: readonly HeaderColumn[];
  /** Position in the header of each recognised column (first occurrence). */
  readonly positions: ReadonlyMap<ColumnId, number>;
  /** Records after the header that are not completely empty, in order. */
  readonly rows: readonly UserRow[];
  /** The cell of `column` in `row`, or undefined when the column is missing or the row is short. */
  cell(row: UserRow, column: ColumnId): CsvCell | undefined;
}

/** True when every field of the record is empty (also a blank line): such rows are ignored. */
export function isEmptyRecord(record: CsvRecord): boolean {
  return isEmptyRecordOf(record);
}

/**
 * Reads `csv` as a MiiTel file. With `previous` and `mapping` (`csv` was reparsed from
 * `previous.csv` after an edit that left the header alone), rows the edit did not touch take their
 * row facts from `previous` instead of looking at their cells again.
 */
export function toMiitelDocument(csv: CsvDocument, previous?: MiitelDocument, mapping?: RecordMapping): MiitelDocument {
  const header = csv.records[0];
  const headerColumns: HeaderColumn[] = [];
  const positions = new Map<ColumnId, number>();
  // A first line of a huge non-CSV file can have a million fields, mostly alike: recognise each text once.
  const recognised = new Map<string, ColumnSpec | undefined>();
  header?.cells.forEach((cell, position) => {
    let column = recognised.get(cell.value);
    if (column === undefined && !recognised.has(cell.value)) recognised.set(cell.value, (column = findColumnByHeader(cell.value)));
    const first = column ? positions.get(column.id) : undefined;
    if (column && first === undefined) positions.set(column.id, position);
    headerColumns.push({ position, cell, column, duplicateOf: first });
  });

  // Cells are built only when read (parserModel.ts): row recognition looks at their bounds only.
  const cellAt = (record: CsvRecord, column: ColumnId): CsvCell | undefined => {
    const position = positions.get(column);
    return position === undefined ? undefined : cellOf(record, position);
  };
  const isBlank = (record: CsvRecord, position: number | undefined) =>
    position === undefined || position >= cellCount(record) || isEmptyCellOf(record, position);
  const loginId = positions.get('loginId');
  const userName = positions.get('userName');
  const password = positions.get('password');

  const rows: UserRow[] = [];
  const addRows = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const record = csv.records[i];
      if (isEmptyRecordOf(record)) continue;
      const unusedTemplate =
        password !== undefined && isBlank(record, loginId) && isBlank(record, userName) && !isBlank(record, password);
      rows.push({ record, recordIndex: i, userNumber: rows.length + 1, unusedTemplate });
    }
  };
  if (previous && mapping && mapping.head > 0) {
    // The header is unchanged: a record the edit did not touch is a row, or not, as it was.
    const before = previous.rows;
    const records = csv.records;
    let k = 0;
    for (; k < before.length; k++) {
      const { recordIndex, unusedTemplate } = before[k];
      if (recordIndex >= mapping.head) break;
      rows.push({ record: records[recordIndex], recordIndex, userNumber: rows.length + 1, unusedTemplate });
    }
    addRows(Math.max(1, mapping.head), mapping.tail);
    while (k < before.length && before[k].recordIndex < mapping.previousTail) k++;
    const shift = mapping.tail - mapping.previousTail;
    for (; k < before.length; k++) {
      const recordIndex = before[k].recordIndex + shift;
      rows.push({ record: records[recordIndex], recordIndex, userNumber: rows.length + 1, unusedTemplate: before[k].unusedTemplate });
    }
  } else {
    addRows(1, csv.records.length);
  }

  return {
    csv,
    header,
    headerColumns,
    positions,
    rows,
    cell: (row, column) => cellAt(row.record, column),
  };
}
