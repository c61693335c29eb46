/**
 * The user-visible strings only the VS Code client shows: the status bar, the prompts of the
 * template command, the split command's questions and the encoding fix's refusal. The server's
 * and the CLI's strings live in `server/src/service/messages`; what both sides say when fix-all or
 * split has nothing to do in `shared/commandOutcomes.ts` (used directly, not through these objects); names of encodings, which both
 * sides show, in `shared/encodings.ts`.
 *
 * Every string goes through `shared/l10n.ts`, which `extension.ts` configures from VS Code's
 * display language as the extension activates: so each is a function, rendered when shown.
 */
import type { MiitelEncoding } from '../../shared/encodings';
import { joinList, msg, plural, t } from '../../shared/l10n';

const users = (n: number) => plural(n, { one: msg('{0} user'), other: msg('{0} users') }, n);
/** A list of file names as the messages show them. */
const names = (list: readonly string[]) => list.join(', ');

/** Text of "MiiTel CSV: Check this file as a user CSV" (which adds the file to the config's `files`). */
export const configText = {
  noCsv: () => t('Open a CSV file first: this command adds the active CSV file to the MiiTel CSV configuration.'),
  unsaved: () => t('Save the file first: only a saved file can be added to the "files" of .miitel-csv.json.'),
  added: (entry: string, config: string) => t('{0} was added to the "files" of {1}.', entry, config),
  present: (entry: string, config: string) => t('{0} is already in the "files" of {1}.', entry, config),
  notObject: (config: string) => t('{0} is not a valid JSON object, so the file could not be added: correct it, then try again.', config),
  filesNotList: (config: string) =>
    t('"files" in {0} is not a list of paths, so the file could not be added: correct it, then try again.', config),
  openConfig: () => t('Open the configuration'),
};

/** Text of the encoding quick fix's client command and of the status bar. */
export const editorText = {
  reopenDirty: (encoding: string) =>
    t('The file has unsaved changes, so it cannot be reopened as {0}: undo them or run "File: Revert File", then try again.', encoding),
  statusUsers: users,
};

/** The status bar item ("$(account) 9 users · Create users  $(symbol-field) Time zone · 5/24 · 0 = (GMT+9:00) Tokyo") and its tooltip. */
export const statusText = {
  /** `format` is the format's name as the server renders it ("Update users"). */
  tooltip: (userCount: number, format: string) =>
    t('MiiTel CSV ({0}): {1}. Click to list the problems of this file.', format, users(userCount)),
  /** The tooltip's second line, about the caret's column. */
  caretColumn: (column: number, columns: number, name: string) => t('The caret is in column {0} of {1}: {2}.', column, columns, name),
};

/** The quick pick of the status bar item: this file's problems. */
export const problemsText = {
  placeholder: (count: number, file: string) =>
    plural(
      count,
      { one: msg('{0} problem in {1}: choose it to go to it'), other: msg('{0} problems in {1}: choose one to go to it') },
      count,
      file,
    ),
  /** Where a problem is, as VS Code's Problems panel says it (1-based). */
  position: (line: number, character: number) => t('Ln {0}, Col {1}', line, character),
  openPanel: () => t('Open the Problems panel'),
  none: (file: string) => t('No problems in {0}.', file),
};

/** "MiiTel CSV: Fix all safe problems" and the palette's split command. */
export const commandText = {
  noMiitelFile: () => t('Open a MiiTel user CSV first: this command works on the MiiTel CSV file of the active editor.'),
  /** `summary` is the server's "Fixed 3 problems: …", already in the user's language. */
  fixed: (file: string, summary: string) => `${file}: ${summary}`,
  fixAllChanged: () => t('The file changed while fix-all was running: try again.'),
};

const ENCODING_DETAILS: Readonly<Record<MiitelEncoding, string>> = {
  'utf-8': msg('Plain UTF-8'),
  'utf-8-bom': msg('UTF-8 with a byte order mark: Excel opens it with the Japanese text intact'),
  shift_jis: msg('Shift_JIS (CP932), as Japanese Excel saves CSV files'),
};

/** The prompts of "Generate user template", and its errors when called with an argument object. */
export const templateText = {
  /** The title of every step; VS Code adds the step count ("1/5"). */
  title: () => t('Generate user template'),
  encodingPlaceholder: () => t('Encoding of the template file'),
  encodingDetail: (encoding: MiitelEncoding) => t(ENCODING_DETAILS[encoding]),
  rowsPrompt: (max: number) => t('Number of rows (one per new user), 1 to {0}', max),
  rowsInvalid: (max: number) => t('Enter a whole number from 1 to {0}.', max),
  productsPlaceholder: () => t('Products in your MiiTel contract (their columns are added)'),
  /** Beside a product the settings say the organisation subscribes to (pre-selected). */
  productInSettings: () => t('In your settings'),
  /** The template columns a product adds, headers as MiiTel writes them. */
  productColumns: (headers: readonly string[]) =>
    plural(
      headers.length,
      { one: msg('Adds the column {1}'), other: msg('Adds {0} columns: {1}') },
      headers.length,
      joinList(headers, 'comma'),
    ),
  localePlaceholder: () => t('Default Locale of every row'),
  timeZonePlaceholder: () => t('Default Time zone of every row'),
  saveTitle: () => t('Save the MiiTel user template'),
  saveLabel: () => t('Save template'),
  overwriteQuestion: (name: string) => t('{0} already exists. Overwrite it with a new template?', name),
  overwrite: () => t('Overwrite'),
  exists: (path: string) => t('{0} already exists: pass overwrite: true to replace it.', path),
  noFolder: () => t('No folder to save the template in: pass folder or target.'),
};

/** The warning on a template generated as Shift_JIS and saved in another encoding, and its buttons. */
export const shiftJisText = {
  savedAsOther: (name: string, encoding: string) =>
    t(
      '{0} was generated as Shift_JIS but was saved as {1}: programs that expect Shift_JIS, such as Japanese Excel, will show its Japanese text garbled.',
      name,
      encoding,
    ),
  keepShiftJis: () => t('Keep Shift_JIS'),
  keepOther: (encoding: string) => t('Keep {0}', encoding),
  notEncodable: (line: number, name: string) =>
    t(
      'Line {0} of {1} has a character Shift_JIS cannot hold, so the file stays as it was saved: replace that character, then save again.',
      line,
      name,
    ),
};

/** The split command's question before overwriting, and its report. */
export const splitText = {
  overwriteQuestion: (existing: readonly string[]) =>
    plural(existing.length, { one: msg('{0} already exists. Overwrite?'), other: msg('{0} already exist. Overwrite?') }, names(existing)),
  overwrite: () => t('Overwrite'),
  done: (max: number, written: readonly string[]) =>
    plural(
      max,
      { one: msg('Kept the first {0} user; wrote {1}.'), other: msg('Kept the first {0} users; wrote {1}.') },
      max,
      names(written),
    ),
  changed: () => t('The file changed while the split was being planned: try again.'),
};

/** Errors and log lines of the client itself. */
export const clientText = {
  noServer: () => t('The MiiTel CSV language server is not running: see the "MiiTel CSV" output for why.'),
  serverFailed: () => t('The MiiTel CSV language server could not answer: see the "MiiTel CSV" output for why.'),
  restarting: () => t('The files to check changed; restarting the MiiTel CSV server.'),
};
