/** `value/whitespace`: spaces (or tabs, line breaks, full-width spaces) around a value. */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';

/**
 * MiiTel takes values exactly, so `" 1"` is not `1`. Passwords are left to
 * `password/invalid-character`, which already rejects every space in them.
 */
export const whitespaceRule: Rule = {
  name: 'whitespace',
  check({ doc }, report) {
    for (const { column, cell } of userCells(doc, (c) => c.kind !== 'password')) {
      const trimmed = cell.value.trim();
      if (trimmed === cell.value) continue;
      report({
        code: 'value/whitespace',
        offset: cell.offset,
        length: cell.length,
        message: messages.whitespace(column),
        data: { column: column.id, trimmed } satisfies DiagnosticDataMap['value/whitespace'],
      });
    }
  },
};
