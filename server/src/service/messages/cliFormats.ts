/**
 * Text of the command line's two CI formats (part of the messages module, in its own file so the
 * formats' words stay apart from the rest of the command line's): the help about them and the
 * GitHub step summary. A SARIF rule's words are those of the code's explanation page (ruleDocTexts.ts).
 */
import { msg, plural, t } from '../../../../shared/l10n';

/** Text of `--format sarif` and `--format github` (getters: rendered in the language of the moment). */
export const cliFormatsText = {
  /** Appended to `miitel-csv --help` (its own key, so the rest of the help keeps its translations). */
  help: () =>
    t(`
CI formats of check (--format sarif|github):
  sarif:  a SARIF 2.1.0 log for GitHub code scanning (github/codeql-action/upload-sarif):
          one result per finding, paths relative to the working directory, lines and
          columns as in the text format, no cell values besides those the messages quote
          and never a password.
  github: one GitHub Actions workflow command per finding (::error, ::warning or ::notice
          with file, line, col, endLine, endColumn and the code as title), then the summary
          line. When GITHUB_STEP_SUMMARY is set, a table of the findings (the first 200) is
          appended to that file for the job's summary page.
`),
  /** The heading of the job summary's section. */
  get summaryHeading() {
    return t('MiiTel CSV check');
  },
  get file() {
    return t('File');
  },
  get line() {
    return t('Line');
  },
  get column() {
    return t('Column');
  },
  get severity() {
    return t('Severity');
  },
  get code() {
    return t('Code');
  },
  get message() {
    return t('Message');
  },
  /** Under the table when it does not list every finding. */
  more: (count: number) => plural(count, { one: msg('… and {0} more finding.'), other: msg('… and {0} more findings.') }, count),
  summaryFailed: (path: string, reason: string) => t('GITHUB_STEP_SUMMARY ({0}): the summary cannot be written ({1})', path, reason),
};
