/**
 * `login-id/duplicate` and `login-id/duplicate-case`: a Login ID used by an earlier row of the file.
 * Every occurrence after the first is reported, pointing back at the first.
 */
import { messages } from '../../../messages';
import type { UserRow } from '../../../miitelDocument';
import { cellOf } from '../../../../../../shared/csv/parserModel';
import { code, type UniquenessRule } from '../../types';
import { hashPlainAscii, hashString } from '../../rowResults';
import { hiddenReason, type ShownValue } from '../../shown';
import { canonical, lineOf, loginIdKey, trimmedSpan } from '../../values';

/**
 * Data of `login-id/duplicate` and `login-id/duplicate-case`: the Login ID (absent when it may not be
 * shown, see shown.ts) and the line it was first used on.
 */
export interface DuplicateData {
  readonly loginId?: string;
  readonly firstLine: number;
}

/** No quick fix: which of the two users needs another Login ID is the author's call. */
const codes = {
  'login-id/duplicate': code<DuplicateData>('error'),
  'login-id/duplicate-case': code<DuplicateData>('error'),
};

/** Where an occurrence is: its span and its 1-based line. */
interface Located {
  readonly span: { offset: number; length: number };
  readonly line: number;
}

/** Rows compared between two chances for the runner to stop. */
const ROWS_PER_STEP = 1024;

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

/** A Login ID's key; none for an empty one. Folded from the value as written: folding its canonical form again trimmed and scanned it twice. */
function keyOf(value: string): string | undefined {
  const key = loginIdKey(value);
  return key === '' ? undefined : key;
}

/**
 * An exact repeat of the canonical value is an error (MiiTel rejects the row); a repeat differing
 * only in case is an error too, as the in-use check already compared ignoring case: e-mail-shaped
 * IDs are the same account whatever their case [decision, revised: it was a warning]. An exact
 * repeat points at the first exact occurrence, a case-only repeat at the first case-insensitive one.
 *
 * This rule runs on every validation, over every row. Each row's key is its `loginIdKey`, which the
 * runner hashes, keeps while the row is unchanged and counts, so the rule sees only the rows whose
 * Login ID may be repeated, usually none, and compares those.
 */
export const loginIdDuplicateRule: UniquenessRule<typeof codes> = {
  name: 'loginIdDuplicate',
  codes,
  key: {
    column: 'loginId',
    of: keyOf,
    // A trimmed, lower-case ASCII Login ID is its own key (see loginIdKey): hashed in the one pass
    // that tells so. 100,000 Login IDs: 19 ms for loginIdKey then hashString, 9 ms this way.
    hash: (value) => {
      if (value === '') return null;
      const hashed = hashPlainAscii(value);
      if (hashed >= 0) return hashed;
      const key = keyOf(value);
      return key === undefined ? null : hashString(key);
    },
  },
  *checkRepeated({ doc, settings, countUnreported }, rows, report) {
    const position = doc.positions.get('loginId');
    if (position === undefined) return;
    const text = doc.csv.text;
    const locate = (o: Occurrence): Located => (o.located ??= locateLoginId(text, o.row, position));
    const seen = new Map<string, Spellings>();
    let reported = 0;
    for (let n = 0; n < rows.length; n++) {
      // A file of a million equal Login IDs compares as many rows: a step at a time, between slices.
      if (n % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
      const index = rows[n]!;
      // A repeated hash is a candidate: from here on the Login IDs themselves are compared.
      const row = doc.row(index);
      const cell = cellOf(row.record, position);
      const loginId = cell ? canonical(cell.value) : '';
      const lower = loginIdKey(loginId);
      const here: Occurrence = { row };
      const spellings = seen.get(lower);
      if (!spellings) {
        seen.set(lower, { loginId, first: here, others: new Map() });
        continue;
      }
      // Later repeats could not be shown (the runner keeps the first maxProblems by position, and
      // rows come in text order): counted, not located or worded. A file of 1,000,000 equal IDs has as many.
      const sameExact = spellings.loginId === loginId ? spellings.first : spellings.others.get(loginId);
      if (!sameExact) spellings.others.set(loginId, here);
      if (reported >= settings.maxProblems) {
        countUnreported?.(sameExact ? 'login-id/duplicate' : 'login-id/duplicate-case', 1);
        continue;
      }
      reported++;

      const { span } = locate(here);
      const first = locate(sameExact ?? spellings.first);
      const code = sameExact ? 'login-id/duplicate' : 'login-id/duplicate-case';
      // The message quotes this row's Login ID, and the first row's too by implication: both must be showable.
      const column = doc.format.column('loginId');
      const hidden = [here, sameExact ?? spellings.first].map((o) => hiddenReason(doc, o.row.record.cells, column)).find(Boolean);
      const shown: ShownValue = hidden ? { hidden } : { value: loginId };
      const message = sameExact ? messages.loginIdDuplicate(shown, first.line) : messages.loginIdDuplicateCase(shown, first.line);
      const related = [{ ...first.span, message: messages.loginIdFirstOccurrence() }];
      report(code, { ...span, related }, message, { ...(hidden ? {} : { loginId }), firstLine: first.line });
    }
  },
};

function locateLoginId(text: string, row: UserRow, position: number): Located {
  const span = trimmedSpan(cellOf(row.record, position)!);
  return { span, line: lineOf(text, row.record, span.offset) };
}
