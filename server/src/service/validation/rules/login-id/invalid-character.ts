/** `login-id/invalid-character`: characters MiiTel does not accept in a Login ID. */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { hiddenReason } from '../../shown';
import { charSpan, invalidCharacters } from '../../values';

/** Data of `login-id/invalid-character`: each distinct invalid character, as written (none when the value may not be shown, see shown.ts). */
export interface InvalidCharacterData {
  readonly characters: string[];
}

/** No quick fix: which character was meant is the author's call. */
const codes = { 'login-id/invalid-character': code<InvalidCharacterData>('error') };

/**
 * Allowed: ASCII letters, digits and the format's Login ID symbols. A character whose NFKC form is allowed
 * (`ａ`, `＠`) is `value/full-width`'s, and spaces around the value are `value/whitespace`'s, so the
 * rule walks the trimmed raw value and judges each character by its NFKC form. One finding per cell,
 * on the first invalid character; `characters` lists each distinct invalid one as written.
 */
export const loginIdCharactersRule: CellRule<typeof codes> = {
  name: 'loginIdCharacters',
  codes,
  columns: ofKind('loginId'),
  clean: (value, _column, { doc }) => doc.format.limits.loginIdCharacters.only.test(value),
  checkCell({ doc }, cell, column, report, _row, cells) {
    const allowed = doc.format.limits.loginIdCharacters;
    const start = cell.value.length - cell.value.trimStart().length;
    const end = cell.value.trimEnd().length;
    const found = invalidCharacters(cell.value, (c) => [...c.normalize('NFKC')].every(allowed.has), start, end);
    if (!found) return;
    const { first } = found;
    const hidden = hiddenReason(doc, cells, column);
    const characters = hidden ? [] : found.characters;
    report('login-id/invalid-character', charSpan(cell, first), messages.loginIdInvalidCharacter(characters, hidden), { characters });
  },
};
