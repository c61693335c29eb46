/** `password/invalid-character`: characters MiiTel does not accept in a password. */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { newPasswordFix } from './newPassword';
import { charSpan, invalidCharacters } from '../../values';

/** Data of `password/invalid-character`: each distinct invalid character, never the password. */
export interface InvalidCharacterData {
  readonly characters: string[];
}

const codes = { 'password/invalid-character': code<InvalidCharacterData>('error', newPasswordFix) };

/**
 * Allowed: ASCII letters, digits and the format's password symbols; anything else (spaces, tabs, full-width
 * or accented letters) is reported once per cell on the first such character. `characters` holds
 * only the distinct invalid characters, never the password.
 */
export const passwordCharactersRule: CellRule<typeof codes> = {
  name: 'passwordCharacters',
  codes,
  columns: ofKind('password'),
  checkCell({ doc }, cell, _column, report) {
    const allowed = doc.format.limits.passwordCharacters;
    if (allowed.only.test(cell.value)) return;
    const found = invalidCharacters(cell.value, allowed.has);
    if (!found) return;
    const { first, characters } = found;
    report('password/invalid-character', charSpan(cell, first), messages.passwordInvalidCharacter(characters), { characters });
  },
};
