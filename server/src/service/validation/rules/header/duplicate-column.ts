/**
 * `header/duplicate-column`: a column named again after its first occurrence (header matching
 * ignores case and spacing). Each repeat is reported, pointing back at the first one.
 */
import type { ColumnId } from '../../../../../../shared/formats/index';
import type { TextChange } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import type { MiitelDocument } from '../../../miitelDocument';
import { code, type DocumentRule } from '../../types';

/** Data of `header/duplicate-column`. */
export interface DuplicateColumnData {
  readonly column: ColumnId;
}

/** Removes the field at `position` (and its separating comma) from the header and every user row. */
function removeField(doc: MiitelDocument, position: number): TextChange[] {
  const records = [doc.header!, ...doc.rows.map((r) => r.record)];
  return records.flatMap((record) => {
    const cells = record.cells;
    const cell = cells[position];
    if (!cell) return [];
    const previous = position > 0 ? cells[position - 1] : undefined;
    const next = cells[1];
    // Take the comma before the field, or after it for the first field.
    return previous
      ? [{ offset: previous.end, length: cell.end - previous.end, newText: '' }]
      : next
        ? [{ offset: cell.start, length: next.start - cell.start, newText: '' }]
        : [{ offset: cell.start, length: cell.end - cell.start, newText: '' }];
  });
}

const codes = {
  'header/duplicate-column': code<DuplicateColumnData>('error', ({ doc, location, fix }) =>
    location?.isHeader && location.column
      ? [fix(t.removeDuplicateColumn(location.column), removeField(doc, location.position), false)]
      : [],
  ),
};

export const duplicateColumnRule: DocumentRule<typeof codes> = {
  name: 'duplicateColumn',
  codes,
  check({ doc }, report) {
    for (const { cell, column, duplicateOf } of doc.headerColumns) {
      if (!column || duplicateOf === undefined) continue;
      const first = doc.headerColumns[duplicateOf]!.cell;
      const related = [{ offset: first.offset, length: first.length, message: messages.duplicateColumnFirst() }];
      report('header/duplicate-column', { offset: cell.offset, length: cell.length, related }, messages.duplicateColumn(column), {
        column: column.id,
      });
    }
  },
};
