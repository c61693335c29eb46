/** `value/not-allowed`: a code column holding something other than one of its codes. */
import { allowedValues, type CodeValue, type ColumnId, type ColumnSpec } from '../../../../../../shared/formats/index';
import { t as translate } from '../../../../../../shared/l10n';
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

/** The suggested code when there is one (preferred), else every allowed code. */
function fixNotAllowed({ doc, cell, data, fix }: FixContext<NotAllowedData>): Fix[] {
  const column = doc.format.column(data.column);
  if (!cell || !column) return [];
  const values = allowedValues(column);
  const suggested = values.find((v) => v.code === data.suggestion);
  if (suggested) return [fix(t.replaceWithCode(suggested.code, suggested.label), [replaceCell(cell, suggested.code)])];
  return values.map((v) => fix(t.replaceWithCode(v.code, v.label), [replaceCell(cell, v.code)], false));
}

const codes = {
  // Fix-all: only the suggested code is preferred, one the value names exactly (`Tokyo` → `0`,
  // `English` → `1`, `1.0` → `1`, see suggestCode); without one every code is a choice, never applied.
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
  checkCell({ doc }, cell, column, report, _row, cells) {
    if (codesOfColumn(column).has(cell.value)) return;
    const value = canonical(cell.value);
    if (value === '' || codesOfColumn(column).has(value)) return;
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

/** A plain decimal number (`01`, `1.0`, `+1`), not `0x1` or `1e0`, which `Number` would also read. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The code a person most likely meant by `value`: one whose alias, label or short name matches it
 * ignoring case (`Yes`, `english`, `Tokyo`, `Host only`, `はい`), or that equals it as a number
 * (`1.0`, `01`).
 */
export function suggestCode(values: readonly CodeValue[], value: string): string | undefined {
  const lower = value.toLowerCase();
  // The English words, their display-language forms, and the aliases.
  const byWord = values.find((v) =>
    [v.label, v.short, translate(v.label), translate(v.short), ...v.aliases].some((word) => word.toLowerCase() === lower),
  );
  if (byWord) return byWord.code;
  if (!DECIMAL.test(value)) return undefined;
  const n = Number(value);
  return values.find((v) => Number(v.code) === n)?.code;
}
