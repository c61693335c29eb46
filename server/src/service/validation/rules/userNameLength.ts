/** `user-name/too-long`: a text column longer than its `maxLength` (User name: 30). */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import type { ColumnSpec } from '../../../../../shared/formats/index';
import { messages } from '../../messages';
import { columnsOf } from '../cells';
import type { RowRule } from '../types';
import { codePointLength } from '../values';

const hasMaxLength = (c: ColumnSpec) => c.kind === 'text' && c.maxLength !== undefined;

/**
 * Counts Unicode code points, so a kanji or an emoji is one character as MiiTel counts them.
 * Surrounding spaces are `value/whitespace`'s and not counted; the range is the whole value.
 */
export const userNameLengthRule: RowRule = {
  name: 'userNameLength',
  checkRow({ doc }, row, cells, report) {
    if (row.unusedTemplate) return;
    for (const { column, position } of columnsOf(doc, hasMaxLength)) {
      const cell = cells[position];
      const max = column.maxLength ?? Infinity;
      // No more UTF-16 units than the maximum: no more code points either.
      if (!cell || cell.value.length <= max) continue;
      const length = codePointLength(cell.value.trim());
      if (length <= max) continue;
      report({
        code: 'user-name/too-long',
        offset: cell.offset,
        length: cell.length,
        message: messages.userNameTooLong(length, max),
        data: { max, length } satisfies DiagnosticDataMap['user-name/too-long'],
      });
    }
  },
};
