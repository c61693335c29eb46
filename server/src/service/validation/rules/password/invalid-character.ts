/** `password/invalid-character`: characters MiiTel does not accept in a password. */
import { messages } from '../../../messages';
import { type CharacterRun, characterRuns } from '../../characterRuns';
import { code, type CellRule, ofKind } from '../../types';
import { newPasswordFix } from './newPassword';
import { charSpan, invalidCharacters } from '../../values';

/**
 * Data of `password/invalid-character`: where the invalid characters are and of what kind, never the
 * characters (those of a full-width password are the password).
 */
export interface InvalidCharacterData {
  readonly runs: readonly CharacterRun[];
}

const codes = { 'password/invalid-character': code<InvalidCharacterData>('error', newPasswordFix) };

/**
 * Allowed: ASCII letters, digits and the format's password symbols; anything else (spaces, tabs, full-width
 * or accented letters) is reported once per cell on the first such character. The message names
 * positions and kinds ("characters 3–6 are full-width"), never the characters.
 */
export const passwordCharactersRule: CellRule<typeof codes> = {
  name: 'passwordCharacters',
  codes,
  columns: ofKind('password'),
  clean: (value, _column, { doc }) => doc.format.limits.passwordCharacters.only.test(value),
  checkCell({ doc }, cell, _column, report) {
    const allowed = doc.format.limits.passwordCharacters;
    const found = invalidCharacters(cell.value, allowed.has);
    if (!found) return;
    const runs = characterRuns(cell.value, allowed.has);
    report('password/invalid-character', charSpan(cell, found.first), messages.passwordInvalidCharacter(runs), { runs });
  },
};
