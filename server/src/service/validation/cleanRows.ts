/**
 * A quick test that a user row has no finding of any row or cell rule, reading its cells by index
 * from the parser's arena: no cell objects, no rule calls for the single-character values (codes,
 * flags) that make up most of a MiiTel row. The runner checks a row the usual way, rule by rule,
 * whenever this test cannot tell (see `Validation.checkRow`), so findings never depend on it.
 */
import { cellValue, LazyRecord, relativeEnd } from '../../../../shared/csv/parserModel';
import type { ColumnSpec } from '../../../../shared/formats/index';
import type { UserRow } from '../miitelDocument';
import type { PresentColumn } from './cells';
import type { CellRule, RowRule, ValidationContext } from './types';

/** The cell rules of one column position, as the test runs them. */
interface PositionChecks {
  readonly position: number;
  readonly column: ColumnSpec;
  readonly cleans: readonly ((value: string, column: ColumnSpec, context: ValidationContext) => boolean)[];
  /** Per ASCII character, whether a value of that one character is clean: 0 not known yet, 1 clean, 2 not. */
  readonly single: Uint8Array;
  /**
   * Whether each short value seen is clean, while the column has few different values (time
   * zones, locales); dropped once it has more than {@link MEMO_VALUES} (passwords, say), which then
   * cost no look-up.
   */
  memo: Map<string, boolean> | undefined;
}

/** Different values remembered per column. */
const MEMO_VALUES = 64;

/** The row and cell rules of a validation, in their order. */
export interface RowCheckRules {
  readonly cellRules: readonly { readonly rule: CellRule; readonly columns: readonly PresentColumn[] }[];
  readonly rowRules: readonly RowRule[];
}

/**
 * The test for one validation. What a clean test says about a value holds for the whole validation
 * (the context does not change), so the answer for each one-character value of a column is worked
 * out once.
 */
export function cleanRowTest(rules: RowCheckRules, context: ValidationContext): (row: UserRow) => boolean {
  const rowRules = rules.rowRules.map((rule) => rule.cleanRow);
  const byPosition = new Map<number, PositionChecks>();
  for (const { rule, columns } of rules.cellRules) {
    const clean = rule.clean;
    for (const { column, position } of columns) {
      let checks = byPosition.get(position);
      if (!checks) byPosition.set(position, (checks = { position, column, cleans: [], single: new Uint8Array(128), memo: new Map() }));
      (checks.cleans as (typeof clean)[]).push(clean);
    }
  }
  const positions = [...byPosition.values()].sort((a, b) => a.position - b.position);
  const text = context.doc.csv.text;

  const valueIsClean = (checks: PositionChecks, value: string): boolean => {
    for (const clean of checks.cleans) if (!clean(value, checks.column, context)) return false;
    return true;
  };

  return (row) => {
    const record = row.record;
    // The rules skip most of an unused template row: the usual check sorts that out.
    if (row.unusedTemplate || !(record instanceof LazyRecord)) return false;
    const count = record.cellCount;
    for (const cleanRow of rowRules) if (!cleanRow(context, row, count)) return false;
    // The position of the cell read last, and where the one after it starts.
    let last = -1;
    let next = record.start;
    for (const checks of positions) {
      const p = checks.position;
      // Positions ascend: a short row lacks this cell and every later one, and no rule checks a missing cell.
      if (p >= count) break;
      const start = p === last + 1 ? next : record.cellStart(p);
      const stored = record.storedEnd(p);
      const end = record.start + relativeEnd(stored);
      last = p;
      next = end + 1;
      // One character, unquoted (a quoted cell has two quotes).
      if (end === start + 1) {
        const c = text.charCodeAt(start);
        if (c < 128) {
          let known = checks.single[c]!;
          if (known === 0) checks.single[c] = known = valueIsClean(checks, text.charAt(start)) ? 1 : 2;
          if (known === 2) return false;
          continue;
        }
      }
      const value = cellValue(text, start, end, stored < 0);
      // A value of 13 characters or more would be a slice keeping the whole text alive (see detachString).
      const memo = value.length < 13 ? checks.memo : undefined;
      let clean = memo?.get(value);
      if (clean === undefined) {
        clean = valueIsClean(checks, value);
        if (memo && memo.size < MEMO_VALUES) memo.set(value, clean);
        else if (memo) checks.memo = undefined;
      }
      if (!clean) return false;
    }
    return true;
  };
}
