/** `password/too-short`: a password of fewer than `PASSWORD_MIN_LENGTH` characters. */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { PASSWORD_MIN_LENGTH } from '../../../../../shared/spec';
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';
import { codePointLength } from '../values';

/** Counts code points of the exact value (a password is never trimmed). Empty is `value/required`'s. */
export const passwordLengthRule: Rule = {
  name: 'passwordLength',
  check({ doc }, report) {
    for (const { cell } of userCells(doc, (c) => c.kind === 'password')) {
      if (cell.value === '') continue;
      const length = codePointLength(cell.value);
      if (length >= PASSWORD_MIN_LENGTH) continue;
      report({
        code: 'password/too-short',
        offset: cell.offset,
        length: cell.length,
        message: messages.passwordTooShort(length, PASSWORD_MIN_LENGTH),
        data: { min: PASSWORD_MIN_LENGTH, length } satisfies DiagnosticDataMap['password/too-short'],
      });
    }
  },
};
