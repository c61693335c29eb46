/**
 * The columns a template of a format has for a set of subscriptions: those the subscriptions make
 * needed, and, closed over, every column one of them depends on. The Meetings bot option alone
 * gives the "MiiTel Meetings Use bot" column, whose value 1 requires "MiiTel Meetings Enable" = 1:
 * a template without that column could never enable the bot, so it comes too. The same holds for
 * any column whose rule names a column of another product.
 */
import { isColumnSubscribed } from './codeSets';
import type { ColumnId, ColumnSpec, CsvFormat, ProductId } from './types';

/** The columns of a template of `format` for `subscriptions`, dependencies included, in template order. */
export function templateColumnsOf(format: CsvFormat, subscriptions: readonly ProductId[]): ColumnSpec[] {
  const included = new Set<ColumnId>();
  const pending = format.columns.filter((c) => isColumnSubscribed(c, subscriptions));
  for (let column = pending.pop(); column; column = pending.pop()) {
    if (included.has(column.id)) continue;
    included.add(column.id);
    for (const dependency of column.dependencies ?? []) {
      const needed = format.column(dependency.column);
      if (needed && !included.has(needed.id)) pending.push(needed);
    }
  }
  return format.columns.filter((c) => included.has(c.id));
}
