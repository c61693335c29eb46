/**
 * The built-in MiiTel CSV formats. A document is read as the format its header identifies (see
 * `detectFormat`), or as {@link DEFAULT_FORMAT} when none does (a file `miitelCsv.files` names),
 * unless the organisation config's `format` forces one (see {@link formatOfSetting}).
 */
import { CREATE_USERS } from './createUsers';
import { recognisedColumns } from './headerMatch';
import type { CsvFormat } from './types';
import { UPDATE_USERS } from './updateUsers';

export { CREATE_USERS } from './createUsers';
export { UPDATE_USERS } from './updateUsers';
export { allowedValues, CODE_SETS, isColumnSubscribed, PRODUCTS, SEATS } from './codeSets';
export { normalizeHeader } from './headerMatch';
export { templateColumnsOf } from './templateColumns';
export type * from './types';

/** Every built-in format, in the order detection tries them. */
export const FORMATS: readonly CsvFormat[] = [CREATE_USERS, UPDATE_USERS];

/** The format of a file that no header identifies, and of the template commands by default. */
export const DEFAULT_FORMAT: CsvFormat = CREATE_USERS;

/**
 * The format whose header `headerFields` are, undefined for none. [decision] (spec §2): a header
 * with Extension number and no Password is an update file; with Password, a create file.
 */
export function detectFormat(headerFields: Iterable<string>): CsvFormat | undefined {
  const fields = [...headerFields];
  // Matched as tolerantly as detection matches every header: `Pasword` still says "create".
  const hasPassword = recognisedColumns(CREATE_USERS, fields).has('password');
  if (!hasPassword && UPDATE_USERS.identifies(fields)) return UPDATE_USERS;
  return FORMATS.find((format) => format.identifies(fields));
}

/** The format the `format` setting forces: undefined for `auto` (tell by the header). */
export function formatOfSetting(setting: 'auto' | 'create' | 'update' | undefined): CsvFormat | undefined {
  return setting === 'create' ? CREATE_USERS : setting === 'update' ? UPDATE_USERS : undefined;
}
