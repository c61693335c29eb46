/**
 * MiiTel's "Update details for existing users" CSV format (User → User List → Update multiple users).
 * The public help article shows only its first columns: Login ID, User name, Extension number,
 * Locale, Time zone, Administrative privileges, Monitoring privileges, … and no Password column.
 * [decision] (spec §2): the columns after Monitoring privileges are the create format's columns
 * 8–24, in the same order, with the same codes, dependencies and subscription rules, so they are
 * taken from createUsers.ts rather than written out again.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../codes';
import { msg } from '../l10n';
import { CREATE_COLUMNS, CREATE_USERS } from './createUsers';
import { MIN_KNOWN_HEADERS } from './headerMatch';
import { type ColumnInit, defineFormat } from './define';
import type { ColumnId, CsvFormat } from './types';

const create = (id: ColumnId): ColumnInit => {
  const column = CREATE_COLUMNS.find((c) => c.id === id);
  if (!column) throw new Error(`no create column ${id}`);
  return column;
};

/** "Available numbers are from 3 to 6 digits." (help page); the example is `123`. */
const extensionNumber: ColumnInit = {
  id: 'extensionNumber',
  header: 'Extension number',
  kind: 'extension',
  description: msg('Number used for extension calls to the user: 3 to 6 digits.'),
  example: '123',
  defaultValue: '',
};

const columns: readonly ColumnInit[] = [
  // Login ID names an existing user here: same header and characters, another meaning.
  {
    ...create('loginId'),
    description: msg('ID of the existing user whose details the row changes, in e-mail address format.'),
  },
  create('userName'),
  extensionNumber,
  // Everything after Password in the create format: Locale … Incoming Webhook Enable.
  ...CREATE_COLUMNS.slice(CREATE_COLUMNS.findIndex((c) => c.id === 'locale')),
];

/** The codes that concern passwords or Login IDs that must be new: they never apply to an update. */
const CREATE_ONLY_CODES: readonly DiagnosticCode[] = [
  'login-id/in-use',
  'password/too-short',
  'password/invalid-character',
  'password/sequential',
  'password/single-class',
];

/** The update-users format. */
export const UPDATE_USERS: CsvFormat = defineFormat({
  id: 'updateUsers',
  displayName: msg('Update users'),
  columns,
  // [decision] The 100-user limit of the create upload is not documented for updates: the same
  // limit applies until a source says otherwise. Password limits are unused (no Password column).
  limits: CREATE_USERS.limits,
  rules: DIAGNOSTIC_CODES.filter((c) => !CREATE_ONLY_CODES.includes(c)),
  // MiiTel's update template is downloaded filled in with the existing users: the generator does not write it.
  template: { optionColumns: ['locale', 'timeZone'], eol: '\r\n' },
  // Extension number is what tells an update header; `detectFormat` also checks there is no Password.
  identifiedBy: (ids) => ids.has('extensionNumber') && ids.size >= MIN_KNOWN_HEADERS,
});
