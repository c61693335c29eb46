/** Titles of quick fixes and source actions, and the template generator's option errors. */
import { joinList, msg, plural, t } from '../../../../shared/l10n';
import { type ColumnSpec, type CsvFormat, PRODUCTS } from '../../../../shared/formats/index';
import { allowedList, encodingName, firstCharacter, formatBytes, quote, withLabel } from './words';

/** Titles of quick fixes and source actions. */
export const fixText = {
  replaceWithCode: (code: string, label: string) => t('Replace with {0}', withLabel(code, t(label))),
  useValue: (value: string) => t('Change to {0}', quote(value)),
  get trim() {
    return t('Remove the spaces around the value');
  },
  halfWidth: (value: string) => t('Write as {0} (half-width)', quote(value)),
  get rewriteWithCommas() {
    return t('Rewrite the file with commas');
  },
  renameHeader: (header: string) => t('Rename the column to "{0}"', header),
  insertColumn: (column: ColumnSpec, value: string) =>
    value === ''
      ? t('Add column "{0}" at template position {1}', column.header, column.index + 1)
      : t('Add column "{0}" at template position {1} (value {2} in every row)', column.header, column.index + 1, value),
  addFields: (n: number) =>
    plural(n, { one: msg('Add {0} empty field at the end of the row'), other: msg('Add {0} empty fields at the end of the row') }, n),
  removeFields: (n: number) =>
    plural(n, { one: msg('Remove {0} empty trailing field'), other: msg('Remove {0} empty trailing fields') }, n),
  enablePrerequisite: (column: ColumnSpec, value: string) => t('Set {0} to {1} in this row', column.header, value),
  disableDependent: (column: ColumnSpec) => t('Set {0} to 0 in this row', column.header),
  truncate: (max: number) => t('Shorten to {0} characters', max),
  get newPassword() {
    return t('Replace with a new generated password');
  },
  deleteUnusedRows: (n: number) =>
    plural(n, { one: msg('Delete the unused template row'), other: msg('Delete the {0} unused template rows') }, n),
  splitFile: (max: number) => plural(max, { one: msg('Split into files of {0} user'), other: msg('Split into files of {0} users') }, max),
  removeFormulaPrefix: (first: string) => t('Remove the leading {0}', firstCharacter(first)),
  removeDuplicateColumn: (column: ColumnSpec) => t('Remove this duplicate "{0}" column', column.header),
  get fixAll() {
    return t('Fix all MiiTel CSV problems that keep their meaning');
  },
  fixAllTooLarge: (threshold: number) =>
    t(
      'Fix-all is offered only for files up to {0} (miitelCsv.largeFileThreshold): on a larger file it would hold up the editor. Split the file, or use the quick fixes one by one.',
      formatBytes(threshold),
    ),
  get fixAllWrongEncoding() {
    return t(
      'Fix-all does not run on this file: it was read in the wrong encoding. Reopen it in its own encoding first (the quick fix of its encoding problem).',
    );
  },
  reopenAs: (encoding: 'shift_jis' | 'utf-8') => t('Reopen the file as {0}', encodingName(encoding)),
};

/** Text of the template generator: option errors (shared by the CLI and the VS Code command) and the command's prompts. */
export const templateText = {
  badRows: (value: unknown, max: number) => t('rows must be a whole number from 1 to {0}, not {1}', max, quote(String(value))),
  badCode: (what: 'locale' | 'timeZone', value: unknown, format: CsvFormat) =>
    t('{0} must be {1}, not {2}', what, allowedList(format.column(what)!), quote(String(value))),
  badProduct: (value: unknown) =>
    t('subscriptions may hold only {0}, not {1}', joinList(Object.keys(PRODUCTS), 'comma'), quote(String(value))),
  badEncoding: (value: unknown) => t('encoding must be utf-8, utf-8-bom or shift_jis, not {0}', quote(String(value))),
  badValues: () => t('values must be an object of column header → value'),
  badValueColumn: (header: string) => t('values may name only columns with codes, not {0}', quote(header)),
  badValue: (header: string, value: unknown) => t('values: {0} cannot be {1}', header, quote(String(value))),
};
