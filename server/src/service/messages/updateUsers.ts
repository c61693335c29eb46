/**
 * The messages of the update-users format's own codes (extension numbers, Login IDs that must
 * exist) and of the features that name a file's format. Spread into `messages` (./index.ts).
 */
import { t } from '../../../../shared/l10n';
import type { ColumnSpec, CsvFormat } from '../../../../shared/formats/index';
import type { ShownValue } from '../validation/shown';
import { hiddenNote } from './hidden';

const quote = (s: string) => JSON.stringify(s);

/** Messages of the diagnostics of the update format's codes. */
export const updateMessages = {
  /** `suggestion`: the whole number a spreadsheet wrote as `123.0`, when there is one. */
  extensionNumberFormat: (column: ColumnSpec, shown: ShownValue, suggestion?: string) =>
    'hidden' in shown
      ? t('{0} must be 3 to 6 digits (0–9). {1}', column.header, hiddenNote(shown.hidden))
      : suggestion !== undefined
        ? t('Did you mean {0}? {1} {2} must be 3 to 6 digits (0–9).', quote(suggestion), column.header, quote(shown.value))
        : t('{0} {1} must be 3 to 6 digits (0–9).', column.header, quote(shown.value)),
  extensionNumberDuplicate: (column: ColumnSpec, shown: ShownValue, firstLine: number) =>
    'hidden' in shown
      ? t('This {0} is already used on line {1}: each user needs a different one. {2}', column.header, firstLine, hiddenNote(shown.hidden))
      : t('{0} {1} is already used on line {2}: each user needs a different one.', column.header, quote(shown.value), firstLine),
  extensionNumberFirstOccurrence: () => t('First use of this extension number.'),
  loginIdNotFound: (shown: ShownValue) =>
    'hidden' in shown
      ? t(
          'This Login ID is not a MiiTel user: an update file changes only existing users. Check it, or add the user with a create file. {0}',
          hiddenNote(shown.hidden),
        )
      : t(
          'Login ID {0} is not a MiiTel user: an update file changes only existing users. Check it, or add the user with a create file.',
          quote(shown.value),
        ),
};

/** Text of hovers, completion, inlay hints and the outline about the format and its own columns. */
export const updateFeatureText = {
  /** The name of `format` in the language of the moment. */
  formatName: (format: CsvFormat) => t(format.displayName),
  /** The last line of a column's hover: which format the file is read as. */
  formatLine: (format: CsvFormat) => t('Read as a MiiTel "{0}" file.', t(format.displayName)),
  get extensionNumberRules(): readonly string[] {
    return [t('3 to 6 digits (0–9), leading zeros kept.'), t('Must be unique in this file.')];
  },
  get updateLoginIdRules(): readonly string[] {
    return [
      t('E-mail address format (name@example.com).'),
      t("Letters, digits and @ ! # $ % & ' * + - / = ? ^ _ ` { | } ~ . only."),
      t('Must be the Login ID of an existing MiiTel user, and unique in this file (upper/lower case ignored).'),
    ];
  },
};
