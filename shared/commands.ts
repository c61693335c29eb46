/** Ids of the client commands the server refers to (in code actions) or the manifest contributes. */
export const COMMANDS = {
  /** Split a file with too many users: arguments `[uri, maxUsers]`; none from the palette (the active file, `miitelCsv.maxUsersPerFile`). */
  splitFile: 'miitelCsv.splitFile',
  /** Open a code's explanation page in the Markdown preview (the "Learn more" code action): argument the page's URI string. */
  showRuleDoc: 'miitelCsv.showRuleDoc',
  /** Reopen a garbled file in the encoding its bytes are in (the `encoding/mismatch` fix): arguments `[uri, editorEncodingId]`. */
  reopenWithEncoding: 'miitelCsv.reopenWithEncoding',
  /** "MiiTel CSV: Generate user template": no argument, a folder Uri (explorer), or a GenerateTemplateArgs object. */
  generateTemplate: 'miitelCsv.generateTemplate',
  /**
   * "MiiTel CSV: Check this file as a user CSV" (command palette, and the code lens on a CSV that
   * resembles a MiiTel file): adds the file to `files` of the organisation config. Argument: the
   * document's uri (string or Uri), else the active editor's document.
   */
  checkAsUserCsv: 'miitelCsv.checkAsUserCsv',
  /**
   * The "Keep Shift_JIS" button of the warning on a template generated as Shift_JIS and saved in
   * another encoding: argument `[uri]`; saves the edits and rewrites the file as Shift_JIS.
   */
  keepShiftJis: 'miitelCsv.keepShiftJis',
  /** "MiiTel CSV: Fix all safe problems": fix-all on the active MiiTel CSV (or the document `uri` given), then a notification with the counts. */
  fixAll: 'miitelCsv.fixAll',
  /** "MiiTel CSV: List the problems of this file" (and a click on the status bar item): a quick pick that goes to the problem chosen. */
  showProblems: 'miitelCsv.showProblems',
  /** "MiiTel CSV: Open as table" (palette, editor title): the active file, or the uri given, in the table view. */
  openTable: 'miitelCsv.openTable',
} as const;

/** The context key the client sets: true while the active editor's document is one the server checks as a MiiTel user CSV. */
export const IS_USER_CSV_CONTEXT = 'miitelCsv.isUserCsv';
