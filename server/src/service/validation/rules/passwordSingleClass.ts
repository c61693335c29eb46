/** `password/single-class`: a password of only letters or only digits (warning [decision]). */
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';
import { isSequential } from './passwordSequential';

/**
 * MiiTel's single-user form rejects such passwords; whether the CSV import does is not documented,
 * hence a warning. A sequential password is already an error of its own and is not reported twice.
 */
export const passwordSingleClassRule: Rule = {
  name: 'passwordSingleClass',
  check({ doc }, report) {
    for (const { cell } of userCells(doc, (c) => c.kind === 'password')) {
      const kind = /^[A-Za-z]+$/.test(cell.value) ? 'letters' : /^[0-9]+$/.test(cell.value) ? 'digits' : undefined;
      if (!kind || isSequential(cell.value)) continue;
      report({
        code: 'password/single-class',
        offset: cell.offset,
        length: cell.length,
        message: messages.passwordSingleClass(kind),
      });
    }
  },
};
