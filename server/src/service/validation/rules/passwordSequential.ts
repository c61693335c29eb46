/** `password/sequential`: a password that is only consecutive letters or digits (MiiTel rejects it). */
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';

/**
 * Whether `password` is a run of letters or of digits going up or down by one throughout
 * (`abcdefgh`, `ABCDEFGH`, `12345678`, `87654321`). Letters are compared ignoring case.
 */
export function isSequential(password: string): boolean {
  const s = password.toLowerCase();
  if (s.length < 2 || !(/^[a-z]+$/.test(s) || /^[0-9]+$/.test(s))) return false;
  const step = s.charCodeAt(1) - s.charCodeAt(0);
  if (step !== 1 && step !== -1) return false;
  for (let i = 2; i < s.length; i++) if (s.charCodeAt(i) - s.charCodeAt(i - 1) !== step) return false;
  return true;
}

/** Reports the whole value; the message never repeats the password. */
export const passwordSequentialRule: Rule = {
  name: 'passwordSequential',
  check({ doc }, report) {
    for (const { cell } of userCells(doc, (c) => c.kind === 'password')) {
      if (!isSequential(cell.value)) continue;
      report({ code: 'password/sequential', offset: cell.offset, length: cell.length, message: messages.passwordSequential() });
    }
  },
};
