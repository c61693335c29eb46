/** `login-id/in-use`: a Login ID the organisation already has (a CSV cannot change existing users). */
import { messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { shownValue } from '../../shown';
import { canonical, loginIdKey, trimmedSpan } from '../../values';

/** No quick fix: the row is a user who exists already, or a typo only the author can mend. */
const codes = { 'login-id/in-use': code('error') };

/** Compares by `loginIdKey` with `existingLoginIds` (folded so by the runner). */
export const loginIdInUseRule: CellRule<typeof codes> = {
  name: 'loginIdInUse',
  codes,
  columns: ofKind('loginId'),
  clean: (_value, _column, { existingLoginIds }) => existingLoginIds.size === 0,
  checkCell({ doc, existingLoginIds }, cell, column, report, _row, cells) {
    const loginId = canonical(cell.value);
    if (loginId === '' || !existingLoginIds.has(loginIdKey(loginId))) return;
    report('login-id/in-use', trimmedSpan(cell), messages.loginIdInUse(shownValue(doc, cells, column, loginId)));
  },
};
