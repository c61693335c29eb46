/** `password/too-short`: a password of fewer than the format's `passwordMinLength` characters. */
import type { ColumnSpec } from '../../../../../../shared/formats/index';
import { messages } from '../../../messages';
import { columnsOf } from '../../cells';
import { code, type RowRule } from '../../types';
import { newPasswordFix } from './newPassword';

/** Data of `password/too-short`. */
export interface TooShortData {
  readonly min: number;
  readonly length: number;
}

const codes = { 'password/too-short': code<TooShortData>('error', newPasswordFix) };
import { codePointLength } from '../../values';

const isPassword = (c: ColumnSpec) => c.kind === 'password';

/** Counts code points of the exact value (a password is never trimmed). Empty is `value/required`'s. */
export const passwordLengthRule: RowRule<typeof codes> = {
  name: 'passwordLength',
  codes,
  checkRow({ doc }, row, cells, report) {
    if (row.unusedTemplate) return;
    const min = doc.format.limits.passwordMinLength;
    for (const { position } of columnsOf(doc, isPassword)) {
      const cell = cells[position];
      // A code point is at most two UTF-16 units: a value this long has enough of them.
      if (!cell || cell.value === '' || cell.value.length >= 2 * min) continue;
      const length = codePointLength(cell.value);
      if (length >= min) continue;
      report('password/too-short', cell, messages.passwordTooShort(length, min), { min, length });
    }
  },
};
