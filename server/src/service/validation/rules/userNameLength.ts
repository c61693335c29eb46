/** `user-name/too-long`: a text column longer than its `maxLength` (User name: 30). */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';
import { codePointLength } from '../values';

/**
 * Counts Unicode code points, so a kanji or an emoji is one character as MiiTel counts them.
 * Surrounding spaces are `value/whitespace`'s and not counted; the range is the whole value.
 */
export const userNameLengthRule: Rule = {
  name: 'userNameLength',
  check({ doc }, report) {
    for (const { column, cell } of userCells(doc, (c) => c.kind === 'text' && c.maxLength !== undefined)) {
      const max = column.maxLength ?? Infinity;
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
