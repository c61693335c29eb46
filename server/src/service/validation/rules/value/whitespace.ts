/** `value/whitespace`: spaces (or tabs, line breaks, full-width spaces) around a value. */
import type { ColumnId, ColumnSpec } from '../../../../../../shared/formats/index';
import { replaceCell } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import { isShifted } from '../../shown';
import { code, type CellRule } from '../../types';

/** Data of `value/whitespace`: the value without the spaces; absent when it may not be shown (shown.ts). */
export interface WhitespaceData {
  readonly column: ColumnId;
  readonly trimmed?: string;
}

const codes = {
  // Fix-all: MiiTel takes no value with spaces around it; the value inside stays (passwords are never checked here).
  'value/whitespace': code<WhitespaceData>(
    'error',
    ({ cell, data, fix }) => (cell ? [fix(t.trim, [replaceCell(cell, data.trimmed ?? cell.value.trim())])] : []),
    'whitespace',
  ),
};

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
export const whitespaceRule: CellRule<typeof codes> = {
  name: 'whitespace',
  codes,
  columns: notPassword,
  clean: (value) => !mayHaveSpaceAround(value) || value.trim() === value,
  checkCell({ doc }, cell, column, report, _row, cells) {
    const trimmed = cell.value.trim();
    report('value/whitespace', cell, messages.whitespace(column), { column: column.id, ...(isShifted(doc, cells) ? {} : { trimmed }) });
  },
};
