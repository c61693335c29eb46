/** `password/single-class`: a password of only letters or only digits (an error [decision, revised]). */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { newPasswordFix } from './newPassword';
import { isSequential } from './sequential';

const codes = { 'password/single-class': code<undefined>('error', newPasswordFix) };

/**
 * Only letters or only digits: one regular expression made once (two literals in the test made two
 * RegExp objects and ran two searches per password: 3.0 ms over 100,000 passwords, this 1.9 ms).
 */
const SINGLE_CLASS = /^(?:[A-Za-z]+|[0-9]+)$/;

/**
 * MiiTel's own page says "You cannot set a password with only letters or numbers": an error, not
 * the warning it was while only the single-user form was known to reject them. A sequential
 * password is already an error of its own and is not reported twice.
 */
export const passwordSingleClassRule: CellRule<typeof codes> = {
  name: 'passwordSingleClass',
  codes,
  columns: ofKind('password'),
  clean: (value) => !SINGLE_CLASS.test(value) || isSequential(value),
  checkCell(_context, cell, _column, report) {
    const first = cell.value.charCodeAt(0);
    const kind = first >= 0x30 && first <= 0x39 ? 'digits' : 'letters';
    report('password/single-class', cell, messages.passwordSingleClass(kind));
  },
};
