/**
 * The built-in MiiTel CSV formats. A document is read as the first format its header identifies
 * (see `detectFormat`), or as {@link DEFAULT_FORMAT} when none does (a file `miitelCsv.files` names).
 */
import { CREATE_USERS } from './createUsers';
import type { CsvFormat } from './types';

export { CREATE_USERS } from './createUsers';
export { allowedValues, CODE_SETS, isColumnSubscribed, PRODUCTS, SEATS } from './codeSets';
export { normalizeHeader } from './define';
export { templateColumnsOf } from './templateColumns';
export type * from './types';

/** Every built-in format, in the order detection tries them. */
export const FORMATS: readonly CsvFormat[] = [CREATE_USERS];

/** The format of a file that no header identifies, and of the template commands by default. */
export const DEFAULT_FORMAT: CsvFormat = CREATE_USERS;

/** The first format whose header `headerFields` are, undefined for none. */
export function detectFormat(headerFields: Iterable<string>): CsvFormat | undefined {
  const fields = [...headerFields];
  return FORMATS.find((format) => format.identifies(fields));
}
