/**
 * Whether a cell value may be quoted back to the user. A CSV of new users holds every initial
 * password, and its findings end up on shared screens, in tickets and in CI logs, so no output may
 * contain a password. A value in the Password column is never quoted; neither is any value of a row
 * whose field count differs from the header's, since an unquoted comma or a missing field shifts
 * the password into another column (`b@x.jp,Sato, Taro,Hunter2Pass,…` puts it in Locale). Every
 * message, fix title and outline entry that would quote a cell value asks {@link shownValue} first.
 */
import type { ColumnSpec } from '../../../../shared/formats/index';
import type { CsvCell } from '../../../../shared/csv/csvDocument';
import type { MiitelDocument } from '../miitelDocument';

/** Why a value is described instead of quoted. */
export type HiddenReason = 'password' | 'shifted';

/** A cell value as outputs may show it: the value itself, or only why it is withheld. */
export type ShownValue = { readonly value: string } | { readonly hidden: HiddenReason };

/**
 * Whether the fields of `cells` may sit in other columns than the header says: the row has more
 * or fewer fields than the header. A document without a header has no columns to shift from.
 */
export function isShifted(doc: MiitelDocument, cells: readonly CsvCell[]): boolean {
  // headerColumns has one entry per header field; `header.cells` would build the cells again.
  return doc.header !== undefined && cells.length !== doc.headerColumns.length;
}

/**
 * Why the value of `column` in a row with `cells` may not be quoted, or undefined when it may
 * (the one decision every output goes through).
 */
export function hiddenReason(doc: MiitelDocument, cells: readonly CsvCell[], column: ColumnSpec | undefined): HiddenReason | undefined {
  if (column?.kind === 'password') return 'password';
  return isShifted(doc, cells) ? 'shifted' : undefined;
}

/** `value` (read from `column` of the row with `cells`, possibly changed) as outputs may show it. */
export function shownValue(doc: MiitelDocument, cells: readonly CsvCell[], column: ColumnSpec | undefined, value: string): ShownValue {
  const hidden = hiddenReason(doc, cells, column);
  return hidden ? { hidden } : { value };
}
