/** `user-name/too-long`: a text column longer than its `maxLength` (User name: 30). */
import type { ColumnSpec } from '../../../../../../shared/formats/index';
import { replaceCell } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import { code, type CellRule } from '../../types';
import { codePointLength } from '../../values';

/** Data of `user-name/too-long`. */
export interface TooLongData {
  readonly max: number;
  readonly length: number;
}

const codes = {
  // Not in fix-all: a shortened name is not the name the administrator wrote (which 30 characters to
  // keep, or a shorter spelling, is theirs to choose). Cut by code point so a surrogate pair is never split; drop spaces left at the cut.
  'user-name/too-long': code<TooLongData>('error', ({ cell, data, fix }) =>
    cell ? [fix(t.truncate(data.max), [replaceCell(cell, [...cell.value].slice(0, data.max).join('').trimEnd())])] : [],
  ),
};

const hasMaxLength = (c: ColumnSpec) => c.kind === 'text' && c.maxLength !== undefined;

/**
 * Counts Unicode code points, so a kanji or an emoji is one character as MiiTel counts them.
 * Surrounding spaces are `value/whitespace`'s and not counted; the range is the whole value.
 */
export const userNameLengthRule: CellRule<typeof codes> = {
  name: 'userNameLength',
  codes,
  columns: hasMaxLength,
  // No more UTF-16 units than the maximum: no more code points either.
  clean: (value, column) =>
    value.length <= (column.maxLength ?? Infinity) || codePointLength(value.trim()) <= (column.maxLength ?? Infinity),
  checkCell(_context, cell, column, report) {
    const max = column.maxLength ?? Infinity;
    const length = codePointLength(cell.value.trim());
    report('user-name/too-long', cell, messages.userNameTooLong(length, max), { max, length });
  },
};
