/**
 * The user-visible strings only the VS Code client shows: the status bar, the prompts of the
 * template command, the split command's questions and the encoding fix's refusal. The server's
 * and the CLI's strings live in `server/src/service/messages`; names of encodings, which both
 * sides show, in `shared/encodings.ts`.
 */

/** Text of the encoding quick fix's client command and of the status bar. */
export const editorText = {
  reopenDirty: (encoding: string) =>
    `The file has unsaved changes, so it cannot be reopened as ${encoding}: undo them or run "File: Revert File", then try again.`,
  statusTooltip: (users: number, errors: number, warnings: number, encoding: string | undefined) =>
    `MiiTel CSV: ${users} user${users === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${encoding ? `, ${encoding}` : ''}. Click to open the Problems panel.`,
  statusUsers: (users: number) => `${users} user${users === 1 ? '' : 's'}`,
};

/** The prompts of "Generate user template", and its errors when called with an argument object. */
export const templateText = {
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

/** The split command's question before overwriting, and its report. */
export const splitText = {
  overwriteQuestion: (names: readonly string[]) => `${names.join(', ')} already exist${names.length === 1 ? 's' : ''}. Overwrite?`,
  overwrite: 'Overwrite',
  done: (max: number, written: readonly string[]) => `Kept the first ${max} user${max === 1 ? '' : 's'}; wrote ${written.join(', ')}.`,
  changed: 'The file changed while the split was being planned: try again.',
};

/** Errors of the client itself. */
export const clientText = {
  noServer: 'The MiiTel CSV language server is not running: see the "MiiTel CSV" output for why.',
  serverFailed: 'The MiiTel CSV language server could not answer: see the "MiiTel CSV" output for why.',
};
