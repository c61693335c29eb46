/** The recognised columns a cell rule checks in a document. */
import type { ColumnSpec } from '../../../../shared/formats/index';
import type { MiitelDocument } from '../miitelDocument';

/** A recognised column and its position in the header (its first occurrence). */
export interface PresentColumn {
  readonly column: ColumnSpec;
  readonly position: number;
}

/**
 * The columns of the document's format matching `filter` that the file has, in template order,
 * with their header position. The runner works this out once per validation and cell rule.
 */
export function presentColumns(doc: MiitelDocument, filter: (column: ColumnSpec) => boolean): readonly PresentColumn[] {
  const present: PresentColumn[] = [];
  for (const column of doc.format.columns) {
    const position = doc.positions.get(column.id);
    if (position !== undefined && filter(column)) present.push({ column, position });
  }
  return present;
}
