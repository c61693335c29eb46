/** `password/invalid-character`: characters MiiTel does not accept in a password. */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';
import { charSpan, isPasswordChar } from '../values';

/**
 * Allowed: ASCII letters, digits and `PASSWORD_SYMBOLS`; anything else (spaces, tabs, full-width
 * or accented letters) is reported once per cell on the first such character. `characters` holds
 * only the distinct invalid characters, never the password.
 */
export const passwordCharactersRule: Rule = {
  name: 'passwordCharacters',
  check({ doc }, report) {
    for (const { cell } of userCells(doc, (c) => c.kind === 'password')) {
      const characters: string[] = [];
      let first = -1;
      for (let i = 0; i < cell.value.length; ) {
        const c = String.fromCodePoint(cell.value.codePointAt(i) ?? 0);
        if (!isPasswordChar(c)) {
          if (first < 0) first = i;
          if (!characters.includes(c)) characters.push(c);
        }
        i += c.length;
      }
      if (first < 0) continue;
      report({
        code: 'password/invalid-character',
        ...charSpan(cell, first),
        message: messages.passwordInvalidCharacter(characters),
        data: { characters } satisfies DiagnosticDataMap['password/invalid-character'],
      });
    }
  },
};
