/**
 * A quick test that a user row has no finding of any row or cell rule, reading its cells by index
 * from the parser's arena: no cell objects, no rule calls for the single-character values (codes,
 * flags) that make up most of a MiiTel row. The runner checks a row the usual way, rule by rule,
 * whenever this test cannot tell (see `Validation.checkRow`), so findings never depend on it.
 */
import { ParsedCsv } from '../../../../shared/csv/parser';
import { cellStartAt, cellValue, relativeEnd } from '../../../../shared/csv/parserModel';
import type { ColumnSpec } from '../../../../shared/formats/index';
import type { UserRow } from '../miitelDocument';
import type { PresentColumn } from './cells';
import type { CellRule, RowRule, ValidationContext } from './types';

/** The cell rules of one column position, as the test runs them. */
interface PositionChecks {
  readonly position: number;
  /** The column, undefined for a position read only for a key (no cell rule checks it). */
  readonly column: ColumnSpec | undefined;
  /** Whether the test keeps the value read here, for a key (see {@link CleanRowTest.values}). */
  keep: boolean;
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
 * The quick test of one validation: `test(rowIndex)` tells whether user row `rowIndex` surely has no
 * finding, reading the parser's record table and arena (no row or record object); when it returns
 * true, `values[p]` holds the value of each position `p` of `keyPositions` (undefined past the row's end).
 */
export interface CleanRowTest {
  readonly test: (rowIndex: number) => boolean;
  readonly values: (string | undefined)[];
}

/**
 * The test for one validation. What a clean test says about a value holds for the whole validation
 * (the context does not change), so the answer for each one-character value of a column is worked
 * out once. `keyPositions` are read too (for the rows' keys) even where no cell rule checks them.
 */
export function cleanRowTest(rules: RowCheckRules, context: ValidationContext, keyPositions: readonly number[] = []): CleanRowTest {
  const rowRules = rules.rowRules.map((rule) => rule.cleanRow);
  const byPosition = new Map<number, PositionChecks>();
  const checksAt = (position: number, column: ColumnSpec | undefined): PositionChecks => {
    let checks = byPosition.get(position);
    if (!checks)
      byPosition.set(position, (checks = { position, column, keep: false, cleans: [], single: new Uint8Array(128), memo: new Map() }));
    return checks;
  };
  for (const { rule, columns } of rules.cellRules) {
    const clean = rule.clean;
    for (const { column, position } of columns) (checksAt(position, column).cleans as (typeof clean)[]).push(clean);
  }
  for (const position of keyPositions) checksAt(position, undefined).keep = true;
  const positions = [...byPosition.values()].sort((a, b) => a.position - b.position);
  const values: (string | undefined)[] = [];
  const { doc } = context;
  const csv = doc.csv;
  // Rows of another kind of document (tests build some) take the usual check.
  if (!(csv instanceof ParsedCsv)) return { test: () => false, values };
  const text = csv.text;
  const { records, arena } = csv.scan;
  const table = doc.rowTable;

  const valueIsClean = (checks: PositionChecks, value: string): boolean => {
    for (const clean of checks.cleans) if (!clean(value, checks.column!, context)) return false;
    return true;
  };
  // What a row rule's `cleanRow` reads: the row, whose record is built only if a rule reads it.
  let current = 0;
  const row: UserRow = {
    get record() {
      return csv.record(table.recordIndex[current]!);
    },
    get recordIndex() {
      return table.recordIndex[current]!;
    },
    get userNumber() {
      return current + 1;
    },
    unusedTemplate: false,
  };

  const test = (rowIndex: number): boolean => {
    // The rules skip most of an unused template row: the usual check sorts that out.
    if (table.unusedTemplate[rowIndex] === 1) return false;
    const recordIndex = table.recordIndex[rowIndex]!;
    const count = records.cellCount(recordIndex);
    current = rowIndex;
    for (const cleanRow of rowRules) if (!cleanRow(context, row, count)) return false;
    const recordStart = records.start(recordIndex);
    const first = records.firstCell(recordIndex);
    // The position of the cell read last, and where the one after it starts.
    let last = -1;
    let next = recordStart;
    for (const checks of positions) {
      const p = checks.position;
      // Positions ascend: a short row lacks this cell and every later one, and no rule checks a missing cell.
      if (p >= count) {
        if (checks.keep) values[p] = undefined;
        continue;
      }
      const start = p === last + 1 ? next : recordStart + cellStartAt(arena, first, p);
      const stored = arena.at(first + p);
      const end = recordStart + relativeEnd(stored);
      last = p;
      next = end + 1;
      // One character, unquoted (a quoted cell has two quotes).
      if (end === start + 1) {
        const c = text.charCodeAt(start);
        if (c < 128) {
          let known = checks.single[c]!;
          if (known === 0) checks.single[c] = known = valueIsClean(checks, text.charAt(start)) ? 1 : 2;
          if (known === 2) return false;
          if (checks.keep) values[p] = text.charAt(start);
          continue;
        }
      }
      const value = cellValue(text, start, end, stored < 0);
      if (checks.keep) values[p] = value;
      if (checks.cleans.length === 0) continue;
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
  return { test, values };
}
