/** `value/whitespace`: spaces (or tabs, line breaks, full-width spaces) around a value. */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import type { ColumnSpec } from '../../../../../shared/formats/index';
import { messages } from '../../messages';
import { columnsOf } from '../cells';
import type { RowRule } from '../types';

const notPassword = (c: ColumnSpec) => c.kind !== 'password';

/** False when both ends are printable ASCII, which `trim` would keep (a shortcut for most cells). */
function mayHaveSpaceAround(value: string): boolean {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return !(first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f);
}

/**
 * MiiTel takes values exactly, so `" 1"` is not `1`. Passwords are left to
 * `password/invalid-character`, which already rejects every space in them.
 */
export const whitespaceRule: RowRule = {
  name: 'whitespace',
  checkRow({ doc }, row, cells, report) {
    if (row.unusedTemplate) return;
    for (const { column, position } of columnsOf(doc, notPassword)) {
      const cell = cells[position];
      if (!cell || !mayHaveSpaceAround(cell.value)) continue;
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
