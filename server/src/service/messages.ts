/**
 * Every user-visible string of the language service, in one place so it can be translated
 * (English now; Japanese and Indonesian later). Messages never contain a password.
 */
import { CODE_SETS, COLUMN_BY_ID, type ColumnId, type ColumnSpec, PRODUCTS, type ProductId, SEATS, type SeatId } from '../../../shared/spec';

const header = (column: ColumnId) => COLUMN_BY_ID[column].header;

/** "0 (No) or 1 (Yes)" style list of a column's allowed codes. */
export function allowedList(column: ColumnSpec): string {
  const values = column.codeSet ? CODE_SETS[column.codeSet] : [];
  if (values.length > 4) return `${values[0].code}–${values[values.length - 1].code} (${values.map((v) => `${v.code} ${v.short}`).join(', ')})`;
  const parts = values.map((v) => `${v.code} (${v.label})`);
  return parts.length <= 2 ? parts.join(' or ') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

const productList = (products: readonly ProductId[]) => products.map((p) => PRODUCTS[p]).join(' or ');
const quote = (s: string) => JSON.stringify(s);

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
    `${quote(value)} is not allowed in ${column.header}: enter ${allowedList(column)}.${suggestion !== undefined ? ` Did you mean ${suggestion}?` : ''}`,
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
  tooManyRows: (max: number, userNumber: number) =>
    `User ${userNumber} is past the limit: MiiTel adds at most ${max} users from one file. Split the file.`,
  unusedTemplateRow: () =>
    'Unused template row: it has only the pre-filled password. Fill in Login ID and User name, or delete the row.',
  seatsUsers: (limit: number) => `Adding this user exceeds the remaining seats of the contract (${limit} users).`,
  seats: (seat: SeatId, limit: number) =>
    `Enabling ${SEATS[seat]} for this user exceeds the remaining ${SEATS[seat]} seats (${limit}).`,
  formula: (column: ColumnSpec, first: string) =>
    `${column.header} starts with ${quote(first)}: spreadsheet programs run such a value as a formula when the file is opened. Remove the ${quote(first)} or start with another character.`,
};

/** Header text of a column id (for messages built elsewhere). */
export const columnHeader = header;
