/**
 * `login-id/domain`: a Login ID whose domain is not one of the organisation config's
 * `loginIdDomains` (compared without case: domains are case-insensitive).
 */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { hiddenReason } from '../../shown';
import { canonical, trimmedSpan } from '../../values';

/** Data of `login-id/domain`: the domains allowed, as the config lists them (normalised). */
export interface LoginIdDomainData {
  readonly allowed: readonly string[];
}

/** No quick fix: which of the allowed domains is meant only the author knows. */
const codes = { 'login-id/domain': code<LoginIdDomainData>('error') };

/**
 * A Login ID without `@` is `login-id/format`'s, not this rule's. Where the value may not be shown
 * (a password may sit in the Login ID column, see shown.ts) the message leaves the domain out.
 */
export const loginIdDomainRule: CellRule<typeof codes> = {
  name: 'loginIdDomain',
  codes,
  columns: ofKind('loginId'),
  clean: (_value, _column, { settings }) => settings.loginIdDomains.length === 0,
  checkCell({ doc, settings }, cell, column, report, _row, cells) {
    const allowed = settings.loginIdDomains;
    const loginId = canonical(cell.value);
    const at = loginId.lastIndexOf('@');
    if (at < 0) return;
    const domain = loginId.slice(at + 1);
    if (domain === '' || allowed.includes(domain.toLowerCase())) return;
    const shown = hiddenReason(doc, cells, column) ? undefined : domain;
    report('login-id/domain', trimmedSpan(cell), () => messages.loginIdDomain(shown, allowed), { allowed });
  },
};
