/** Finds the record and cell under an offset, for hover, completion and code actions. */
import type { ColumnSpec } from '../../../shared/formats/index';
import type { CsvCell, CsvDocument, CsvRecord } from '../../../shared/csv/csvDocument';
import type { MiitelDocument, UserRow } from './miitelDocument';
import { cellCount, cellOf } from '../../../shared/csv/parserModel';
import { lowerBound } from '../../../shared/csv/search';

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
function recordIndexAt(csv: CsvDocument, offset: number): number {
  return lowerBound(csv.recordCount, (i) => csv.recordStart(i) <= offset) - 1;
}

/**
 * The cell containing `offset`. A caret just after a field's last character (before the comma or
 * line end) still belongs to that field, as a user typing at the end of a cell expects.
 */
export function cellAt(doc: MiitelDocument, offset: number): CellLocation | undefined {
  const recordIndex = recordIndexAt(doc.csv, offset);
  if (recordIndex < 0) return undefined;
  const record = doc.csv.record(recordIndex);
  if (offset > record.end) return undefined;
  const position = cellIndexAt(record, offset);
  const cell = cellOf(record, position);
  if (!cell) return undefined;
  const isHeader = recordIndex === 0;
  const column = doc.headerColumns[position]?.column;
  const rowIndex = isHeader ? undefined : doc.rowIndexOfRecord(recordIndex);
  const row = rowIndex === undefined ? undefined : doc.row(rowIndex);
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
