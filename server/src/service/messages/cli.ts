/**
 * Every string the command-line checker prints besides the diagnostics themselves (part of the
 * messages module; kept in its own file because only the CLI shows them).
 */
import { DIAGNOSTIC_CODES } from '../../../../shared/codes';
import { PRODUCTS, SEATS } from '../../../../shared/formats/index';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Text of the command-line checker. */
export const cliText = {
  help: (version: string) =>
    `miitel-csv ${version} — checks MiiTel "Add multiple users" CSV files before you upload them.

Usage:
  miitel-csv check [options] FILE...
  miitel-csv template --rows N --encoding ENCODING [options] [-o FILE]

Options of check:
  --format text|json          output format (default: text)
  --encoding auto|utf-8|shift_jis
                              how to read the files (default: auto = UTF-8 with or without BOM,
                              else Shift_JIS/CP932; UTF-16 files are refused as MiiTel refuses them)
  --subscriptions LIST        comma-separated products your organisation subscribes to; their
                              columns become required. One or more of:
                              ${Object.keys(PRODUCTS).join(', ')}
  --existing-login-ids FILE   Login IDs already in use in MiiTel: one per line, or a CSV with a
                              "Login ID" column (a MiiTel user-list export)
  --max-users N               most users one file may hold (default: 100)
  --seats KIND=N,...          remaining seats of the contract, KIND one of:
                              ${Object.keys(SEATS).join(', ')}
  --rule CODE=SEVERITY,...    change checks' severity (error, warning, info or off)
                              (codes are listed below)

Options of template (writes a new "Add multiple users" template, like MiiTel's "Create & download"):
  --rows N                    number of user rows, 1 to 100; each gets a new random password
  --encoding utf-8|utf-8-bom|shift_jis
                              encoding of the file (Shift_JIS = CP932, as Japanese Excel saves)
  --subscriptions LIST        add the columns of these products (same names as for check)
  --locale 0|1                Locale of every row (default 0 = Japanese)
  --time-zone 0..13           Time zone of every row (default 0 = Tokyo)
  -o, --output FILE           write to FILE instead of stdout
  --force                     overwrite FILE if it exists (otherwise: exit 2)

  -h, --help                  show this help
  --version                   show the version

Output:
  text: one finding a line, "FILE:LINE:COLUMN SEVERITY CODE MESSAGE", then a summary line.
        LINE and COLUMN are 1-based; COLUMN counts UTF-16 code units, as VS Code's status bar
        does (a character outside the Basic Multilingual Plane, such as an emoji, counts 2).
        A UTF-8 BOM is not counted.
  json: {"files":[{"path","encoding","users","diagnostics":[{"code","severity","message",
        "line","column","endLine","endColumn"}]}]} — endColumn points just past the finding.

Exit status: 0 no errors (warnings and info allowed), 1 some file has errors,
             2 usage error, or a file could not be read or decoded
             (template: 0 written, 2 usage error or the output file exists or cannot be written).

Codes:
${wrap(DIAGNOSTIC_CODES.join(', '), 96, '  ')}
`,
  usageHint: 'Run "miitel-csv --help" for usage.',
  missingCommand: 'missing command: use "miitel-csv check FILE..." or "miitel-csv template --rows N --encoding ENCODING"',
  unknownCommand: (command: string) => `unknown command "${command}": use "miitel-csv check ${command}"`,
  noFiles: 'no FILE given: name the CSV files to check',
  unknownOption: (option: string) => `unknown option ${option}`,
  badChoice: (option: string, value: string, allowed: readonly string[]) =>
    `${option} does not accept "${value}": use ${allowed.join(', ')}`,
  badPair: (option: string, value: string, shape: string) => `${option} expects ${shape}, not "${value}"`,
  badCount: (option: string, value: string) => `${option} expects a whole number, not "${value}"`,
  wrongCommand: (option: string, command: string) => `${option} is an option of "miitel-csv ${command}"`,
  templateTakesNoFile: (path: string) => `template takes no FILE ("${path}"): use -o ${path} to write the template there`,
  missingRows: (max: number) => `template needs --rows N (1 to ${max}): the number of users to add`,
  badRows: (value: string, max: number) => `--rows expects a whole number from 1 to ${max}, not "${value}"`,
  missingEncoding: (allowed: readonly string[]) => `template needs --encoding ${allowed.join('|')}`,
  outputExists: (path: string) => `${path} already exists: use --force to overwrite it`,
  outputFailed: (path: string, reason: string) => `${path}: cannot be written (${reason})`,
  templateWritten: (path: string, rows: number, encoding: string) => `${path}: template with ${plural(rows, 'row')} (${encoding})`,
  fileMissing: (path: string) => `${path}: no such file`,
  fileIsDirectory: (path: string) => `${path}: is a directory, not a CSV file`,
  fileUnreadable: (path: string, reason: string) => `${path}: cannot be read (${reason})`,
  fileUndecodable: (path: string, reason: string) => `${path}: cannot be decoded: ${reason}`,
  loginIdListUnreadable: (path: string, reason: string) => `${path}: cannot be read as a list of Login IDs: ${reason}`,
  ruleFailed: (path: string, rule: string, error: string) =>
    `${path}: internal error in check "${rule}", its findings are missing: ${error}`,
  summary: (files: number, users: number, counts: Readonly<Record<'error' | 'warning' | 'info', number>>) => {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`].filter(
      (_, i) => [counts.error, counts.warning, counts.info][i] > 0,
    );
    return `${plural(files, 'file')}, ${plural(users, 'user')}: ${parts.length ? parts.join(', ') : '✓ no problems'}`;
  },
};

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(indent + line.trimEnd());
      line = '';
    }
    line += `${word} `;
  }
  if (line) lines.push(indent + line.trimEnd());
  return lines.join('\n');
}
