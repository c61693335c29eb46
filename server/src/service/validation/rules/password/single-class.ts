/** `password/single-class`: a password of only letters or only digits (an error [decision, revised]). */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { newPasswordFix } from './newPassword';
import { isSequential } from './sequential';

const codes = { 'password/single-class': code<undefined>('error', newPasswordFix) };

/**
 * MiiTel's own page says "You cannot set a password with only letters or numbers": an error, not
 * the warning it was while only the single-user form was known to reject them. A sequential
 * password is already an error of its own and is not reported twice.
 */
export const passwordSingleClassRule: CellRule<typeof codes> = {
  name: 'passwordSingleClass',
  codes,
  columns: ofKind('password'),
  clean: (value) => !(/^[A-Za-z]+$/.test(value) || /^[0-9]+$/.test(value)) || isSequential(value),
  checkCell(_context, cell, _column, report) {
    const kind = /^[A-Za-z]+$/.test(cell.value) ? 'letters' : 'digits';
    report('password/single-class', cell, messages.passwordSingleClass(kind));
  },
};
