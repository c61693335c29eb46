/**
 * Every user-visible string of the project, in one module so it can be translated (English now;
 * Japanese and Indonesian later): diagnostics, hovers and fixes here, the command line's text in
 * ./cli.ts. Messages never contain a password.
 */
import { CODE_SETS, type ColumnSpec, type CsvFormat, PRODUCTS, type ProductId, SEATS, type SeatId } from '../../../../shared/formats/index';

/** "0 (No) or 1 (Yes)" style list of a column's allowed codes. */
export function allowedList(column: ColumnSpec): string {
  const values = column.codeSet ? CODE_SETS[column.codeSet] : [];
  if (values.length > 4)
    return `${values[0].code}–${values[values.length - 1].code} (${values.map((v) => `${v.code} ${v.short}`).join(', ')})`;
  const parts = values.map((v) => withLabel(v.code, v.label));
  return parts.length <= 2 ? parts.join(' or ') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/** A code with its meaning: `1 (Yes)`, and `0 (GMT+9:00) Tokyo` for labels that bring their own brackets. */
export const withLabel = (code: string, label: string) => (label.startsWith('(') ? `${code} ${label}` : `${code} (${label})`);

/** A code with its meaning in a suggestion, so "Did you mean 1 (Yes)?" reads without the table. */
const codeLabel = (column: ColumnSpec, code: string) => {
  const value = column.codeSet ? CODE_SETS[column.codeSet].find((v) => v.code === code) : undefined;
  return value ? withLabel('', value.label) : '';
};
const productList = (products: readonly ProductId[]) => products.map((p) => PRODUCTS[p]).join(' or ');
const quote = (s: string) => JSON.stringify(s);
/** `1 MB`, `500 KB` (decimal units, as file managers show sizes). */
const formatBytes = (bytes: number) =>
  bytes >= 1e6 ? `${Number((bytes / 1e6).toFixed(1))} MB` : bytes >= 1e3 ? `${Number((bytes / 1e3).toFixed(1))} KB` : `${bytes} bytes`;

/** Messages of the diagnostics, one function per code. */
export const messages = {
  unclosedQuote: () => 'This quoted field is never closed: add the closing double quote (") or remove the opening one.',
  invalidQuote: () =>
    'Stray double quote: a field that contains " must be enclosed in double quotes, with each " inside written twice ("").',
  fieldCountTooFew: (expected: number, actual: number) =>
    `This row has ${actual} field${actual === 1 ? '' : 's'} but the header has ${expected}: add the missing ${expected - actual} field${expected - actual === 1 ? '' : 's'} (commas).`,
  fieldCountTooMany: (expected: number, actual: number) =>
    `This row has ${actual} fields but the header has ${expected}: remove the ${actual - expected} extra field${actual - expected === 1 ? '' : 's'}.`,
  missingColumn: (column: ColumnSpec, products?: readonly ProductId[]) =>
    products
      ? `Missing column "${column.header}" (column ${column.index + 1} of the template): it is required because you subscribe to ${productList(products)}.`
      : `Missing required column "${column.header}" (column ${column.index + 1} of the template).`,
  missingHeader: (format: CsvFormat) =>
    `The file has no header line: the first line must be the MiiTel template header (${format.columns
      .slice(0, 3)
      .map((c) => c.header)
      .join(', ')}, …).`,
  headerNotRecognised: (format: CsvFormat) =>
    `The first line names none of the MiiTel columns: it must be the template header (${format.columns
      .slice(0, 3)
      .map((c) => c.header)
      .join(', ')}, …). If it is a user, insert the header line above it.`,
  unknownColumn: (text: string, suggestion?: string) =>
    `Unknown column ${quote(text)}: MiiTel does not know this header.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  duplicateColumn: (column: ColumnSpec) => `Column "${column.header}" appears more than once: keep one of them.`,
  duplicateColumnFirst: () => 'First occurrence of the column.',
  columnOrder: (column: ColumnSpec, after?: ColumnSpec) =>
    `Column "${column.header}" is out of template order${after ? `: in the template it comes after "${after.header}"` : ': in the template it comes first'}.`,
  required: (column: ColumnSpec) =>
    column.kind === 'code'
      ? `${column.header} is empty: enter ${allowedList(column)}.`
      : `${column.header} is empty: every user needs one.`,
  notAllowed: (column: ColumnSpec, value: string, suggestion?: string) =>
    `${quote(value)} is not allowed in ${column.header}: enter ${allowedList(column)}.${suggestion !== undefined ? ` Did you mean ${suggestion}${codeLabel(column, suggestion)}?` : ''}`,
  whitespace: (column: ColumnSpec) => `${column.header} has spaces around its value: MiiTel takes the value exactly, remove them.`,
  fullWidth: (column: ColumnSpec, normalized: string) =>
    `${column.header} contains full-width characters: write ${quote(normalized)} in half-width (ASCII) characters.`,
  loginIdFormat: (reason: string) => `Login ID must be an e-mail address (name@example.com): ${reason}.`,
  loginIdFormatReasons: {
    noAt: 'it has no @',
    manyAt: 'it has more than one @',
    emptyLocal: 'nothing before the @',
    emptyDomain: 'nothing after the @',
    noDot: 'the part after the @ needs a dot (example.com)',
    dots: 'a dot may not start or end a part or follow another dot',
    badDomain: 'the part after the @ may hold only letters, digits, hyphens and dots',
  },
  loginIdInvalidCharacter: (chars: readonly string[]) =>
    `Login ID contains ${chars.map(quote).join(', ')}, which MiiTel does not accept: use letters, digits and @ ! # $ % & ' * + - / = ? ^ _ \` { | } ~ . only.`,
  loginIdDuplicate: (loginId: string, firstLine: number) =>
    `Login ID ${quote(loginId)} is already used on line ${firstLine} of this file: each user needs a different Login ID.`,
  loginIdDuplicateCase: (loginId: string, firstLine: number) =>
    `Login ID ${quote(loginId)} differs only in upper/lower case from the one on line ${firstLine}: MiiTel may treat them as the same ID.`,
  loginIdFirstOccurrence: () => 'First use of this Login ID.',
  loginIdListNotCsv: (detail: string) => `it has a "Login ID" header but is not valid CSV: ${detail}`,
  loginIdInUse: (loginId: string) =>
    `Login ID ${quote(loginId)} is already in use in MiiTel: a CSV cannot change existing users, choose another ID.`,
  userNameTooLong: (length: number, max: number) => `User name has ${length} characters: MiiTel allows up to ${max}.`,
  passwordTooShort: (length: number, min: number) => `Password has ${length} character${length === 1 ? '' : 's'}: it needs ${min} or more.`,
  passwordInvalidCharacter: (chars: readonly string[]) =>
    `Password contains ${chars.map((c) => (c === ' ' ? 'a space' : /\s/.test(c) ? 'a line break or tab' : quote(c))).join(', ')}, which MiiTel does not accept: use letters, digits and ASCII symbols only.`,
  passwordSequential: () => 'Password is only consecutive letters or digits (like abcdefgh or 12345678): MiiTel rejects it.',
  passwordSingleClass: (kind: 'letters' | 'digits') =>
    `Password is only ${kind}: MiiTel's user form rejects such passwords; mix letters, digits and symbols.`,
  dependencyRequires: (column: ColumnSpec, value: string, required: ColumnSpec, requiredValue: string) =>
    `${column.header} = ${value} needs ${required.header} = ${requiredValue} in the same row.`,
  dependencyRecommended: (column: ColumnSpec, value: string, required: ColumnSpec, requiredValue: string) =>
    `${column.header} = ${value} has no effect without ${required.header} = ${requiredValue}.`,
  dependencyPrerequisite: (required: ColumnSpec, requiredValue: string) => `${required.header} would need to be ${requiredValue}.`,
  tooManyRows: (max: number, userNumber: number) =>
    `User ${userNumber} is past the limit: MiiTel adds at most ${max} users from one file. Split the file.`,
  unusedTemplateRow: () => 'Unused template row: it has only the pre-filled password. Fill in Login ID and User name, or delete the row.',
  seatsUsers: (limit: number) => `Adding this user exceeds the remaining seats of the contract (${limit} users).`,
  seats: (seat: SeatId, limit: number) => `Enabling ${SEATS[seat]} for this user exceeds the remaining ${SEATS[seat]} seats (${limit}).`,
  encodingMismatch: (detected: 'shift_jis' | 'utf-8', sample: string) =>
    `The file seems to be in ${detected === 'shift_jis' ? 'Shift_JIS (as Excel saves it)' : 'UTF-8'} but was read in another encoding, so its text shows as ${quote(sample)}: reopen it as ${detected === 'shift_jis' ? 'Shift_JIS' : 'UTF-8'} before editing. Saving it as it is would garble the file for good.`,
  encodingLost: (sample: string) =>
    `The file itself contains garbled text (${quote(sample)}), probably saved once in the wrong encoding: retype it, MiiTel would store it as it is.`,
  fileTooLarge: (threshold: number, maxUsers: number) =>
    `This file is larger than ${formatBytes(threshold)} (miitelCsv.largeFileThreshold), far more than MiiTel takes in one upload (${maxUsers} users): split it into files of ${maxUsers} users before uploading. The editor checks a file this large in the background, a part at a time.`,
  formula: (column: ColumnSpec, first: string) =>
    `${column.header} starts with ${quote(first)}: spreadsheet programs run such a value as a formula when the file is opened. Remove the ${quote(first)} or start with another character.`,
};

/** Text of hovers, completion, inlay hints and document symbols. */
export const featureText = {
  columnOf: (index: number) => `Column ${index + 1} of the template`,
  requiredColumn: 'required in every file',
  subscriptionColumn: (products: readonly ProductId[]) => `needed only with a ${productList(products)} subscription`,
  needs: (required: ColumnSpec, value: string, kind: 'requires' | 'recommended') =>
    kind === 'requires' ? `Needs ${required.header} = ${value} in the same row.` : `Only useful with ${required.header} = ${value}.`,
  neededBy: (dependents: readonly ColumnSpec[]) => `${dependents.map((d) => d.header).join(', ')} = 1 need this column = 1.`,
  seat: (seat: SeatId) => `Each user with 1 here takes one ${SEATS[seat]} seat of the contract.`,
  unknownHeader: (text: string) => `Unknown column ${quote(text)}: MiiTel does not know this header.`,
  tableHeader: '| Code | Meaning |\n|---:|---|',
  thisCell: 'This cell',
  // Words, not emoji: editors without an emoji font show those as empty boxes.
  severityLabel: { error: 'Error', warning: 'Warning', info: 'Info' } as const,
  cellMeaning: (code: string, label: string) => `\`${code}\` → ${label}`,
  cellEmpty: 'empty',
  loginIdRules: [
    'E-mail address format (name@example.com).',
    "Letters, digits and @ ! # $ % & ' * + - / = ? ^ _ ` { | } ~ . only.",
    'Must not already be in use in MiiTel, and must be unique in this file (upper/lower case ignored).',
  ],
  loginIdOthers: (n: number) =>
    n === 0 ? 'No other row uses this Login ID.' : `${n} other row${n === 1 ? ' uses' : 's use'} this Login ID.`,
  passwordRules: [
    '8 characters or more.',
    'Letters, digits and the ASCII symbols ^ $ * . [ ] { } ( ) ? " ! @ # % & / \\ , > < \' : ; | _ ~ ` = + - only (a value with , or " must be quoted in the CSV).',
    'Not only consecutive letters or digits (abcdefgh, 12345678, 87654321).',
    "Not only letters or only digits (MiiTel's user form rejects those).",
  ],
  passwordOk: 'This password meets every rule.',
  userNameLength: (used: number, max: number) => `${used} of ${max} characters used.`,
  headerSymbol: 'Header',
  userSymbol: (loginId: string, userName: string) => `${loginId || '(no Login ID)'} — ${userName || '(no User name)'}`,
  userSymbolDetail: (userNumber: number) => `user ${userNumber}`,
  moreUsersSymbol: (count: number) => `${count.toLocaleString('en-US')} more ${count === 1 ? 'user' : 'users'}`,
  moreUsersSymbolDetail: (limit: number) => `outline limited to ${limit.toLocaleString('en-US')} (miitelCsv.maxItemsComputed)`,
  missingHeaderDetail: (column: ColumnSpec) => `missing column ${column.index + 1} of the template`,
};

/** Why a CSV file's bytes cannot be read (the CLI prints these; the template generator may too). */
export const encodingMessages = {
  unsupported: (name: 'UTF-16' | 'UTF-32') => `${name} is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.`,
  invalidUtf8: (line: number) => `Line ${line} has bytes that are not valid UTF-8.`,
  invalidShiftJis: (line: number) => `Line ${line} has bytes that are not valid Shift_JIS.`,
  undecodable: (utf8Line: number, shiftJisLine: number) =>
    `The file is neither UTF-8 (line ${utf8Line} is not) nor Shift_JIS (line ${shiftJisLine} is not): save it as UTF-8 or Shift_JIS.`,
};

/** Titles of quick fixes and source actions. */
export const fixText = {
  replaceWithCode: (code: string, label: string) => `Replace with ${withLabel(code, label)}`,
  useValue: (value: string) => `Change to ${quote(value)}`,
  trim: 'Remove the spaces around the value',
  halfWidth: (value: string) => `Write as ${quote(value)} (half-width)`,
  renameHeader: (header: string) => `Did you mean "${header}"? Rename the column`,
  insertColumn: (column: ColumnSpec, value: string) =>
    `Add column "${column.header}" at template position ${column.index + 1}${value === '' ? '' : ` (value ${value} in every row)`}`,
  addFields: (n: number) => `Add ${n} empty field${n === 1 ? '' : 's'} at the end of the row`,
  removeFields: (n: number) => `Remove ${n} empty trailing field${n === 1 ? '' : 's'}`,
  enablePrerequisite: (column: ColumnSpec, value: string) => `Set ${column.header} to ${value} in this row`,
  disableDependent: (column: ColumnSpec) => `Set ${column.header} to 0 in this row`,
  truncate: (max: number) => `Shorten to ${max} characters`,
  newPassword: 'Replace with a new generated password',
  deleteUnusedRows: (n: number) => (n === 1 ? 'Delete the unused template row' : `Delete the ${n} unused template rows`),
  splitFile: (max: number) => `Split into files of ${max} user${max === 1 ? '' : 's'}`,
  removeFormulaPrefix: (first: string) => `Remove the leading ${quote(first)}`,
  removeDuplicateColumn: (column: ColumnSpec) => `Remove this duplicate "${column.header}" column`,
  fixAll: 'Fix all MiiTel CSV problems that have a safe fix',
  splitOverwrite: (names: readonly string[]) => `${names.join(', ')} already exist${names.length === 1 ? 's' : ''}. Overwrite?`,
  splitOverwriteButton: 'Overwrite',
  splitDone: (max: number, written: readonly string[]) => `Kept the first ${max} user${max === 1 ? '' : 's'}; wrote ${written.join(', ')}.`,
  reopenAs: (encoding: 'shift_jis' | 'utf-8') => `Reopen the file as ${encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8'}`,
};

/** Names of the encodings MiiTel takes, as the template command and the status bar show them. */
export const encodingLabels = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  shift_jis: 'Shift_JIS',
} as const;

