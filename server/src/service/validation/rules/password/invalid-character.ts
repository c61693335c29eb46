/** `password/invalid-character`: characters MiiTel does not accept in a password. */
import type { ColumnSpec } from '../../../../../../shared/formats/index';
import { messages } from '../../../messages';
import { code, type CellRule } from '../../types';
import { newPasswordFix } from './newPassword';
import { charSpan } from '../../values';

/** Data of `password/invalid-character`: each distinct invalid character, never the password. */
export interface InvalidCharacterData {
  readonly characters: string[];
}

const codes = { 'password/invalid-character': code<InvalidCharacterData>('error', newPasswordFix) };

const isPassword = (c: ColumnSpec) => c.kind === 'password';

/**
 * Allowed: ASCII letters, digits and the format's password symbols; anything else (spaces, tabs, full-width
 * or accented letters) is reported once per cell on the first such character. `characters` holds
 * only the distinct invalid characters, never the password.
 */
export const passwordCharactersRule: CellRule<typeof codes> = {
  name: 'passwordCharacters',
  codes,
  columns: isPassword,
  checkCell({ doc }, cell, _column, report) {
    const allowed = doc.format.limits.passwordCharacters;
    if (allowed.only.test(cell.value)) return;
    const characters: string[] = [];
    let first = -1;
    for (let i = 0; i < cell.value.length;) {
      const c = String.fromCodePoint(cell.value.codePointAt(i) ?? 0);
      if (!allowed.has(c)) {
        if (first < 0) first = i;
        if (!characters.includes(c)) characters.push(c);
      }
      i += c.length;
    }
    if (first < 0) return;
    report('password/invalid-character', charSpan(cell, first), messages.passwordInvalidCharacter(characters), { characters });
  },
};
