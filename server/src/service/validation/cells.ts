/** Small helpers rules share to walk user cells. */
import { COLUMNS, type ColumnSpec } from '../../../../shared/spec';
import type { CsvCell } from '../csvDocument';
import type { MiitelDocument, UserRow } from '../miitelDocument';

/** A cell of a user row in a recognised column. */
export interface UserCell {
  readonly row: UserRow;
  readonly column: ColumnSpec;
  readonly cell: CsvCell;
}

/**
 * Every present cell of every user row in the recognised columns, optionally only columns that
 * match `filter`. Unused template rows are skipped (they get one finding of their own) and so are
 * fields missing from short rows (`csv/field-count` reports those).
 */
export function* userCells(doc: MiitelDocument, filter?: (column: ColumnSpec) => boolean): Generator<UserCell> {
  const columns = COLUMNS.filter((c) => doc.positions.has(c.id) && (!filter || filter(c)));
  for (const row of doc.rows) {
    if (row.unusedTemplate) continue;
    for (const column of columns) {
      const cell = doc.cell(row, column.id);
      if (cell) yield { row, column, cell };
    }
  }
}