/** Text of the template generator: option errors (shared by the CLI and the VS Code command) and the command's prompts. */
export const templateText = {
  badRows: (value: unknown, max: number) => `rows must be a whole number from 1 to ${max}, not ${quote(String(value))}`,
  badCode: (what: 'locale' | 'timeZone', value: unknown, format: CsvFormat) =>
    `${what} must be ${allowedList(format.column(what)!)}, not ${quote(String(value))}`,
  badProduct: (value: unknown) => `subscriptions may hold only ${Object.keys(PRODUCTS).join(', ')}, not ${quote(String(value))}`,
  badEncoding: (value: unknown) => `encoding must be utf-8, utf-8-bom or shift_jis, not ${quote(String(value))}`,
  encodingPlaceholder: 'Encoding of the template file',
  encodingDetail: {
    'utf-8': 'Plain UTF-8',
    'utf-8-bom': 'UTF-8 with a byte order mark: Excel opens it with the Japanese text intact',
    shift_jis: 'Shift_JIS (CP932), as Japanese Excel saves CSV files',
  },
  rowsPrompt: (max: number) => `Number of rows (one per new user), 1 to ${max}`,
  rowsInvalid: (max: number) => `Enter a whole number from 1 to ${max}.`,
  productsPlaceholder: 'Optional products to include columns for (your miitelCsv.subscriptions are selected)',
  localePlaceholder: 'Default Locale of every row',
  timeZonePlaceholder: 'Default Time zone of every row',
  saveTitle: 'Save the MiiTel user template',
  saveLabel: 'Save template',
  overwriteQuestion: (name: string) => `${name} already exists. Overwrite it with a new template?`,
  overwrite: 'Overwrite',
  exists: (path: string) => `${path} already exists: pass overwrite: true to replace it.`,
  noFolder: 'No folder to save the template in: pass folder or target.',
};

/** Text of the encoding quick fix's client command and of the status bar. */
export const editorText = {
  reopenDirty: (encoding: string) =>
    `The file has unsaved changes, so it cannot be reopened as ${encoding}: undo them or run "File: Revert File", then try again.`,
  statusTooltip: (users: number, errors: number, warnings: number, encoding: string | undefined) =>
    `MiiTel CSV: ${users} user${users === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${encoding ? `, ${encoding}` : ''}. Click to open the Problems panel.`,
  statusUsers: (users: number) => `${users} user${users === 1 ? '' : 's'}`,
};

export { cliText } from './cli';
