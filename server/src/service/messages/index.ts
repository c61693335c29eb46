/**
 * Every user-visible string of the service, through this module: diagnostics and hovers here, fix
 * titles and template errors in ./fixes.ts, the words both build on in ./words.ts, the command line's
 * text in ./cli.ts, the config's in ./config.ts, the update format's in ./updateUsers.ts. Each message is English text used as its own key (see
 * shared/l10n.ts), rendered when it is asked for, so it follows the language configured then.
 * Plural forms go through `plural`, lists through `joinList`. Messages never contain a password: a
 * cell value reaches them only as a `ShownValue` (validation/shown.ts), which says whether it may be
 * quoted.
 */
import { formatNumber, joinList, msg, plural, t } from '../../../../shared/l10n';
import { type ColumnSpec, type CsvFormat, type ProductId, SEATS, type SeatId } from '../../../../shared/formats/index';
import type { CharacterRun } from '../validation/characterRuns';
import type { HiddenReason, ShownValue } from '../validation/shown';
import { describeRuns } from './characterRuns';
import { hiddenNote } from './hidden';
import { updateMessages } from './updateUsers';
import {
  encodingName,
  extraFields,
  fields,
  formatBytes,
  headerList,
  productList,
  quote,
  quotedList,
  suggestionWithLabel,
  allowedCodes,
} from './words';

/** `value` is not a code of `column`, quoted (the caller made sure it may be shown). */
const notAllowedValue = (column: ColumnSpec, value: string, suggestion?: string) =>
  suggestion !== undefined
    ? // The suggestion first: the Problems panel cuts a long message off at its end.
      t('Did you mean {0}? {1} is not allowed in {2}.', suggestionWithLabel(column, suggestion), quote(value), column.header)
    : t('{0} is not allowed in {1}: enter {2}.', quote(value), column.header, allowedCodes(column));

