/** `value/not-allowed`: a code column holding something other than one of its codes. */
import { allowedValues, type ColumnId, type ColumnSpec } from '../../../../../../shared/formats/index';
import { matchCodes, namesExactly, suggestCode } from '../../../codeMatch';
import { replaceCell } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import { code, type Fix, type FixContext, type CellRule, ofKind } from '../../types';
import { shownValue } from '../../shown';
import { canonical, trimmedSpan } from '../../values';

/** Data of `value/not-allowed`. */
export interface NotAllowedData {
  readonly column: ColumnId;
  /** The canonical value; absent when it may not be shown (see shown.ts: the row's fields look shifted). */
  readonly value?: string;
  readonly allowed: string[];
  readonly suggestion?: string;
}

/**
 * The suggested code when there is one (preferred), else every allowed code, those the value may
 * mean first (`ma`: Manilla and Makassar before Tokyo), in the completion list's order.
 */
function fixNotAllowed({ doc, cell, data, fix }: FixContext<NotAllowedData>): Fix[] {
  const column = doc.format.column(data.column);
  if (!cell || !column) return [];
  const values = allowedValues(column);
  const suggested = values.find((v) => v.code === data.suggestion);
  // Preferred, so fix-all applies it, only when the value names the code outright (`Tokyo`, `1.0`).
  if (suggested) {
    const exact = data.value !== undefined && namesExactly(suggested, data.value);
    return [fix(t.replaceWithCode(suggested.code, suggested.label), [replaceCell(cell, suggested.code)], exact)];
  }
  const likely = data.value === undefined ? [] : matchCodes(values, data.value);
  const ordered = [...likely, ...values.filter((v) => !likely.includes(v))];
  return ordered.map((v) => fix(t.replaceWithCode(v.code, v.label), [replaceCell(cell, v.code)], false));
}

const codes = {
  // Fix-all: only a suggested code the value names outright is preferred (`Tokyo` → `0`, `English` →
  // `1`, `1.0` → `1`, see namesExactly); a guess from a word's start (`jak` → `6`) and, without a
  // suggestion, every code are choices, never applied.
  'value/not-allowed': code<NotAllowedData>('error', fixNotAllowed, 'code'),
};

/** The codes of each code column, for the common case: a cell that holds one exactly. */
const codesOf = new Map<ColumnSpec, ReadonlySet<string>>();
function codesOfColumn(column: ColumnSpec): ReadonlySet<string> {
  let set = codesOf.get(column);
  if (!set) codesOf.set(column, (set = new Set(allowedValues(column).map((v) => v.code))));
  return set;
}

/**
 * Checks the canonical value, so spaces and full-width digits (reported by their own rules) do not
 * make `１` "not allowed" too. Empty cells are `value/required`'s.
 */
export const notAllowedRule: CellRule<typeof codes> = {
  name: 'notAllowed',
  codes,
  columns: ofKind('code'),
  clean(value, column) {
    if (codesOfColumn(column).has(value)) return true;
    const canonicalValue = canonical(value);
    return canonicalValue === '' || codesOfColumn(column).has(canonicalValue);
  },
  checkCell({ doc }, cell, column, report, _row, cells) {
    const value = canonical(cell.value);
    const values = allowedValues(column);
    const suggestion = suggestCode(values, value);
    const shown = shownValue(doc, cells, column, value);
    report('value/not-allowed', trimmedSpan(cell), messages.notAllowed(column, shown, suggestion), {
      column: column.id,
      ...('value' in shown ? { value } : {}),
      allowed: values.map((v) => v.code),
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  },
};
