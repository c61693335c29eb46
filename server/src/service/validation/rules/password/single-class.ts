/** `password/single-class`: a password of only letters or only digits (warning [decision]). */
import type { ColumnSpec } from '../../../../../../shared/formats/index';
import { messages } from '../../../messages';
import { columnsOf } from '../../cells';
import { code, type RowRule } from '../../types';
import { newPasswordFix } from './newPassword';
import { isSequential } from './sequential';

const codes = { 'password/single-class': code<undefined>('warning', newPasswordFix) };

/**
 * MiiTel's single-user form rejects such passwords; whether the CSV import does is not documented,
 * hence a warning. A sequential password is already an error of its own and is not reported twice.
 */
const isPassword = (c: ColumnSpec) => c.kind === 'password';

export const passwordSingleClassRule: RowRule<typeof codes> = {
  name: 'passwordSingleClass',
  codes,
  checkRow({ doc }, row, cells, report) {
    if (row.unusedTemplate) return;
    for (const { position } of columnsOf(doc, isPassword)) {
      const cell = cells[position];
      if (!cell) continue;
      const kind = /^[A-Za-z]+$/.test(cell.value) ? 'letters' : /^[0-9]+$/.test(cell.value) ? 'digits' : undefined;
      if (!kind || isSequential(cell.value)) continue;
      report('password/single-class', cell, messages.passwordSingleClass(kind));
    }
  },
};