/** Messages of the diagnostics, one function per code. */
export const messages = {
  ...updateMessages,
  separatedBySemicolons: () => t('This file is separated by semicolons; MiiTel needs commas.'),
  separatedByTabs: () => t('This file is separated by tabs; MiiTel needs commas.'),
  unclosedQuote: () => t('This quoted field is never closed: add the closing double quote (") or remove the opening one.'),
  invalidQuote: () => t('Stray double quote: enclose the field in double quotes and write each " inside it twice ("").'),
  /** `delimiter`: the file's own separator (a tab- or semicolon-separated file is read with it). */
  fieldCountTooFew: (expected: number, actual: number, delimiter: ',' | ';' | '\t') => {
    const missing = fields(expected - actual);
    if (delimiter === '\t')
      return t('This row has {0} but the header has {1}: add the missing {2} (tabs).', fields(actual), expected, missing);
    if (delimiter === ';')
      return t('This row has {0} but the header has {1}: add the missing {2} (semicolons).', fields(actual), expected, missing);
    return t('This row has {0} but the header has {1}: add the missing {2} (commas).', fields(actual), expected, missing);
  },
  fieldCountTooMany: (expected: number, actual: number) =>
    t('This row has {0} but the header has {1}: remove the {2}.', fields(actual), expected, extraFields(actual - expected)),
  missingColumn: (column: ColumnSpec, products?: readonly ProductId[]) =>
    products
      ? t('Missing column "{0}" (column {1} of the template), required with {2}.', column.header, column.index + 1, productList(products))
      : t('Missing required column "{0}" (column {1} of the template).', column.header, column.index + 1),
  missingHeader: (format: CsvFormat) =>
    t('No header line: the first line must be the MiiTel template header ({0}, …).', headerList(format.columns.slice(0, 3))),
  headerNotRecognised: (format: CsvFormat) =>
    t(
      'The first line names no MiiTel column: make it the template header ({0}, …). If it is a user, insert the header above it.',
      headerList(format.columns.slice(0, 3)),
    ),
  unknownColumn: (text: string, suggestion?: string) =>
    suggestion
      ? t('Did you mean "{0}"? MiiTel does not know the column {1}.', suggestion, quote(text))
      : t('Unknown column {0}: MiiTel does not know this header.', quote(text)),
  duplicateColumn: (column: ColumnSpec) => t('Column "{0}" appears more than once: keep one of them.', column.header),
  duplicateColumnFirst: () => t('First occurrence of the column.'),
  columnOrder: (column: ColumnSpec, after?: ColumnSpec) =>
    after
      ? t('Column "{0}" is out of template order: in the template it comes after "{1}".', column.header, after.header)
      : t('Column "{0}" is out of template order: in the template it comes first.', column.header),
  required: (column: ColumnSpec) =>
    column.kind === 'code'
      ? t('{0} is empty: enter {1}.', column.header, allowedCodes(column))
      : t('{0} is empty: every user needs one.', column.header),
  notAllowed: (column: ColumnSpec, shown: ShownValue, suggestion?: string) =>
    'hidden' in shown
      ? t('The value in {0} is not allowed: enter {1}. {2}', column.header, allowedCodes(column), hiddenNote(shown.hidden))
      : notAllowedValue(column, shown.value, suggestion),
  whitespace: (column: ColumnSpec) => t('{0} has spaces around its value: MiiTel takes the value exactly, remove them.', column.header),
  fullWidth: (column: ColumnSpec, shown: ShownValue) =>
    'hidden' in shown
      ? t('{0} has full-width characters: write the value in half-width (ASCII). {1}', column.header, hiddenNote(shown.hidden))
      : t('{0} has full-width characters: write {1} in half-width (ASCII).', column.header, quote(shown.value)),
  /** `reason` is one of {@link messages.loginIdFormatReasons} (a message key). */
  /** `suggestion`: the corrected Login ID, undefined when there is none or it may not be shown. */
  loginIdFormat: (reason: string, suggestion?: string) =>
    suggestion !== undefined
      ? t('Did you mean {0}? Login ID must be an e-mail address (name@example.com): {1}.', quote(suggestion), t(reason))
      : t('Login ID must be an e-mail address (name@example.com): {0}.', t(reason)),
  /** Message keys, rendered by {@link messages.loginIdFormat}. */
  loginIdFormatReasons: {
    noAt: msg('it has no @'),
    manyAt: msg('it has more than one @'),
    emptyLocal: msg('nothing before the @'),
    emptyDomain: msg('nothing after the @'),
    noDot: msg('no dot after the @ (example.com)'),
    dots: msg('a dot may not start or end a part or follow another dot'),
    badDomain: msg('the part after the @ may hold only letters, digits, hyphens and dots'),
  },
  /** `chars` are the distinct invalid characters, quoted unless `hidden` says why they may not be. */
  loginIdInvalidCharacter: (chars: readonly string[], hidden?: HiddenReason) =>
    hidden
      ? t('Login ID contains characters MiiTel does not accept (the hover lists the allowed ones). {0}', hiddenNote(hidden))
      : t('Login ID contains {0}, which MiiTel does not accept (the hover lists the allowed characters).', quotedList(chars)),
  loginIdDuplicate: (shown: ShownValue, firstLine: number) =>
    'hidden' in shown
      ? t('This Login ID is already used on line {0}: each user needs a different one. {1}', firstLine, hiddenNote(shown.hidden))
      : t('Login ID {0} is already used on line {1}: each user needs a different one.', quote(shown.value), firstLine),
  loginIdDuplicateCase: (shown: ShownValue, firstLine: number) =>
    'hidden' in shown
      ? t('This Login ID matches line {0} ignoring case: each user needs a different one. {1}', firstLine, hiddenNote(shown.hidden))
      : t('Login ID {0} matches line {1} ignoring case: each user needs a different one.', quote(shown.value), firstLine),
  loginIdFirstOccurrence: () => t('First use of this Login ID.'),
  loginIdListNotCsv: (detail: string) => t('it has a "Login ID" header but is not valid CSV: {0}', detail),
  loginIdInUse: (shown: ShownValue) =>
    'hidden' in shown
      ? t('This Login ID already exists in MiiTel: choose another. A CSV cannot change existing users. {0}', hiddenNote(shown.hidden))
      : t('Login ID {0} already exists in MiiTel: choose another. A CSV cannot change existing users.', quote(shown.value)),
  /** `domain` undefined: the value may not be shown. */
  loginIdDomain: (domain: string | undefined, allowed: readonly string[]) =>
    domain === undefined
      ? t("This Login ID is not in the organisation's domains: use {0}.", joinList(allowed, 'or'))
      : t("The domain {0} of this Login ID is not the organisation's: use {1}.", quote(domain), joinList(allowed, 'or')),
  userNameTooLong: (length: number, max: number) => t('User name has {0} characters: MiiTel allows up to {1}.', length, max),
  passwordTooShort: (length: number, min: number) =>
    plural(
      length,
      { one: msg('Password has {0} character: it needs {1} or more.'), other: msg('Password has {0} characters: it needs {1} or more.') },
      length,
      min,
    ),
  /** Positions and kinds only: the invalid characters of a password are often the password. */
  passwordInvalidCharacter: (runs: readonly CharacterRun[]) =>
    t('Password: {0}; use only ASCII letters, digits and symbols.', describeRuns(runs)),
  passwordSequential: () => t('Password is only consecutive letters or digits (like abcdefgh or 12345678): MiiTel rejects it.'),
  passwordSingleClass: (kind: 'letters' | 'digits') =>
    kind === 'letters'
      ? t('Password is only letters: MiiTel does not accept a password of only letters or only digits. Mix letters, digits and symbols.')
      : t('Password is only digits: MiiTel does not accept a password of only letters or only digits. Mix letters, digits and symbols.'),
  dependencyRequires: (column: ColumnSpec, value: string, required: ColumnSpec, requiredValue: string) =>
    t('{0} = {1} needs {2} = {3} in the same row.', column.header, value, required.header, requiredValue),
  dependencyRecommended: (column: ColumnSpec, value: string, required: ColumnSpec, requiredValue: string) =>
    t('{0} = {1} has no effect without {2} = {3}.', column.header, value, required.header, requiredValue),
  dependencyPrerequisite: (required: ColumnSpec, requiredValue: string) => t('{0} would need to be {1}.', required.header, requiredValue),
  tooManyRows: (users: number, max: number) =>
    plural(
      max,
      {
        one: msg('{0} users: {1} more than one upload takes (MiiTel adds at most {2} user from one file). Split the file.'),
        other: msg('{0} users: {1} more than one upload takes (MiiTel adds at most {2} users from one file). Split the file.'),
      },
      users,
      users - max,
      max,
    ),
  unusedTemplateRow: () =>
    t(
      'Unused template row: fill in Login ID and User name, or delete the row. It holds only what the template put there, and MiiTel rejects its empty Login ID.',
    ),
  noRows: () => t('No users to add: the file has a header but no user rows.'),
  seatsUsers: (limit: number) => t('Adding this user exceeds the remaining seats of the contract ({0} users).', limit),
  seats: (seat: SeatId, limit: number) => t('Enabling {0} for this user exceeds the remaining {0} seats ({1}).', t(SEATS[seat]), limit),
  /** `sample` is the garbled text, undefined when it may not be shown (a password, a shifted row: validation/shown.ts). */
  encodingMismatch: (detected: 'shift_jis' | 'utf-8', sample: string | undefined) =>
    sample === undefined
      ? t(
          'Reopen this file as {0}: it was read in another encoding, so its text shows garbled. Saving it now would garble it for good.',
          encodingName(detected),
        )
      : t(
          'Reopen this file as {0}: it was read in another encoding, so its text shows as {1}. Saving it now would garble it for good.',
          encodingName(detected),
          quote(sample),
        ),
  /** `sample` as for {@link messages.encodingMismatch}. */
  encodingLost: (sample: string | undefined) =>
    sample === undefined
      ? t('Garbled text in the file itself: retype it, MiiTel would store it as it is. It was probably saved once in the wrong encoding.')
      : t(
          'Garbled text {0} in the file itself: retype it, MiiTel would store it as it is. It was probably saved once in the wrong encoding.',
          quote(sample),
        ),
  fileTooLarge: (threshold: number, maxUsers: number) =>
    t(
      'This file is over {0}: split it into files of {1} users, the most one MiiTel upload takes. The editor checks a file over miitelCsv.largeFileThreshold in the background, a part at a time.',
      formatBytes(threshold),
      maxUsers,
    ),
  /** `first` is one character (never a run of a password): a tab or line break is named, not written. */
  formula: (column: ColumnSpec, first: string) =>
    first === '\t'
      ? t('{0} starts with a tab, so spreadsheets run it as a formula: remove the tab or change the start.', column.header)
      : first === '\r' || first === '\n'
        ? t('{0} starts with a line break, so spreadsheets run it as a formula: remove it or change the start.', column.header)
        : t('{0} starts with {1}, so spreadsheets run it as a formula: remove the {1} or change the start.', column.header, quote(first)),
};

