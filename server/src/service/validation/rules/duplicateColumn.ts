/**
 * `header/duplicate-column`: a column named again after its first occurrence (header matching
 * ignores case and spacing). Each repeat is reported, pointing back at the first one.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import type { DocumentRule } from '../types';

export const duplicateColumnRule: DocumentRule = {
  name: 'duplicateColumn',
  check({ doc }, report) {
    for (const { cell, column, duplicateOf } of doc.headerColumns) {
      if (!column || duplicateOf === undefined) continue;
      const first = doc.headerColumns[duplicateOf].cell;
      const data: DiagnosticDataMap['header/duplicate-column'] = { column: column.id };
      report({
        code: 'header/duplicate-column',
        offset: cell.offset,
        length: cell.length,
        message: messages.duplicateColumn(column),
        data,
        related: [{ offset: first.offset, length: first.length, message: messages.duplicateColumnFirst() }],
      });
    }
  },
};
