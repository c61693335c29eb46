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

/** A recognised column and its position in the header (its first occurrence). */
export interface PresentColumn {
  readonly column: ColumnSpec;
  readonly position: number;
}

const presentByDoc = new WeakMap<MiitelDocument, Map<(column: ColumnSpec) => boolean, readonly PresentColumn[]>>();

/**
 * The recognised columns matching `filter`, in template order, with their header position.
 * Computed once per document and filter: row rules ask for it on every row, so pass a filter
 * defined once at module level, not a new arrow function per call.
 */
export function columnsOf(doc: MiitelDocument, filter: (column: ColumnSpec) => boolean): readonly PresentColumn[] {
  let byFilter = presentByDoc.get(doc);
  if (!byFilter) presentByDoc.set(doc, (byFilter = new Map()));
  let columns = byFilter.get(filter);
  if (!columns) {
    columns = COLUMNS.filter((c) => doc.positions.has(c.id) && filter(c)).map((column) => ({ column, position: doc.positions.get(column.id)! }));
    byFilter.set(filter, columns);
  }
  return columns;
}

/** Every recognised column. */
export const anyColumn = (): boolean => true;

/**
 * Every present cell of every user row in the recognised columns, optionally only columns that
 * match `filter`. Unused template rows are skipped (they get one finding of their own) and so are
 * fields missing from short rows (`csv/field-count` reports those).
 */
export function* userCells(doc: MiitelDocument, filter: (column: ColumnSpec) => boolean = anyColumn): Generator<UserCell> {
  const columns = columnsOf(doc, filter);
  for (const row of doc.rows) {
    if (row.unusedTemplate) continue;
    for (const { column } of columns) {
      const cell = doc.cell(row, column.id);
      if (cell) yield { row, column, cell };
    }
  }
}
