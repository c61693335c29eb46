/** Ids of the client commands the server refers to (in code actions) or the manifest contributes. */
export const COMMANDS = {
  /** Split a file with too many users: arguments `[uri, maxUsers]`. */
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
} as const;
