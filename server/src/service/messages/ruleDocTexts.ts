/**
 * The words of each code's explanation page (docs/rules/, written by `npm run docs`): a title, what
 * the finding means and why MiiTel cares, and how to fix it. Like every message, English text is
 * its own key and the Japanese and Indonesian bundles translate it, so the localisation tests hold
 * the pages to the same completeness as the findings. Whether fix-all applies a code's fix is not
 * written here: the page derives it from the rule module's declaration.
 */
import type { DiagnosticCode } from '../../../../shared/codes';
import { t } from '../../../../shared/l10n';

/** The words of one code's page. */
export interface RuleDocText {
  /** A short title: what is wrong, in a few words. */
  readonly title: string;
  /** What the finding means and why MiiTel rejects or minds it. */
  readonly meaning: string;
  /** How to fix it, naming the quick fix when there is one. */
  readonly fix: string;
}

const doc = (title: string, meaning: string, fix: string): RuleDocText => ({ title, meaning, fix });

/** The four password codes share their fix. */
const newPassword = () =>
  t('Enter another password, or use the quick fix "Replace with a new generated password" and tell the user their new password safely.');
const duplicateFix = () => t('Give one of the users another Login ID, or delete the row if it is the same user twice.');

/** The words of every code's page, rendered in the language of the moment. */
export const ruleDocTexts: { readonly [C in DiagnosticCode]: () => RuleDocText } = {
  'csv/delimiter': () =>
    doc(
      t('The file is not separated by commas'),
      t(
        'MiiTel reads only comma-separated files, but the header (line 1) of this file is separated by semicolons or tabs, as some spreadsheet programs save CSV. The rest of the file is checked as if it were separated by commas.',
      ),
      t('Use the quick fix "Rewrite the file with commas", or save the file again as "CSV (comma delimited)".'),
    ),
  'csv/unclosed-quote': () =>
    doc(
      t('A quoted value is never closed'),
      t(
        'A value starts with a double quote (") that is never closed, so everything up to the next double quote would be read as one value. The finding is at the opening quote; the rest of the file is still checked.',
      ),
      t('Add the closing double quote at the end of the value, or remove the opening one.'),
    ),
  'csv/invalid-quote': () =>
    doc(
      t('A stray double quote'),
      t('A double quote (") stands inside a value that is not enclosed in double quotes, or right after a closing one.'),
      t('Enclose the whole value in double quotes and write each double quote inside it twice (""), or remove the stray one.'),
    ),
  'csv/field-count': () =>
    doc(
      t('A row has more or fewer fields than the header'),
      t('Every row must have one field per column of the header; otherwise its values land in the wrong columns.'),
      t('Add or remove commas so that each value is under its column. Missing or extra empty fields at the end of a row have a quick fix.'),
    ),
  'header/missing-column': () =>
    doc(
      t('A required column is missing'),
      t(
        'Columns 1 to 11 of the MiiTel template are required in every file, and so are the columns of each product your organisation subscribes to (`miitelCsv.subscriptions`).',
      ),
      t('Use the quick fix to add the column at its template position, with the template value in every row.'),
    ),
  'header/unknown-column': () =>
    doc(
      t('MiiTel does not know this column'),
      t('The header names a column that is not in the MiiTel template, often a typo or a translated name.'),
      t(
        'Use the quick fix to rename it to the column it resembles, or delete the column. Your team\'s own header texts can be mapped in "headerAliases" of `.miitel-csv.json`.',
      ),
    ),
  'header/duplicate-column': () =>
    doc(
      t('A column appears twice'),
      t('The same column is in the header more than once, so it is unclear which of the values counts.'),
      t('Check which column holds the right values, and remove the other one (quick fix).'),
    ),
  'header/column-order': () =>
    doc(
      t('Columns out of template order'),
      t("The columns are not in the MiiTel template's order. Keeping the template's order is the safe way to upload."),
      t('Move the column to its template position, or copy the values into a new template.'),
    ),
  'value/required': () =>
    doc(
      t('A required value is empty'),
      t('A cell is empty in a column every user needs a value in.'),
      t('Enter a value. In a column of codes, the hover lists them and completion (Ctrl+Space) offers them.'),
    ),
  'value/not-allowed': () =>
    doc(
      t("The value is not one of the column's codes"),
      t(
        'Columns of codes take only their codes: 0 or 1 for permissions, 0 (Japanese) or 1 (English) for Locale, 0 to 13 for Time zone. Words such as Yes, English or Tokyo, and numbers a spreadsheet wrote as 1.0, are rejected.',
      ),
      t('Use the quick fix to replace the value with its code ("Did you mean …" first), or pick a code from the completion list.'),
    ),
  'value/whitespace': () =>
    doc(
      t('Spaces around a value'),
      t('MiiTel stores a value as it is written, so a space before or after it becomes part of the Login ID, the name or the code.'),
      t('Remove the spaces (quick fix).'),
    ),
  'value/full-width': () =>
    doc(
      t('Full-width characters where MiiTel needs ASCII'),
      t(
        'Login IDs, passwords and codes must be half-width (ASCII). Full-width characters such as １ or ＠, typed with a Japanese input method, are rejected.',
      ),
      t('Write them as half-width characters (quick fix).'),
    ),
  'login-id/format': () =>
    doc(
      t('The Login ID is not an e-mail address'),
      t('A Login ID must have the shape of an e-mail address: a name, one @, and a domain with a dot (name@example.com).'),
      t('Correct the Login ID. When one repair is obvious, a quick fix offers it: check that it names the right person.'),
    ),
  'login-id/invalid-character': () =>
    doc(
      t('A character a Login ID may not hold'),
      t(
        "A Login ID may hold only ASCII letters, digits and @ ! # $ % & ' * + - / = ? ^ _ ` { | } ~ . Spaces, accented letters and Japanese characters are rejected.",
      ),
      t('Replace or remove the character.'),
    ),
  'login-id/duplicate': () =>
    doc(
      t('The same Login ID twice in the file'),
      t('Every user needs their own Login ID. The finding is on the later row and points to the first one.'),
      duplicateFix(),
    ),
  'login-id/duplicate-case': () =>
    doc(
      t('The same Login ID in another letter case'),
      t('MiiTel compares Login IDs ignoring upper and lower case, so Sato@example.com and sato@example.com are the same user.'),
      duplicateFix(),
    ),
  'login-id/in-use': () =>
    doc(
      t('The Login ID is already in use'),
      t(
        'The Login ID is in the list of Login IDs in use (`miitelCsv.existingLoginIdsFile`). A file that adds users cannot add a user that exists.',
      ),
      t('Choose another Login ID, or remove the row if the user already exists.'),
    ),
  'login-id/not-found': () =>
    doc(
      t('No user with this Login ID to update'),
      t(
        'An update file changes only existing users, and this Login ID is not in the list of Login IDs in use (`miitelCsv.existingLoginIdsFile`). Checked only when such a list is given.',
      ),
      t('Correct the Login ID, or add the user with a create file instead.'),
    ),
  'login-id/domain': () =>
    doc(
      t("The Login ID's domain is not one of the organisation's"),
      t(
        'The organisation config (`.miitel-csv.json`) lists the domains of its Login IDs in "loginIdDomains", and this domain is not one of them.',
      ),
      t('Correct the domain, or add it to "loginIdDomains" if it is right.'),
    ),
  'user-name/too-long': () =>
    doc(
      t('The User name is longer than 30 characters'),
      t('MiiTel takes User names of at most 30 characters; a full-width character counts as one.'),
      t('Shorten the name, or use the quick fix that cuts it to 30 characters.'),
    ),
  'extension-number/format': () =>
    doc(
      t('The Extension number is not 3 to 6 digits'),
      t('In an update file, an Extension number must be 3 to 6 digits (0–9). Spreadsheets often write 123 as 123.0.'),
      t('Enter 3 to 6 digits; the quick fix turns 123.0 back into 123.'),
    ),
  'extension-number/duplicate': () =>
    doc(
      t('The same Extension number twice in the file'),
      t('In an update file, each user needs their own Extension number. The finding points to the first row with it.'),
      t('Give one of the users another Extension number.'),
    ),
  'password/too-short': () =>
    doc(t('The password is shorter than 8 characters'), t('MiiTel requires passwords of 8 characters or more.'), newPassword()),
  'password/invalid-character': () =>
    doc(
      t('A character a password may not hold'),
      t('A password may hold only ASCII letters, digits and symbols; full-width characters and spaces are rejected.'),
      newPassword(),
    ),
  'password/sequential': () =>
    doc(
      t('The password is only consecutive letters or digits'),
      t('MiiTel rejects passwords that are a run of consecutive letters or digits, such as abcdefgh or 87654321.'),
      newPassword(),
    ),
  'password/single-class': () =>
    doc(
      t('The password is only letters or only digits'),
      t('MiiTel does not accept a password of only letters or only digits. Mix letters, digits and symbols.'),
      newPassword(),
    ),
  'dependency/requires': () =>
    doc(
      t('A permission needs another one in the same row'),
      t(
        'MiiTel Phone Mobile Enable needs MiiTel Phone Enable, MiiTel Call Center CC Administrative privileges needs MiiTel Call Center Enable, and MiiTel Meetings Use bot needs MiiTel Meetings Enable, all set to 1.',
      ),
      t('Choose one of the quick fixes: set the permission to 0, or set the column it needs to 1.'),
    ),
  'dependency/recommended': () =>
    doc(
      t('Monitoring without MiiTel Phone'),
      t('Monitoring privileges have no effect for a user without MiiTel Phone Enable = 1.'),
      t('Choose one of the quick fixes: set Monitoring privileges to 0, or MiiTel Phone Enable to 1.'),
    ),
  'rows/too-many': () =>
    doc(
      t('More users than one upload takes'),
      t(
        'MiiTel adds at most 100 users from one file (`miitelCsv.maxUsersPerFile`). The finding is on the first user too many and says how many there are.',
      ),
      t('Use the quick fix "Split into files of 100 users" and upload the files one after another.'),
    ),
  'rows/unused-template-row': () =>
    doc(
      t('An unused template row'),
      t(
        'The row has no Login ID and no User name, and holds only what the template put there. MiiTel rejects its empty Login ID. A row holding anything else is checked as a user.',
      ),
      t('Fill in Login ID and User name, or delete the unused rows (quick fix).'),
    ),
  'rows/none': () =>
    doc(
      t('No users in the file'),
      t('The file has a header but no user rows, so uploading it adds nobody.'),
      t('Add one row per user under the header.'),
    ),
  'limit/seats': () =>
    doc(
      t('More users than the remaining seats'),
      t(
        'The file adds more users, or more users of a product such as MiiTel Phone, than the remaining seats of the contract (`miitelCsv.seats`).',
      ),
      t('Remove users or set the permission to 0 for some of them, or update `miitelCsv.seats` after adding seats to the contract.'),
    ),
  'security/formula': () =>
    doc(
      t('A value spreadsheets run as a formula'),
      t(
        'A User name, Login ID or Password starting with =, +, -, @, a tab or a line break is run as a formula when the file is opened in a spreadsheet program.',
      ),
      t('Remove the first character (quick fix) or start the value differently.'),
    ),
  'encoding/mismatch': () =>
    doc(
      t('Garbled text: the file is read in the wrong encoding'),
      t(
        'A Shift_JIS file read as UTF-8 (or the reverse) shows garbled text, and saving it then would garble it for good. Garbled text saved in the file itself is reported too.',
      ),
      t('Use the quick fix to reopen the file in the right encoding. Retype text that is garbled in the file itself.'),
    ),
  'encoding/unsupported': () =>
    doc(
      t('An encoding MiiTel does not accept'),
      t('The file is UTF-16, UTF-32 or EUC-JP. MiiTel accepts only UTF-8 and Shift_JIS.'),
      t('Save the file as UTF-8 or Shift_JIS (in VS Code: "Save with Encoding").'),
    ),
  'file/too-large': () =>
    doc(
      t('A very large file'),
      t(
        'The file is larger than `miitelCsv.largeFileThreshold`, far more than one MiiTel upload; it is checked in the background, in slices.',
      ),
      t('Split the file, or raise `miitelCsv.largeFileThreshold` if it really is a user file.'),
    ),
};
