/** `password/single-class`: a password of only letters or only digits (warning [decision]). */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { newPasswordFix } from './newPassword';
import { isSequential } from './sequential';

const codes = { 'password/single-class': code<undefined>('warning', newPasswordFix) };

/**
 * MiiTel's single-user form rejects such passwords; whether the CSV import does is not documented,
 * hence a warning. A sequential password is already an error of its own and is not reported twice.
 */

export const passwordSingleClassRule: CellRule<typeof codes> = {
  name: 'passwordSingleClass',
  codes,
  columns: ofKind('password'),
  checkCell(_context, cell, _column, report) {
    const kind = /^[A-Za-z]+$/.test(cell.value) ? 'letters' : /^[0-9]+$/.test(cell.value) ? 'digits' : undefined;
    if (!kind || isSequential(cell.value)) return;
    report('password/single-class', cell, messages.passwordSingleClass(kind));
  },
};
