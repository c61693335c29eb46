/** `password/too-short`: a password of fewer than the format's `passwordMinLength` characters. */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import type { ColumnSpec } from '../../../../../shared/formats/index';
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
    const min = doc.format.limits.passwordMinLength;
    for (const { position } of columnsOf(doc, isPassword)) {
      const cell = cells[position];
      // A code point is at most two UTF-16 units: a value this long has enough of them.
      if (!cell || cell.value === '' || cell.value.length >= 2 * min) continue;
      const length = codePointLength(cell.value);
      if (length >= min) continue;
      report({
        code: 'password/too-short',
        offset: cell.offset,
        length: cell.length,
        message: messages.passwordTooShort(length, min),
        data: { min, length } satisfies DiagnosticDataMap['password/too-short'],
      });
    }
  },
};
