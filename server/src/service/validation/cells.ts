/** The recognised columns rules walk, worked out once per document. */
import type { ColumnSpec } from '../../../../shared/formats/index';
import type { MiitelDocument } from '../miitelDocument';

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
  if (!byFilter) presentByDoc.set(doc, (byFilter = new Map<(column: ColumnSpec) => boolean, readonly PresentColumn[]>()));
  let columns = byFilter.get(filter);
  if (!columns) {
    columns = doc.format.columns
      .filter((c) => doc.positions.has(c.id) && filter(c))
      .map((column) => ({
        column,
        position: doc.positions.get(column.id)!,
      }));
    byFilter.set(filter, columns);
  }
  return columns;
}

/** Every recognised column. */
export const anyColumn = (): boolean => true;
