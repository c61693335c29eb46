/**
 * `login-id/duplicate` and `login-id/duplicate-case`: a Login ID used by an earlier row of the file.
 * Every occurrence after the first is reported, pointing back at the first.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import type { CsvCell, CsvRecord } from '../../csvDocument';
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';
import { canonical, lineOf, trimmedSpan } from '../values';

interface First {
  readonly span: { offset: number; length: number };
  /** 1-based line of the first occurrence. */
  readonly line: number;
}

/**
 * An exact repeat of the canonical value is an error (MiiTel rejects the row); a repeat differing
 * only in case is a warning, since whether MiiTel folds case is not documented [decision]. An exact
 * repeat points at the first exact occurrence, a case-only repeat at the first case-insensitive one.
 */
export const loginIdDuplicateRule: Rule = {
  name: 'loginIdDuplicate',
  check({ doc }, report) {
    const exact = new Map<string, First>();
    const folded = new Map<string, First>();
    for (const { row, cell } of userCells(doc, (c) => c.kind === 'loginId')) {
      const loginId = canonical(cell.value);
      if (loginId === '') continue;
      const here = locate(doc.csv.text, row.record, cell);
      const lower = loginId.toLowerCase();
      const sameExact = exact.get(loginId);
      const sameFolded = folded.get(lower);
      if (!exact.has(loginId)) exact.set(loginId, here);
      if (!folded.has(lower)) folded.set(lower, here);

      const earlier = sameExact ?? sameFolded;
      if (!earlier) continue;
      const code = sameExact ? 'login-id/duplicate' : 'login-id/duplicate-case';
      const message = sameExact
        ? messages.loginIdDuplicate(loginId, earlier.line)
        : messages.loginIdDuplicateCase(loginId, earlier.line);
      report({
        code,
        ...here.span,
        message,
        data: { loginId, firstLine: earlier.line } satisfies DiagnosticDataMap['login-id/duplicate'],
        related: [{ ...earlier.span, message: messages.loginIdFirstOccurrence() }],
      });
    }
  },
};

/** Where an occurrence is: its span and its 1-based line. */
function locate(text: string, record: CsvRecord, cell: CsvCell): First {
  const span = trimmedSpan(cell);
  return { span, line: lineOf(text, record, span.offset) };
}
