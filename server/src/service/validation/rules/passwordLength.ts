/** `password/too-short`: a password of fewer than `PASSWORD_MIN_LENGTH` characters. */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { PASSWORD_MIN_LENGTH } from '../../../../../shared/spec';
import type { ColumnSpec } from '../../../../../shared/spec';
import { messages } from '../../messages';
import { columnsOf } from '../cells';
import type { RowRule } from '../types';
import { codePointLength } from '../values';

const isPassword = (c: ColumnSpec) => c.kind === 'password';

/** Counts code points of the exact value (a password is never trimmed). Empty is `value/required`'s. */
export const passwordLengthRule: RowRule = {
  name: 'passwordLength',
  checkRow({ doc }, row, cells, report) {
    if (row.unusedTemplate) return;
    for (const { position } of columnsOf(doc, isPassword)) {
      const cell = cells[position];
      // A code point is at most two UTF-16 units: a value this long has enough of them.
      if (!cell || cell.value === '' || cell.value.length >= 2 * PASSWORD_MIN_LENGTH) continue;
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
