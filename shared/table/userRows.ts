/**
 * What "Add a user" and "Duplicate" put in a row of a MiiTel file: the values by column meaning,
 * written by rowEdits.ts.
 *
 * A new user gets what the template generator (server/src/service/template.ts) writes in a row: an
 * empty Login ID and User name, the caller's fresh password in the Password column, and every other
 * known column at its default (or the value the caller gives for its header, such as the
 * organisation config's `template.values`). A duplicate copies the row with the Login ID left empty
 * and, [decision], a fresh password from the caller in every password column: a copied password
 * would give two people one secret, and MiiTel's template gives each row its own.
 *
 * Passwords are never made here: the generator is server code (`crypto.randomInt`), which the webview
 * cannot import; the custom editor gets one from the server and passes it in.
 */
import type { ColumnId, CsvFormat } from '../formats/index';
import { duplicateRowEdits } from './rowEdits';
import type { TableModel, TableRow, TableTextEdit } from './tableModel';

/**
 * The position of each column of `format` the model's header names, first occurrence only, as the
 * server recognises them (`format.findColumn` of the header text, after `resolve`: the organisation
 * config's header aliases).
 */
export function columnPositions(
  model: TableModel,
  format: CsvFormat,
  resolve: (header: string) => string = (h) => h,
): Map<ColumnId, number> {
  const positions = new Map<ColumnId, number>();
  model.headers.forEach((header, position) => {
    const id = format.findColumn(resolve(header))?.id;
    if (id && !positions.has(id)) positions.set(id, position);
  });
  return positions;
}

/** What a new user row holds besides the defaults. */
export interface NewUserOptions {
  /** The row's password (fresh from the project's generator); '' when the file has no password column to fill. */
  readonly password: string;
  /** A value per column header, winning over the column's default (the organisation's template values, Locale, Time zone). */
  readonly values?: Readonly<Record<string, string>>;
  /** Header aliases resolved as the server does (see {@link columnPositions}). */
  readonly resolve?: (header: string) => string;
}

/**
 * The values of a new user row, one per header position (for `addRowEdits`): Login ID and User
 * name empty, the password in the format's template password column, a known column at the given
 * value or its default, an unknown or repeated header empty.
 */
export function newUserValues(model: TableModel, format: CsvFormat, options: NewUserOptions): string[] {
  const values: string[] = model.headers.map(() => '');
  for (const [id, position] of columnPositions(model, format, options.resolve)) {
    const column = format.column(id);
    if (!column) continue;
    if (id === format.template.passwordColumn) values[position] = options.password;
    else if (id !== 'loginId' && id !== 'userName') values[position] = options.values?.[column.header] ?? column.defaultValue;
  }
  return values;
}

/**
 * The edit inserting a copy of user row `row` right after it: its Login ID empty and `password` in
 * every password column of the file, every other field as written.
 */
export function duplicateUserRowEdits(
  model: TableModel,
  row: TableRow,
  format: CsvFormat,
  options: Pick<NewUserOptions, 'password' | 'resolve'>,
): TableTextEdit[] {
  const replacements = new Map<number, string>();
  for (const [id, position] of columnPositions(model, format, options.resolve)) {
    if (id === 'loginId') replacements.set(position, '');
    else if (format.column(id)?.kind === 'password') replacements.set(position, options.password);
  }
  return duplicateRowEdits(model, row, replacements);
}
