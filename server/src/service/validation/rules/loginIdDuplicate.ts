/**
 * `login-id/duplicate` and `login-id/duplicate-case`: a Login ID used by an earlier row of the file.
 * Every occurrence after the first is reported, pointing back at the first.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import type { UserRow } from '../../miitelDocument';
import { cellOf } from '../../parserModel';
import type { DocumentRule } from '../types';
import { canonical, lineOf, trimmedSpan } from '../values';

/** Where an occurrence is: its span and its 1-based line. */
interface Located {
  readonly span: { offset: number; length: number };
  readonly line: number;
}

/** An occurrence of a repeated Login ID; where it is, worked out once. */
interface Occurrence {
  readonly row: UserRow;
  located?: Located;
}

/** The first occurrence of a Login ID ignoring case (with its spelling), and the first of each other spelling. */
interface Spellings {
  readonly loginId: string;
  readonly first: Occurrence;
  readonly others: Map<string, Occurrence>;
}

/** Name of the per-row value: the row's Login ID, canonical and lower-cased. */
const FOLDED = 'loginIdDuplicate.folded';

/**
 * An exact repeat of the canonical value is an error (MiiTel rejects the row); a repeat differing
 * only in case is a warning, since whether MiiTel folds case is not documented [decision]. An exact
 * repeat points at the first exact occurrence, a case-only repeat at the first case-insensitive one.
 *
 * This pass runs on every validation. Each row's lower-cased Login ID is a `rowValue`, kept while the
 * row is unchanged together with the count of rows holding it, so after an edit only the edited rows
 * are read; the full comparison then runs over the rows whose Login ID is repeated, usually none.
 */
export const loginIdDuplicateRule: DocumentRule = {
  name: 'loginIdDuplicate',
  check({ doc, rowValue, repeatedRowValues }, report) {
    const position = doc.positions.get('loginId');
    if (position === undefined) return;
    const loginIdOf = (row: UserRow) => {
      const cell = cellOf(row.record, position);
      const loginId = cell ? canonical(cell.value) : '';
      return loginId === '' ? undefined : loginId;
    };
    const foldedOf = (row: UserRow) => {
      const loginId = row.unusedTemplate ? undefined : loginIdOf(row);
      return loginId === undefined ? undefined : toLowerCase(loginId);
    };
    const rows = doc.rows;
    for (let i = 0; i < rows.length; i++) rowValue(FOLDED, rows[i], foldedOf);
    const repeated = repeatedRowValues(FOLDED);
    if (repeated.size === 0) return;

    const text = doc.csv.text;
    const locate = (o: Occurrence): Located => (o.located ??= locateLoginId(text, o.row, position));
    const seen = new Map<string, Spellings>();
    for (const row of rows) {
      const lower = rowValue(FOLDED, row, foldedOf);
      if (lower === undefined || !repeated.has(lower)) continue;
      const loginId = loginIdOf(row)!;
      const here: Occurrence = { row };
      const spellings = seen.get(lower);
      if (!spellings) {
        seen.set(lower, { loginId, first: here, others: new Map() });
        continue;
      }
      const sameExact = spellings.loginId === loginId ? spellings.first : spellings.others.get(loginId);
      if (!sameExact) spellings.others.set(loginId, here);

      const { span } = locate(here);
      const first = locate(sameExact ?? spellings.first);
      const code = sameExact ? 'login-id/duplicate' : 'login-id/duplicate-case';
      const message = sameExact ? messages.loginIdDuplicate(loginId, first.line) : messages.loginIdDuplicateCase(loginId, first.line);
      report({
        code,
        ...span,
        message,
        data: { loginId, firstLine: first.line } satisfies DiagnosticDataMap['login-id/duplicate'],
        related: [{ ...first.span, message: messages.loginIdFirstOccurrence() }],
      });
    }
  },
};

/** `s.toLowerCase()`, skipping the call for the usual ASCII value without capitals. */
function toLowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) return s.toLowerCase();
  }
  return s;
}

function locateLoginId(text: string, row: UserRow, position: number): Located {
  const span = trimmedSpan(cellOf(row.record, position)!);
  return { span, line: lineOf(text, row.record, span.offset) };
}
