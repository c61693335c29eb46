/**
 * Messages about the organisation config file `.miitel-csv.json` (part of the messages module): its
 * problems, shown as diagnostics in the file, in the output channel and by the CLI.
 */
import { joinList, msg, plural, t } from '../../../../shared/l10n';

/** Why the JSON text could not be parsed, by jsonc-parser's error name (message keys). */
const JSON_ERRORS: Readonly<Record<string, string>> = {
  ValueExpected: msg('a value is expected'),
  CommaExpected: msg('a comma is expected'),
  ColonExpected: msg('a colon is expected'),
  PropertyNameExpected: msg('a key in double quotes is expected'),
  CloseBraceExpected: msg('a closing brace is expected'),
  CloseBracketExpected: msg('a closing bracket is expected'),
  EndOfFileExpected: msg('nothing may follow the closing brace'),
  InvalidCommentToken: msg('comments are not allowed'),
  UnexpectedEndOfString: msg('a string is not closed'),
};

const UNEXPECTED = msg('unexpected text');

/** The types the config's values have, as the messages name them (message keys). */
const TYPES: Readonly<Record<string, string>> = {
  object: msg('an object'),
  array: msg('a list'),
  string: msg('a string'),
  integer: msg('a whole number'),
};

/** Unknown keys are listed with the allowed ones only where those are few enough to read. */
const MAX_LISTED_KEYS = 12;

/** Text of the config's problems (rendered when asked for, in the language of the moment). */
export const configText = {
  /** `error` is jsonc-parser's error code name (`printParseErrorCode`). */
  invalidJson: (error: string) => {
    const reason = JSON_ERRORS[error] ?? UNEXPECTED;
    return t('Invalid JSON: {0}.', t(reason));
  },
  notAnObject: () => t('The configuration must be a JSON object ({ … }).'),
  unknownKey: (key: string, allowed: readonly string[]) =>
    allowed.length > 0 && allowed.length <= MAX_LISTED_KEYS
      ? t(
          'Unknown key "{0}"; the keys allowed here are {1}.',
          key,
          joinList(
            allowed.map((k) => `"${k}"`),
            'or',
          ),
        )
      : t('Unknown key "{0}".', key),
  wrongType: (path: string, type: string) => {
    const name = TYPES[type] ?? type;
    return t('"{0}" must be {1}.', path, t(name));
  },
  notInEnum: (path: string, allowed: readonly string[]) =>
    t(
      '"{0}" must be one of {1}.',
      path,
      joinList(
        allowed.map((v) => `"${v}"`),
        'or',
      ),
    ),
  belowMinimum: (path: string, minimum: number) => t('"{0}" must be at least {1}.', path, minimum),
  empty: (path: string) => t('"{0}" must not be empty.', path),
  repeated: (path: string, value: string) => t('"{0}" lists "{1}" more than once.', path, value),
  /** Output channel: a config with problems, what is used of it. */
  hasProblems: (file: string, count: number) =>
    plural(
      count,
      {
        one: msg('The organisation config {1} has {0} problem; the key with it is not used:'),
        other: msg('The organisation config {1} has {0} problems; the keys with them are not used:'),
      },
      count,
      file,
    ),
  /** The warning shown once per state of a config with problems. */
  notice: (file: string) =>
    t(
      'The organisation config {0} has problems: the keys with them are not used. Open it to see them; the "MiiTel CSV" output lists them.',
      file,
    ),
  used: (file: string) => t('Using the organisation config {0}.', file),
  unreadable: (reason: string) => t('The organisation config is not used: {0}', reason),
  /** The CLI's reason to stop. */
  cliInvalid: (file: string) => t('{0}: the organisation config has problems; fix them or pass another one with --config.', file),
};
