/** `login-id/in-use`: a Login ID the organisation already has (a CSV cannot change existing users). */
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';
import { canonical, trimmedSpan } from '../values';

/** Compares case-insensitively with `existingLoginIds` (already lower-cased by the runner). */
export const loginIdInUseRule: Rule = {
  name: 'loginIdInUse',
  check({ doc, existingLoginIds }, report) {
    if (existingLoginIds.size === 0) return;
    for (const { cell } of userCells(doc, (c) => c.kind === 'loginId')) {
      const loginId = canonical(cell.value);
      if (loginId === '' || !existingLoginIds.has(loginId.toLowerCase())) continue;
      report({ code: 'login-id/in-use', ...trimmedSpan(cell), message: messages.loginIdInUse(loginId) });
    }
  },
};
