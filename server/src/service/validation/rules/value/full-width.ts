/** `value/full-width`: full-width (zenkaku) forms of ASCII characters in codes, Login IDs and Extension numbers. */
import type { CharacterSet, ColumnId } from '../../../../../../shared/formats/index';
import { replaceCell } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { shownValue } from '../../shown';
import { isAscii, trimmedSpan } from '../../values';

/**
 * Data of `value/full-width`: the value's NFKC form, for the fix; absent (and no fix) when the value
 * may not be shown (shown.ts): in a row whose fields look shifted, rewriting one cell is no repair.
 */
export interface FullWidthData {
  readonly column: ColumnId;
  readonly normalized?: string;
}

const codes = {
  // Fix-all: `１` and `1` are the same character typed with a Japanese IME (NFKC), in columns of
  // codes, Login IDs and numbers only (never names or passwords).
  'value/full-width': code<FullWidthData>(
    'error',
    ({ cell, data, fix }) =>
      cell && data.normalized !== undefined ? [fix(t.halfWidth(data.normalized), [replaceCell(cell, data.normalized)])] : [],
    'fullWidth',
  ),
};

/**
 * Reports the trimmed value when it differs from its NFKC form (`１` → `1`, `＠` → `@`); `normalized`
 * is that form, for the quick fix. User names keep their Japanese text and passwords are exact, so
 * only code, Login ID and Extension number columns are checked.
 *
 * In a Login ID, a character whose NFKC form is still not allowed (the ideographic space becomes a
 * space) is `login-id/invalid-character`'s, so this rule fires only when at least one changed
 * character becomes an allowed ASCII character: one defect, one finding.
 */
export const fullWidthRule: CellRule<typeof codes> = {
  name: 'fullWidth',
  codes,
  columns: ofKind('code', 'loginId', 'extension'),
  clean(value) {
    // ASCII is its own NFKC form.
    if (isAscii(value)) return true;
    const trimmed = value.trim();
    return trimmed.normalize('NFKC') === trimmed;
  },
  checkCell({ doc }, cell, column, report, _row, cells) {
    const trimmed = cell.value.trim();
    const normalized = trimmed.normalize('NFKC');
    if (column.kind === 'loginId' && !hasFixableChar(trimmed, doc.format.limits.loginIdCharacters)) return;
    const shown = shownValue(doc, cells, column, normalized);
    report('value/full-width', trimmedSpan(cell), messages.fullWidth(column, shown), {
      column: column.id,
      ...('value' in shown ? { normalized } : {}),
    });
  },
};

/** Whether some character of `text` changes under NFKC into allowed Login ID characters only. */
function hasFixableChar(text: string, allowed: CharacterSet): boolean {
  for (const c of text) {
    const n = c.normalize('NFKC');
    if (n !== c && [...n].every(allowed.has)) return true;
  }
  return false;
}