/** Text of hovers, completion, inlay hints and document symbols (getters: rendered in the language of the moment). */
export const featureText = {
  /** The code lens on line 1 of a CSV that resembles a MiiTel file (two known headers) but is not checked. */
  get checkAsUserCsv() {
    return t('Check this file as a MiiTel user CSV');
  },
  /** The title line of a column's hover: `name` (the header, already formatted) — where it is in the template, and when it is needed. */
  columnTitle: (name: string, column: ColumnSpec) =>
    column.products
      ? t('{0} — Column {1} of the template, needed only with a {2} subscription', name, column.index + 1, productList(column.products))
      : t('{0} — Column {1} of the template, required in every file', name, column.index + 1),
  needs: (required: ColumnSpec, value: string, kind: 'requires' | 'recommended') =>
    kind === 'requires'
      ? t('Needs {0} = {1} in the same row.', required.header, value)
      : t('Only useful with {0} = {1}.', required.header, value),
  neededBy: (dependents: readonly ColumnSpec[]) =>
    plural(
      dependents.length,
      { one: msg('{0} = 1 needs this column = 1.'), other: msg('Each of {0} needs this column = 1 when set to 1.') },
      headerList(dependents),
    ),
  seat: (seat: SeatId) => t('Each user with 1 here takes one {0} seat of the contract.', t(SEATS[seat])),
  unknownHeader: (text: string) => t('Unknown column {0}: MiiTel does not know this header.', quote(text)),
  get tableHeader() {
    return `| ${t('Code')} | ${t('Meaning')} |\n|---:|---|`;
  },
  get thisCell() {
    return t('This cell');
  },
  cellMeaning: (code: string, label: string) => `\`${code}\` → ${label}`,
  get cellEmpty() {
    return t('empty');
  },
  get loginIdRules(): readonly string[] {
    return [
      t('E-mail address format (name@example.com).'),
      t("Letters, digits and @ ! # $ % & ' * + - / = ? ^ _ ` { | } ~ . only."),
      t('Must not already be in use in MiiTel, and must be unique in this file (upper/lower case ignored).'),
    ];
  },
  loginIdOthers: (n: number) =>
    n === 0
      ? t('No other row uses this Login ID.')
      : plural(n, { one: msg('{0} other row uses this Login ID.'), other: msg('{0} other rows use this Login ID.') }, n),
  get passwordRules(): readonly string[] {
    return [
      t('8 characters or more.'),
      t(
        'Letters, digits and the ASCII symbols ^ $ * . [ ] { } ( ) ? " ! @ # % & / \\ , > < \' : ; | _ ~ ` = + - only (a value with , or " must be quoted in the CSV).',
      ),
      t('Not only consecutive letters or digits (abcdefgh, 12345678, 87654321).'),
      t('Not only letters or only digits (MiiTel does not accept those).'),
    ];
  },
  get passwordOk() {
    return t('This password meets every rule.');
  },
  userNameLength: (used: number, max: number) => t('{0} of {1} characters used.', used, max),
  get headerSymbol() {
    return t('Header');
  },
  /** The status bar's name for a field past the header's last column. */
  get extraFieldName() {
    return t('(no column)');
  },
  userSymbol: (loginId: string, userName: string) => t('{0} — {1}', loginId || t('(no Login ID)'), userName || t('(no User name)')),
  get shiftedUserSymbol() {
    return t('(fields shifted: values not shown)');
  },
  userSymbolDetail: (userNumber: number) => t('user {0}', userNumber),
  moreUsersSymbol: (count: number) => plural(count, { one: msg('{0} more user'), other: msg('{0} more users') }, formatNumber(count)),
  moreUsersSymbolDetail: (limit: number) => t('outline limited to {0} (miitelCsv.maxItemsComputed)', formatNumber(limit)),
  missingHeaderDetail: (column: ColumnSpec) => t('missing column {0} of the template', column.index + 1),
};

/** Why a CSV file's bytes cannot be read (the CLI prints these; the template generator may too). */
export const encodingMessages = {
  unsupported: (name: 'UTF-16' | 'UTF-32' | 'EUC-JP') => t('{0} is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.', name),
  invalidUtf8: (line: number) => t('Line {0} has bytes that are not valid UTF-8.', line),
  invalidShiftJis: (line: number) => t('Line {0} has bytes that are not valid Shift_JIS.', line),
  undecodable: (utf8Line: number, shiftJisLine: number) =>
    t(
      'The file is neither UTF-8 (line {0} is not) nor Shift_JIS (line {1} is not): save it as UTF-8 or Shift_JIS.',
      utf8Line,
      shiftJisLine,
    ),
};

export { fixText, templateText } from './fixes';
export { fixAllText, fixAllTotal } from './fixAll';
export { allowedList, withLabel } from './words';
export { cliText } from './cli';
export { cliFormatsText } from './cliFormats';
export { updateFeatureText } from './updateUsers';
export { configText } from './config';
