/**
 * `header/column-order` (warning): recognised columns that are not in template order. MiiTel finds
 * columns by position in its own template, so a moved column is worth a look even though this
 * service matches by name.
 *
 * The columns to flag are those outside a longest increasing subsequence of template index: the
 * fewest columns whose moving restores the order. Columns left out of the file (optional ones)
 * leave gaps but never disorder.
 */
import type { ColumnId, ColumnSpec } from '../../../../../../shared/formats/index';
import { messages } from '../../../messages';
import type { HeaderColumn } from '../../../miitelDocument';
import { code, type DocumentRule } from '../../types';

/** Data of `header/column-order`. */
export interface ColumnOrderData {
  readonly column: ColumnId;
  readonly expectedIndex: number;
}

/** No quick fix: moving a column rewrites every row, a change to make knowingly. */
const codes = { 'header/column-order': code<ColumnOrderData>('warning') };

/** Indexes into `values` of one longest strictly increasing subsequence (O(n log n) patience method). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k] = index of the smallest tail of an increasing run of length k+1
  const previous: number[] = [];
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

export const columnOrderRule: DocumentRule<typeof codes> = {
  name: 'columnOrder',
  codes,
  check({ doc }, report) {
    // Repeats are the duplicate-column rule's business; only first occurrences define the order.
    const present = doc.headerColumns.filter(
      (h): h is HeaderColumn & { column: ColumnSpec } => h.column !== undefined && h.duplicateOf === undefined,
    );
    const kept = longestIncreasing(present.map((h) => h.column.index));
    present.forEach(({ cell, column }, i) => {
      if (kept.has(i)) return;
      // Name the template column this one follows, among those the file has.
      const after = doc.format.columns
        .slice(0, column.index)
        .reverse()
        .find((c) => doc.positions.has(c.id));
      const data = { column: column.id, expectedIndex: column.index };
      report('header/column-order', cell, messages.columnOrder(column, after), data);
    });
  },
};
