/** `password/sequential`: a password that is only consecutive letters or digits (MiiTel rejects it). */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { newPasswordFix } from './newPassword';

const codes = { 'password/sequential': code<undefined>('error', newPasswordFix) };

const lowerAscii = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/**
 * Whether `password` is a run of letters or of digits going up or down by one throughout
 * (`abcdefgh`, `ABCDEFGH`, `12345678`, `87654321`). Letters are compared ignoring case.
 */
export function isSequential(password: string): boolean {
  // Shortcut: two ASCII first characters that are not one apart settle it (lower-casing the rest
  // cannot move them).
  const c0 = password.charCodeAt(0);
  const c1 = password.charCodeAt(1);
  if (c0 < 0x80 && c1 < 0x80 && Math.abs(lowerAscii(c1) - lowerAscii(c0)) !== 1) return false;
  const s = password.toLowerCase();
  if (s.length < 2 || !(/^[a-z]+$/.test(s) || /^[0-9]+$/.test(s))) return false;
  const step = s.charCodeAt(1) - s.charCodeAt(0);
  if (step !== 1 && step !== -1) return false;
  for (let i = 2; i < s.length; i++) if (s.charCodeAt(i) - s.charCodeAt(i - 1) !== step) return false;
  return true;
}

/** Reports the whole value; the message never repeats the password. */
export const passwordSequentialRule: CellRule<typeof codes> = {
  name: 'passwordSequential',
  codes,
  columns: ofKind('password'),
  clean: (value) => !isSequential(value),
  checkCell(_context, cell, _column, report) {
    report('password/sequential', cell, messages.passwordSequential());
  },
};
