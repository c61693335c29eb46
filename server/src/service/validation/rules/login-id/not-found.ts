/**
 * `login-id/not-found`: in an update file, a Login ID the organisation does not have: MiiTel would
 * reject the row, as an update changes only existing users.
 */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { shownValue } from '../../shown';
import { canonical, loginIdKey, trimmedSpan } from '../../values';

/** No quick fix: a typo only the author can mend, or a user to add with a create file. */
const codes = { 'login-id/not-found': code('error') };

/**
 * Compares by `loginIdKey` with `existingLoginIds` (folded so by the runner). Without a list
 * (`existingLoginIdsFile` unset, or a list with no Login ID) nothing is known, and nothing is
 * reported. Only the update format checks this code (shared/formats/updateUsers.ts).
 */
export const loginIdNotFoundRule: CellRule<typeof codes> = {
  name: 'loginIdNotFound',
  codes,
  columns: ofKind('loginId'),
  clean: (_value, _column, { existingLoginIds }) => existingLoginIds.size === 0,
  checkCell({ doc, existingLoginIds }, cell, column, report, _row, cells) {
    const loginId = canonical(cell.value);
    if (loginId === '' || existingLoginIds.has(loginIdKey(loginId))) return;
    report('login-id/not-found', trimmedSpan(cell), () => messages.loginIdNotFound(shownValue(doc, cells, column, loginId)));
  },
};
