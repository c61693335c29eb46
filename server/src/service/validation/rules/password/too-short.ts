/** `password/too-short`: a password of fewer than the format's `passwordMinLength` characters. */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { newPasswordFix } from './newPassword';
import { codePointLength } from '../../values';

/** Data of `password/too-short`. */
export interface TooShortData {
  readonly min: number;
  readonly length: number;
}

const codes = { 'password/too-short': code<TooShortData>('error', newPasswordFix) };

/** Counts code points of the exact value (a password is never trimmed). Empty is `value/required`'s. */
export const passwordLengthRule: CellRule<typeof codes> = {
  name: 'passwordLength',
  codes,
  columns: ofKind('password'),
  clean(value, _column, { doc }) {
    const min = doc.format.limits.passwordMinLength;
    // A code point is at most two UTF-16 units: a value this long has enough of them.
    return value === '' || value.length >= 2 * min || codePointLength(value) >= min;
  },
  checkCell({ doc }, cell, _column, report) {
    const min = doc.format.limits.passwordMinLength;
    const length = codePointLength(cell.value);
    report('password/too-short', cell, messages.passwordTooShort(length, min), { min, length });
  },
};
