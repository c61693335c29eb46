/** `login-id/format`: a Login ID that is not shaped like an e-mail address. */
import type { CharacterSet } from '../../../../../../shared/formats/index';
import { replaceCell } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { hiddenReason } from '../../shown';
import { canonical, trimmedSpan } from '../../values';

/** Data of `login-id/format`: a corrected Login ID, when one repair is obvious and the value may be shown (shown.ts). */
export interface LoginIdFormatData {
  readonly suggestion?: string;
}

const codes = {
  // Not in fix-all: the Login ID names the account, and a guessed repair (`sato..taro@` → `sato.taro@`)
  // may name another one, in an update file an existing user.
  'login-id/format': code<LoginIdFormatData>('error', ({ cell, data, fix }) =>
    cell && data.suggestion ? [fix(t.useValue(data.suggestion), [replaceCell(cell, data.suggestion)])] : [],
  ),
};

/**
 * E-mail shaped values of allowed characters only: dot-separated parts before one `@`, and two or
 * more dot-separated labels of letters, digits and `-` after it. {@link formatProblem} finds
 * nothing wrong in such a value; this is only its shortcut for the common case.
 */
const WELL_FORMED = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** Why a Login ID is not e-mail shaped (keys of `messages.loginIdFormatReasons`). */
export type LoginIdFormatReason = keyof typeof messages.loginIdFormatReasons;

/**
 * Checks the canonical value (spaces and full-width characters have their own rules). Characters a
 * Login ID may not hold are `login-id/invalid-character`'s: they are masked as a letter first, so
 * `sa to@miitel.jp` is only an invalid character, while `satoé@miitel` is both (no dot).
 */
export const loginIdFormatRule: CellRule<typeof codes> = {
  name: 'loginIdFormat',
  codes,
  columns: ofKind('loginId'),
  clean: (value) => WELL_FORMED.test(value) || canonical(value) === '',
  checkCell({ doc }, cell, column, report, _row, cells) {
    const value = canonical(cell.value);
    const allowed = doc.format.limits.loginIdCharacters;
    const reason = formatProblem(value, allowed);
    if (!reason) return;
    // The fix's title quotes the corrected value, so a value that may not be shown gets none.
    const suggestion = hiddenReason(doc, cells, column) ? undefined : suggestFix(value, allowed);
    // The message is rendered only if the finding is reported (an error-dense file counts the rest).
    const message = () => messages.loginIdFormat(messages.loginIdFormatReasons[reason], suggestion);
    report('login-id/format', trimmedSpan(cell), message, suggestion !== undefined ? { suggestion } : {});
  },
};

/** The first reason `loginId` is not e-mail shaped, ignoring characters that are not allowed at all. */
export function formatProblem(loginId: string, allowed: CharacterSet): LoginIdFormatReason | undefined {
  // An ideographic full stop is a dot typed with a Japanese IME: one invalid character, not also "no dot".
  const masked = [...loginId].map((c) => (allowed.has(c) ? c : c === '\u3002' ? '.' : 'x')).join('');
  const parts = masked.split('@');
  if (parts.length === 1) return 'noAt';
  if (parts.length > 2) return 'manyAt';
  const [local = '', domain = ''] = parts;
  if (local === '') return 'emptyLocal';
  if (domain === '') return 'emptyDomain';
  if (!domain.includes('.')) return 'noDot';
  if ([local, domain].some((p) => p.startsWith('.') || p.endsWith('.') || p.includes('..'))) return 'dots';
  if (!/^[A-Za-z0-9.-]+$/.test(domain)) return 'badDomain';
  return undefined;
}

/**
 * A corrected Login ID for slips with one obvious repair (doubled `@` or dots, a dot at either end of
 * a part), only when the result is e-mail shaped.
 */
function suggestFix(loginId: string, allowed: CharacterSet): string | undefined {
  const fixed = loginId
    .replace(/@{2,}/g, '@')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .replace(/\.*@\.*/g, '@');
  return fixed !== loginId && formatProblem(fixed, allowed) === undefined ? fixed : undefined;
}
