/** `value/full-width`: full-width (zenkaku) forms of ASCII characters in codes and Login IDs. */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';
import { isLoginIdChar, trimmedSpan } from '../values';

/**
 * Reports the trimmed value when it differs from its NFKC form (`１` → `1`, `＠` → `@`); `normalized`
 * is that form, for the quick fix. User names keep their Japanese text and passwords are exact, so
 * only code and Login ID columns are checked.
 *
 * In a Login ID, a character whose NFKC form is still not allowed (the ideographic space becomes a
 * space) is `login-id/invalid-character`'s, so this rule fires only when at least one changed
 * character becomes an allowed ASCII character: one defect, one finding.
 */
export const fullWidthRule: Rule = {
  name: 'fullWidth',
  check({ doc }, report) {
    for (const { column, cell } of userCells(doc, (c) => c.kind === 'code' || c.kind === 'loginId')) {
      const trimmed = cell.value.trim();
      const normalized = trimmed.normalize('NFKC');
      if (normalized === trimmed) continue;
      if (column.kind === 'loginId' && !hasFixableChar(trimmed)) continue;
      report({
        code: 'value/full-width',
        ...trimmedSpan(cell),
        message: messages.fullWidth(column, normalized),
        data: { column: column.id, normalized } satisfies DiagnosticDataMap['value/full-width'],
      });
    }
  },
};

/** Whether some character of `text` changes under NFKC into allowed Login ID characters only. */
function hasFixableChar(text: string): boolean {
  for (const c of text) {
    const n = c.normalize('NFKC');
    if (n !== c && [...n].every(isLoginIdChar)) return true;
  }
  return false;
}
