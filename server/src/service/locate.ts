/** Finds the record and cell under an offset, for hover, completion and code actions. */
import type { ColumnSpec } from '../../../shared/spec';
import type { CsvCell, CsvRecord } from './csvDocument';
import type { MiitelDocument, UserRow } from './miitelDocument';
import { cellCount, cellOf } from './parserModel';
import { lowerBound } from './search';

/** The cell under a position and what it is. */
export interface CellLocation {
  readonly recordIndex: number;
  readonly record: CsvRecord;
  /** 0-based field position in the record. */
  readonly position: number;
  readonly cell: CsvCell;
  /** The spec column of the field's header, if recognised. */
  readonly column?: ColumnSpec;
  /** True in the header record. */
  readonly isHeader: boolean;
  /** The user row, for a cell in one. */
  readonly row?: UserRow;
}

/** Index of the last record starting at or before `offset`, -1 for none. */
function recordIndexAt(records: readonly CsvRecord[], offset: number): number {
  return lowerBound(records.length, (i) => records[i].start <= offset) - 1;
}

/**
 * The cell containing `offset`. A caret just after a field's last character (before the comma or
 * line end) still belongs to that field, as a user typing at the end of a cell expects.
 */
export function cellAt(doc: MiitelDocument, offset: number): CellLocation | undefined {
  const records = doc.csv.records;
  const recordIndex = recordIndexAt(records, offset);
  if (recordIndex < 0) return undefined;
  const record = records[recordIndex];
  if (offset > record.end) return undefined;
  const position = cellIndexAt(record, offset);
  const cell = cellOf(record, position);
  if (!cell) return undefined;
  const isHeader = recordIndex === 0;
  const column = doc.headerColumns[position]?.column;
  const row = isHeader ? undefined : rowOfRecord(doc.rows, recordIndex);
  return { recordIndex, record, position, cell, column, isHeader, row };
}

/**
 * The first field of `record` that contains `offset` (its end included), -1 for none. Fields are in
 * order, so a binary search finds it without building the cells of a huge record.
 */
function cellIndexAt(record: CsvRecord, offset: number): number {
  const count = cellCount(record);
  const i = lowerBound(count, (j) => cellOf(record, j)!.end < offset);
  return i < count && cellOf(record, i)!.start <= offset ? i : -1;
}

/** The user row of a record, by binary search (rows are in record order). */
export function rowOfRecord(rows: readonly UserRow[], recordIndex: number): UserRow | undefined {
  const row = rows[lowerBound(rows.length, (i) => rows[i].recordIndex < recordIndex)];
  return row?.recordIndex === recordIndex ? row : undefined;
}
